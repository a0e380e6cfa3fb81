package org.vnsearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: prints its usage when called without a subcommand. */
@Command(
    name = "vnsearch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vietnamese full-text search on Apache Lucene.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      DemoCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      AnalyzeCommand.class,
      SegmentCommand.class,
      InspectCommand.class,
      LexiconCommand.class,
      BenchCommand.class,
      CompletionCommand.class,
    })
public final class VnsearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces and extra detail on errors.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }
}
