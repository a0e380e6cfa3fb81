package org.vnsearch.analysis.text;

import java.text.Normalizer;

/**
 * Vietnamese vowels as (vowel, tone) pairs, and one canonical place for the tone mark of a syllable.
 *
 * <p>Writers disagree on where the tone mark of an open syllable with the clusters "oa", "oe", "uy" goes:
 * "hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ". Everywhere else the place is fixed by the spelling rules (a vowel
 * with a quality mark takes it: "thuế", "người"; with a final consonant the last vowel takes it: "hoàng"). The
 * canonical form chosen here puts the mark of an open two-vowel cluster on its first vowel ("hòa", "thủy",
 * "khỏe"), the more common spelling in today's press, so both spellings index and search as one.
 */
public final class ToneMarks {
  /** Tone numbers: 0 none (ngang), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
  public static final int NO_TONE = 0;

  private static final char[] BASES = {
    'a', '\u0103', '\u00e2', 'e', '\u00ea', 'i', 'o', '\u00f4', '\u01a1', 'u', '\u01b0', 'y'
  };
  /** Bases that carry a quality mark (ă â ê ô ơ ư): they take the tone mark in a cluster. */
  private static final boolean[] HAS_QUALITY_MARK = {
    false, true, true, false, true, false, false, true, true, false, true, false
  };

  private static final char[] COMBINING_TONES = {'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  /** For each char below 0x2000: base index + 1 (0 = not a lowercase Vietnamese vowel), and its tone. */
  private static final byte[] BASE_OF = new byte[0x2000];
  private static final byte[] TONE_OF = new byte[0x2000];
  /** Composed vowel for [base][tone]. */
  private static final char[][] COMPOSED = new char[BASES.length][6];

  static {
    for (int b = 0; b < BASES.length; b++) {
      COMPOSED[b][0] = BASES[b];
      BASE_OF[BASES[b]] = (byte) (b + 1);
      for (int t = 1; t <= 5; t++) {
        String composed =
            Normalizer.normalize("" + BASES[b] + COMBINING_TONES[t - 1], Normalizer.Form.NFC);
        if (composed.length() != 1) {
          throw new AssertionError("no precomposed form for " + BASES[b] + " tone " + t);
        }
        char c = composed.charAt(0);
        COMPOSED[b][t] = c;
        BASE_OF[c] = (byte) (b + 1);
        TONE_OF[c] = (byte) t;
      }
    }
  }

  private ToneMarks() {}

  /** Whether {@code c} is a lowercase Vietnamese vowel letter, with or without marks. */
  public static boolean isVowel(char c) {
    return c < BASE_OF.length && BASE_OF[c] != 0;
  }

  /** The tone of a lowercase vowel (0 when none or not a vowel). */
  public static int toneOf(char c) {
    return c < TONE_OF.length ? TONE_OF[c] : 0;
  }

  /** The vowel without its tone mark (keeps quality marks: "ấ" gives "â"); other chars unchanged. */
  public static char withoutTone(char c) {
    return isVowel(c) ? BASES[BASE_OF[c] - 1] : c;
  }

  private static char withTone(char vowel, int tone) {
    return COMPOSED[BASE_OF[vowel] - 1][tone];
  }

  private static boolean hasQualityMark(char c) {
    return HAS_QUALITY_MARK[BASE_OF[c] - 1];
  }

  /**
   * Moves the tone mark of a lowercase, NFC syllable in {@code buf[off, off+len)} to its canonical vowel, in
   * place. Returns false (and leaves the text as it was) when nothing needed to move or the text is not a
   * Vietnamese syllable (several tone marks, vowels in several groups).
   */
  public static boolean canonicalize(char[] buf, int off, int len) {
    int toned = -1;
    int clusterStart = -1;
    int clusterEnd = -1;
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (isVowel(c)) {
        if (clusterStart < 0) {
          clusterStart = i;
        } else if (clusterEnd != i) {
          return false; // two vowel groups: not one syllable
        }
        clusterEnd = i + 1;
        if (TONE_OF[c] != 0) {
          if (toned >= 0) {
            return false;
          }
          toned = i;
        }
      }
    }
    if (toned < 0 || clusterEnd - clusterStart < 2) {
      return false; // no tone, or a single vowel: nowhere else to put it
    }
    // "qu" and "gi" (before another vowel) belong to the initial consonant: "quý", "giữa".
    char first = withoutTone(buf[clusterStart]);
    if (clusterStart > off && first == 'u' && buf[clusterStart - 1] == 'q') {
      clusterStart++;
    } else if (clusterStart == off + 1 && first == 'i' && buf[off] == 'g') {
      clusterStart++;
    }
    int target = canonicalPosition(buf, clusterStart, clusterEnd, clusterEnd < off + len);
    if (target == toned) {
      return false;
    }
    int tone = TONE_OF[buf[toned]];
    buf[toned] = withoutTone(buf[toned]);
    buf[target] = withTone(buf[target], tone);
    return true;
  }

  private static int canonicalPosition(char[] buf, int start, int end, boolean finalConsonant) {
    int n = end - start;
    if (n <= 1) {
      return start;
    }
    int quality = -1;
    for (int i = start; i < end; i++) {
      if (hasQualityMark(withoutTone(buf[i]))) {
        quality = i; // the last one: "ươ" takes it on ơ, "uyê" on ê
      }
    }
    if (quality >= 0) {
      return quality;
    }
    if (finalConsonant) {
      return end - 1; // "hoàng", "khuỳnh"
    }
    return n == 2 ? start : start + 1; // "hòa", "mái", "thủy"; "khoái", "ngoáy"
  }

  /** Whether a syllable might need {@link #canonicalize}: a toned vowel next to another vowel. */
  public static boolean mayNeedCanonicalization(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c < TONE_OF.length && TONE_OF[c] != 0) {
        return (i > off && isVowel(buf[i - 1])) || (i + 1 < off + len && isVowel(buf[i + 1]));
      }
    }
    return false;
  }
}
