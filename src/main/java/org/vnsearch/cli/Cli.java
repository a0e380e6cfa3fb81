package org.vnsearch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vnsearch.VnsearchException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Builds the {@code vnsearch} command line: the root command, its subcommands, and the handlers that turn
 * errors into one line on stderr and an exit code (0 success, 1 failure at run time, 2 bad usage or input).
 */
public final class Cli {
  public static final int OK = 0;
  public static final int FAILURE = VnsearchException.RUNTIME_FAILURE;
  public static final int BAD_INPUT = VnsearchException.BAD_INPUT;

  /** Held so the logger (and the level set on it) is not garbage collected: java.util.logging keeps weak refs. */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Cli() {}

  public static CommandLine create() {
    quietLuceneStartupWarnings();
    CommandLine cmd = new CommandLine(new VnsearchCommand());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExitCodeExceptionMapper(
        e -> e instanceof VnsearchException v ? v.exitCode() : FAILURE);
    cmd.setParameterExceptionHandler(Cli::badUsage);
    cmd.setExecutionExceptionHandler(Cli::failure);
    return cmd;
  }

  private static int badUsage(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    String name = failed.getCommandSpec().qualifiedName();
    err.println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    if (verbose(args)) {
      e.printStackTrace(err);
    }
    err.flush();
    return BAD_INPUT;
  }

  private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code = e instanceof VnsearchException v ? v.exitCode() : FAILURE;
    String message =
        switch (e) {
          case VnsearchException v -> v.getMessage();
          case UncheckedIOException io -> "I/O error: " + io.getCause().getMessage();
          default -> "internal error: " + e;
        };
    err.println("vnsearch: " + oneLine(message));
    if (verbose(parsed.expandedArgs().toArray(String[]::new))) {
      e.printStackTrace(err);
    } else if (!(e instanceof VnsearchException)) {
      err.println("vnsearch: run again with --verbose for details");
    }
    err.flush();
    return code;
  }

  /**
   * The segmenter a configuration gets; prints the one-line warning when {@code auto} fell back to the built-in
   * one, and with {@code --verbose} which segmenter runs, so that a user never wonders which analysis they got.
   */
  static org.vnsearch.analysis.Segmenters.Choice segmenter(
      picocli.CommandLine.Model.CommandSpec spec, org.vnsearch.config.VnsearchConfig config) {
    var choice = org.vnsearch.analysis.Segmenters.choose(config.analysis());
    PrintWriter err = spec.commandLine().getErr();
    choice.warning().ifPresent(w -> err.println("vnsearch: warning: " + w));
    if (verbose(spec)) {
      err.println("segmenter: " + choice.backend() + ": " + choice.description());
    }
    return choice;
  }

  /** Whether {@code --verbose} was given, before or after the subcommand. */
  static boolean verbose(picocli.CommandLine.Model.CommandSpec spec) {
    for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
      ParseResult parsed = c.getParseResult();
      if (parsed != null && parsed.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbose(String[] args) {
    for (String arg : args) {
      if (arg.equals("--verbose") || arg.equals("-v")) {
        return true;
      }
    }
    return false;
  }

  /** Messages are one line: the first line of a multi-line message is the one that names the problem. */
  static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  /**
   * Lucene logs through java.util.logging when the JDK's incubating vector module is not enabled; the text
   * search here does not use vectors, so that start-up warning is noise on every command.
   */
  private static void quietLuceneStartupWarnings() {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
  }
}
