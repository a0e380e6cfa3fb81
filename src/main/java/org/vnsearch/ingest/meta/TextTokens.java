package org.vnsearch.ingest.meta;

import java.util.List;
import org.vnsearch.analysis.AnalyzedToken;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.analysis.VietnameseTokenizer;

/**
 * A paragraph as the metadata rules see it: its normalized syllables and numbers (the terms search uses), where
 * each starts and ends, whether it was written with a capital, and whether only whitespace separates it from the
 * previous one. Built once per paragraph and shared by the district, year and topic rules.
 */
public final class TextTokens {
  private static final VietnameseAnalyzer SYLLABLES = VietnameseAnalyzer.syllables(false);

  final String text;
  final String[] terms;
  final String[] types;
  final int[] starts;
  final int[] ends;
  final boolean[] capitalized;
  final boolean[] adjacent;

  private TextTokens(String text, List<AnalyzedToken> tokens) {
    this.text = text;
    int n = tokens.size();
    terms = new String[n];
    types = new String[n];
    starts = new int[n];
    ends = new int[n];
    capitalized = new boolean[n];
    adjacent = new boolean[n];
    for (int i = 0; i < n; i++) {
      AnalyzedToken t = tokens.get(i);
      terms[i] = t.term();
      types[i] = t.type();
      starts[i] = t.startOffset();
      ends[i] = t.endOffset();
      capitalized[i] = Character.isUpperCase(text.codePointAt(t.startOffset()));
      adjacent[i] = i > 0 && onlySpaceBetween(text, ends[i - 1], starts[i]);
    }
  }

  public static TextTokens of(String text) {
    return new TextTokens(text, AnalyzedToken.analyze(SYLLABLES, "", text));
  }

  public int size() {
    return terms.length;
  }

  public String term(int i) {
    return terms[i];
  }

  public boolean isNumber(int i) {
    return VietnameseTokenizer.TYPE_NUM.equals(types[i]);
  }

  public boolean isSyllable(int i) {
    return VietnameseTokenizer.TYPE_SYLLABLE.equals(types[i]);
  }

  /** Whether tokens {@code [from, to)} are one run: nothing but whitespace between them. */
  public boolean isRun(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (!adjacent[i]) {
        return false;
      }
    }
    return true;
  }

  /** The normalized terms {@code [from, to)} joined by single spaces: a gazetteer or phrase key. */
  public String key(int from, int to) {
    if (to - from == 1) {
      return terms[from];
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(terms[i]);
    }
    return b.toString();
  }

  private static boolean onlySpaceBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }
}
