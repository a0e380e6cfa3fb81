package org.vnsearch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints, for tests. */
public final class CliRunner {
  /** Exit code and captured output of one run. */
  public record Result(int exitCode, String out, String err) {
    public String[] errLines() {
      return err.isEmpty() ? new String[0] : err.split("\\R");
    }
  }

  private CliRunner() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cmd = Cli.create();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
