package com.coccoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for coccoc-tokenizer's Java binding in vnsearch's tests: the same class name and method shapes
 * (private constructor taking the dictionary path, segment(text, forTransforming, option, keepPuncts) returning
 * Tokens with getText/getPos/getEndPos/isWord), and a toy longest-match segmentation instead of the native one.
 * Written for vnsearch; it contains no code of coccoc-tokenizer.
 */
public class Tokenizer {
  public static final AtomicInteger INITIALISATIONS = new AtomicInteger();
  private static final Set<String> WORDS = Set.of("ngân sách", "tổng thu", "ủy ban", "nhân dân", "hội nghị", "hòa bình");

  private Tokenizer(String dictPath) {
    if (!Files.isRegularFile(Path.of(dictPath, "multiterm_trie.dump"))) {
      throw new RuntimeException("Cannot initialize Tokenizer");
    }
    INITIALISATIONS.incrementAndGet();
  }

  public ArrayList<Token> segment(String text, boolean forTransforming, int tokenizeOption, boolean keepPuncts) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> syllables = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        syllables.add(new int[] {start, i});
      }
    }
    ArrayList<Token> tokens = new ArrayList<>();
    for (int s = 0; s < syllables.size(); s++) {
      int[] a = syllables.get(s);
      if (s + 1 < syllables.size()) {
        int[] b = syllables.get(s + 1);
        String pair = lower.substring(a[0], a[1]) + " " + lower.substring(b[0], b[1]);
        if (WORDS.contains(pair) && lower.substring(a[1], b[0]).equals(" ")) {
          tokens.add(new Token(pair, a[0], b[1]));
          s++;
          continue;
        }
      }
      tokens.add(new Token(lower.substring(a[0], a[1]), a[0], a[1]));
    }
    return tokens;
  }
}
