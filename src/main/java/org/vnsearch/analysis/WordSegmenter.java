package org.vnsearch.analysis;

import java.util.Arrays;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.dict.PersonNamePattern;

/**
 * Splits a run of syllables into words: the segmentation with the lowest total cost, where a word costs its
 * negative log probability from the lexicon minus a bonus for each syllable beyond the first (in the spirit of
 * coccoc-tokenizer's weighted dynamic programming). One left-to-right pass, O(syllables x longest word), no
 * backtracking. Holds per-thread scratch space: one instance per tokenizer.
 */
public final class WordSegmenter implements SyllableSegmenter {
  /**
   * Bonus per extra syllable of a dictionary word. Tuned on the training split of UD Vietnamese-VTB (never on
   * the dev split that the README reports).
   */
  public static final float DEFAULT_SYLLABLE_BONUS = 1.5f;
  /**
   * Cost of a person's name found by {@link PersonNamePattern}, before the syllable bonus: that of a word of middling
   * frequency. The pattern's own guards decide; on the training split any cost from 3 to 12 segments alike.
   */
  static final float NAME_COST = 6f;

  private final Lexicon lexicon;
  private final Lexicon.Matcher matcher;
  private final float syllableBonus;
  private final PersonNamePattern names;
  private float[] best = new float[64];
  private int[] backLength = new int[64];
  private final int[] matchLengths;
  private final float[] matchCosts;

  public WordSegmenter(Lexicon lexicon) {
    this(lexicon, DEFAULT_SYLLABLE_BONUS);
  }

  public WordSegmenter(Lexicon lexicon, float syllableBonus) {
    this.lexicon = lexicon;
    this.matcher = lexicon.matcher();
    this.syllableBonus = syllableBonus;
    this.names = lexicon.personNames();
    this.matchLengths = new int[lexicon.maxWordSyllables() + 1];
    this.matchCosts = new float[lexicon.maxWordSyllables() + 1];
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  @Override
  public int segment(char[] chars, int[] starts, int[] lengths, int[] ids, int n, int[] wordLengths) {
    return segment(ids, n, wordLengths);
  }

  /**
   * Segments {@code ids[0, n)} (syllable ids, -1 for unknown syllables). Writes the length in syllables of each
   * word, in order, to {@code wordLengths} (which must hold {@code n} entries) and returns the number of words.
   */
  public int segment(int[] ids, int n, int[] wordLengths) {
    if (n == 0) {
      return 0;
    }
    if (best.length < n + 1) {
      best = new float[Math.max(n + 1, best.length * 2)];
      backLength = new int[best.length];
    }
    Arrays.fill(best, 1, n + 1, Float.POSITIVE_INFINITY);
    best[0] = 0;
    for (int i = 0; i < n; i++) {
      float here = best[i];
      float single = here + lexicon.singleCost(ids[i]);
      if (single < best[i + 1]) {
        best[i + 1] = single;
        backLength[i + 1] = 1;
      }
      int found = matcher.wordsAt(ids, i, n, matchLengths, matchCosts);
      for (int m = 0; m < found; m++) {
        int len = matchLengths[m];
        float total = here + matchCosts[m] - syllableBonus * (len - 1);
        // On a tie the longer word wins: fewer, longer words.
        if (total <= best[i + len]) {
          best[i + len] = total;
          backLength[i + len] = len;
        }
      }
      if (names.matchesAt(ids, i, n, matcher)) {
        int name = names.hasFourthSyllable(ids, i, n, matcher) ? 4 : 3;
        float total = here + NAME_COST - syllableBonus * (name - 1);
        if (total <= best[i + name]) {
          best[i + name] = total;
          backLength[i + name] = name;
        }
      }
    }
    int words = 0;
    for (int end = n; end > 0; end -= backLength[end]) {
      wordLengths[words++] = backLength[end];
    }
    // Collected from the end: reverse into reading order.
    for (int a = 0, b = words - 1; a < b; a++, b--) {
      int t = wordLengths[a];
      wordLengths[a] = wordLengths[b];
      wordLengths[b] = t;
    }
    return words;
  }
}
