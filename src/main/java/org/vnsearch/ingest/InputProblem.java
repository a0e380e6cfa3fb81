package org.vnsearch.ingest;

import java.nio.file.Path;

/**
 * Something wrong with an input: a file skipped, a line rejected, a value ignored. Its {@link #toString()} is the
 * one line shown to the user: where (file, line or byte offset) and what.
 *
 * @param line 1-based line number, or 0 when not about a line
 * @param byteOffset byte offset in the file, or -1
 */
public record InputProblem(Path file, long line, long byteOffset, Severity severity, String message) {
  /** How bad it is. */
  public enum Severity {
    /** Input that could not be used because it is broken (bad encoding, malformed JSON): the run fails. */
    ERROR,
    /** Input that is not an article (empty, binary): skipped, the run does not fail for it. */
    SKIPPED,
    /** The input was used, with a caveat (an unknown JSON field was ignored). */
    WARNING
  }

  public static InputProblem error(Path file, long line, String message) {
    return new InputProblem(file, line, -1, Severity.ERROR, message);
  }

  public static InputProblem skipped(Path file, String message) {
    return new InputProblem(file, 0, -1, Severity.SKIPPED, message);
  }

  public static InputProblem warning(Path file, long line, String message) {
    return new InputProblem(file, line, -1, Severity.WARNING, message);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(file);
    if (line > 0) {
      b.append(':').append(line);
    }
    if (byteOffset >= 0) {
      b.append(" (byte ").append(byteOffset).append(')');
    }
    b.append(": ");
    b.append(switch (severity) {
      case ERROR -> "error: ";
      case SKIPPED -> "skipped: ";
      case WARNING -> "warning: ";
    });
    b.append(message);
    return b.toString();
  }
}
