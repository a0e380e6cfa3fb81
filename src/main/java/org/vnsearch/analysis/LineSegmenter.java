package org.vnsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.text.SyllableNormalizer;
import org.vnsearch.analysis.text.VietnameseSyllables;

/**
 * Writes a line in the word-segmented format of VLSP and the Vietnamese treebanks: words separated by spaces,
 * the syllables of a word joined by '_', punctuation as tokens of its own, the original characters and case kept
 * ("Ủy ban nhân dân huyện" becomes "Ủy_ban_nhân_dân huyện"). Uses the same tokenizer, normalization and
 * segmentation as the analyzer. Not thread-safe: one instance per thread.
 */
public final class LineSegmenter {
  private final VietnameseTokenizer tokenizer;
  private final StringBuilder out = new StringBuilder(256);

  public LineSegmenter(Lexicon lexicon) {
    this(new VietnameseTokenizer(lexicon));
  }

  /** With the lexicon and the segmenter backend of a configuration. */
  public LineSegmenter(org.vnsearch.config.VnsearchConfig config) {
    this(tokenizerFor(config));
  }

  private static VietnameseTokenizer tokenizerFor(org.vnsearch.config.VnsearchConfig config) {
    Lexicon lexicon = org.vnsearch.analysis.dict.Lexicons.forConfig(config);
    return new VietnameseTokenizer(
        org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
        lexicon,
        Segmenters.choose(config.analysis()).factory().apply(lexicon));
  }

  private LineSegmenter(VietnameseTokenizer tokenizer) {
    this.tokenizer = tokenizer;
    // Reads offsets and types straight from the tokenizer's queue: no terms, no attribute copies per token.
    tokenizer.omitTerms();
  }

  /** The segmented form of one line (line breaks inside {@code line} become spaces). */
  public String segment(String line) {
    out.setLength(0);
    try {
      tokenizer.setReader(new StringReader(line));
      tokenizer.reset();
      int written = 0; // chars of the line already written
      int wordEnd = -1; // end offset of the word being written, while inside one
      TokenBuffer tokens = tokenizer.queued();
      for (int t = tokenizer.nextQueued(); t >= 0; t = tokenizer.nextQueued()) {
        int start = tokens.startOffset[t];
        int end = tokens.endOffset[t];
        boolean word = tokens.type[t] == VietnameseTokenizer.WORD;
        if (start < written) {
          if (word) {
            wordEnd = end; // the word stacked on the syllable just written: join what follows up to its end
          }
          continue;
        }
        boolean insideWord = start < wordEnd;
        if (isInnerJoiner(line, written, start)) {
          out.append(line, written, start); // "knock-out", "TP.HCM", "km/h": one token, as the treebanks write it
        } else {
          writeGap(line, written, start, insideWord);
        }
        out.append(line, start, end);
        written = end;
        if (isAbbreviationBeforePeriod(line, start, end)) {
          out.append('.'); // "TP. Hồ Chí Minh", "anh H. cho biết": the period belongs to the abbreviation
          written = end + 1;
        }
        if (word) {
          wordEnd = end;
        }
      }
      tokenizer.end();
      writeGap(line, written, line.length(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    int length = out.length();
    while (length > 0 && out.charAt(length - 1) == ' ') {
      length--;
    }
    out.setLength(length);
    return out.toString();
  }

  /**
   * Whether the token is an abbreviation or an initial (one or two letters that cannot be a Vietnamese syllable:
   * "TP", "Th", "H", "q") directly followed by a period, a space and more text: the treebanks write "TP." and "H."
   * as one token. A period at the end of the line stays the end of the sentence.
   */
  private static boolean isAbbreviationBeforePeriod(String line, int start, int end) {
    if (end - start > 2 || end + 2 >= line.length() || line.charAt(end) != '.' || !Character.isWhitespace(line.charAt(end + 1))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(line.charAt(i))) {
        return false;
      }
    }
    if (line.substring(end + 1).isBlank()) {
      return false;
    }
    return !VietnameseSyllables.isValid(SyllableNormalizer.normalize(line.substring(start, end)));
  }

  /**
   * Whether the text between two tokens is a single hyphen, dash, slash, period or apostrophe with a letter or digit
   * on each side and no space: the writer made one token of it ("GD-ĐT", "TP.HCM", "43H-016"), so the output
   * keeps it whole instead of setting the mark apart.
   */
  private static boolean isInnerJoiner(String line, int from, int to) {
    return from > 0
        && to == from + 1
        && to < line.length()
        && isJoiningMark(line.charAt(from))
        && Character.isLetterOrDigit(line.charAt(from - 1))
        && Character.isLetterOrDigit(line.charAt(to));
  }

  private static boolean isJoiningMark(char c) {
    // A switch, not indexOf on a string of the marks: this runs for the gap after almost every token.
    return switch (c) {
      case '-', '\u2010', '\u2011', '\u2013', '.', '/', '\'', '\u2019' -> true;
      default -> false;
    };
  }

  /**
   * Writes the text between two tokens: nothing but '_' inside a word, otherwise a space and each run of
   * punctuation as its own token.
   */
  private void writeGap(String line, int from, int to, boolean insideWord) {
    if (insideWord) {
      out.append('_');
      return;
    }
    int i = from;
    boolean needSpace = out.length() > 0;
    while (i < to) {
      int cp = line.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
        i += width;
        continue;
      }
      int runEnd = i + width;
      while (runEnd < to && line.codePointAt(runEnd) == cp) {
        runEnd += width;
      }
      if (needSpace) {
        out.append(' ');
      }
      out.append(line, i, runEnd);
      needSpace = true;
      i = runEnd;
    }
    if (needSpace && to < line.length()) {
      out.append(' ');
    }
  }
}
