package org.vnsearch.analysis.coccoc;

import org.vnsearch.BadInputException;

/** coccoc-tokenizer could not be used: a file is missing or the native library did not load. Names the path. */
public final class CoccocException extends BadInputException {
  public CoccocException(String message) {
    super(message);
  }

  public CoccocException(String message, Throwable cause) {
    super(message, cause);
  }
}
