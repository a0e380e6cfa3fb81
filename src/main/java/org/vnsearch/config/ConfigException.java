package org.vnsearch.config;

import org.vnsearch.BadInputException;

/** A malformed configuration file or an unknown key; the message names the file and, where known, the line. */
public final class ConfigException extends BadInputException {
  public ConfigException(String where, String problem) {
    super(where + ": " + problem);
  }

  public ConfigException(String where, String problem, Throwable cause) {
    super(where + ": " + problem, cause);
  }
}
