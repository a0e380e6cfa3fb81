package org.vnsearch.analysis.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import org.vnsearch.BadInputException;
import org.vnsearch.config.ContentLines;
import org.vnsearch.config.TextFiles;

/**
 * Reads lexicon files: {@code word<TAB>frequency} lines (our format), or {@code word frequency} lines where the
 * last space-separated field is the frequency (coccoc-tokenizer's {@code vndic_multiterm}). Syllables are
 * separated by spaces or underscores. Blank lines and {@code #} comments are skipped; further tab-separated
 * columns are ignored.
 */
public final class LexiconFormat {
  /** Receives one entry: the word as written and its frequency (or -1 when the line gives none). */
  @FunctionalInterface
  public interface EntryConsumer {
    void accept(String word, double frequency, int line);
  }

  private LexiconFormat() {}

  /**
   * Parses a lexicon file. Without {@code frequencyOptional}, a line without a frequency is an error that names
   * {@code where} and the line.
   */
  public static void read(InputStream in, String where, boolean frequencyOptional, EntryConsumer consumer) {
    try (BufferedReader reader = TextFiles.strictUtf8(in)) {
      ContentLines lines = new ContentLines(reader);
      String line;
      while ((line = lines.next()) != null) {
        parseLine(line.strip(), where, lines.number(), frequencyOptional, consumer);
      }
    } catch (CharacterCodingException e) {
      throw new BadInputException(where + ": not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(where + ": " + e.getMessage(), e);
    }
  }

  private static void parseLine(
      String line, String where, int number, boolean frequencyOptional, EntryConsumer consumer) {
    String word;
    String frequency;
    int tab = line.indexOf('\t');
    if (tab >= 0) {
      word = line.substring(0, tab).strip();
      int next = line.indexOf('\t', tab + 1);
      frequency = (next < 0 ? line.substring(tab + 1) : line.substring(tab + 1, next)).strip();
    } else {
      int space = lastSpace(line);
      if (space > 0 && isNumber(line.substring(space + 1))) {
        word = line.substring(0, space).strip();
        frequency = line.substring(space + 1);
      } else {
        word = line;
        frequency = "";
      }
    }
    if (word.isEmpty()) {
      throw new BadInputException(where + ":" + number + ": empty word");
    }
    if (frequency.isEmpty()) {
      if (!frequencyOptional) {
        throw new BadInputException(
            where + ":" + number + ": expected 'word<TAB>frequency', found '" + line + "'");
      }
      consumer.accept(word, -1, number);
      return;
    }
    if (!isNumber(frequency)) {
      throw new BadInputException(
          where + ":" + number + ": frequency must be a non-negative number, found '" + frequency + "'");
    }
    consumer.accept(word, Double.parseDouble(frequency), number);
  }

  private static int lastSpace(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' && !dot && i > 0) {
        dot = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
