package org.vnsearch;

/** Bad input from the user: a malformed file, query, configuration or option (exit code 2). */
public class BadInputException extends VnsearchException {
  public BadInputException(String message) {
    super(message, BAD_INPUT, null);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, BAD_INPUT, cause);
  }
}
