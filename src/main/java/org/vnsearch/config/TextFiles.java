package org.vnsearch.config;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Readers for the project's data files, which must be UTF-8. */
public final class TextFiles {
  private TextFiles() {}

  /**
   * A reader that throws {@link java.nio.charset.CharacterCodingException} on bytes that are not UTF-8, so that a
   * file saved in a legacy code page is reported instead of being read as garbage.
   */
  public static BufferedReader strictUtf8(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /** The one-line error for a data file that could not be read: names the file and says whether it is not UTF-8. */
  public static ConfigException readFailure(String where, java.io.IOException e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return new ConfigException(where, "not valid UTF-8; save the file as UTF-8");
    }
    return new ConfigException(where, "cannot read: " + e.getMessage(), e);
  }
}
