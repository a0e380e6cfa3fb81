package org.vnsearch.config;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The lines of a data file that carry content, with their numbers for error messages: the byte-order mark of the
 * first line is removed, blank lines and lines whose first non-blank character is {@code #} are skipped. Every
 * configuration and lexicon format reads its lines through this, so all agree on what a comment is.
 */
public final class ContentLines {
  private final BufferedReader reader;
  private int number;

  public ContentLines(BufferedReader reader) {
    this.reader = reader;
  }

  /**
   * The next content line, not stripped (tab-separated formats keep their empty trailing cells), or null at the
   * end of the file.
   */
  public String next() throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return line;
      }
    }
    return null;
  }

  /** The 1-based number of the line that {@link #next} returned last. */
  public int number() {
    return number;
  }
}
