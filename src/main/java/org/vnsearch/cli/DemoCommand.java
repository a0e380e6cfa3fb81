package org.vnsearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The quick start: for now, shows what vnsearch offers. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Quick start: index the bundled sample articles and run a phrase query with facets.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.root().commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }
}
