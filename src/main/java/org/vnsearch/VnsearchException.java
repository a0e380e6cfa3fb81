package org.vnsearch;

/**
 * An error meant for the user: its message is one line that names what was wrong (file, line, option, query
 * position). The CLI prints the message without a stack trace and exits with {@link #exitCode()}.
 */
public class VnsearchException extends RuntimeException {
  /** Exit code for failures at run time (I/O, a locked index...). */
  public static final int RUNTIME_FAILURE = 1;
  /** Exit code for bad usage or bad input (a malformed file, query or option). */
  public static final int BAD_INPUT = 2;

  private final int exitCode;

  public VnsearchException(String message) {
    this(message, RUNTIME_FAILURE, null);
  }

  public VnsearchException(String message, Throwable cause) {
    this(message, RUNTIME_FAILURE, cause);
  }

  protected VnsearchException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
