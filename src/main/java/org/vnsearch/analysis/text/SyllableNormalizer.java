package org.vnsearch.analysis.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Normalizes one token of Vietnamese text: Unicode NFKC with case folding (so decomposed input, compatibility
 * forms and stray combining marks become precomposed lowercase letters), without default-ignorable characters
 * (zero-width spaces and joiners, soft hyphens, direction marks), with 'ð' read as 'đ', and with the tone mark
 * on its {@linkplain ToneMarks canonical} vowel.
 *
 * <p>Most tokens are already precomposed; a 64K table maps those chars to their lowercase form directly and
 * only the rest go through ICU. Stateless and thread-safe.
 */
public final class SyllableNormalizer {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  /** For each BMP char: its lowercase form when the fast path applies, 0 when ICU must decide. */
  private static final char[] FAST = buildFastTable();

  private SyllableNormalizer() {}

  private static char[] buildFastTable() {
    char[] table = new char[0x10000];
    for (int c = 0; c < table.length; c++) {
      if (Character.isSurrogate((char) c) || !NFKC_CASEFOLD.hasBoundaryBefore(c)) {
        continue; // combining marks and the like: ICU composes them with what precedes
      }
      // A char that starts its own normalization segment and folds to one char can be mapped alone: a token
      // of such chars folds char by char. Anything else (ignorables, expansions) takes the ICU path.
      String folded = NFKC_CASEFOLD.normalize(String.valueOf((char) c));
      if (folded.length() == 1) {
        table[c] = folded.charAt(0);
      }
    }
    table['\u00f0'] = '\u0111'; // 'ð' (eth), typed for 'đ' in some texts
    table['\u00d0'] = '\u0111';
    return table;
  }

  /**
   * Normalizes {@code src[off, off+len)} into {@code out}, returning the new length (0 when nothing remains, a
   * token of only ignorable characters). {@code out} must hold at least {@code maxNormalizedLength(len)} chars.
   */
  public static int normalize(char[] src, int off, int len, char[] out) {
    int n = 0;
    for (int i = off; i < off + len; i++) {
      char mapped = FAST[src[i]];
      if (mapped == 0) {
        return slowPath(src, off, len, out);
      }
      out[n++] = mapped;
    }
    if (ToneMarks.mayNeedCanonicalization(out, 0, n)) {
      ToneMarks.canonicalize(out, 0, n);
    }
    return n;
  }

  /** The most chars {@link #normalize} can produce for a token of {@code len} chars (NFKC can expand). */
  public static int maxNormalizedLength(int len) {
    return len * 18 + 4;
  }

  /** Convenience for strings (lexicon entries, queries): normalizes a single token. */
  public static String normalize(CharSequence token) {
    char[] src = token.toString().toCharArray();
    char[] out = new char[maxNormalizedLength(src.length)];
    int n = normalize(src, 0, src.length, out);
    return new String(out, 0, n);
  }

  /**
   * Normalizes each whitespace-separated syllable of a word or name and joins them with single spaces: the lookup
   * key under which "Ủy  ban", "uỷ ban" and "ỦY BAN" are one entry.
   */
  public static String normalizeWords(CharSequence text) {
    StringBuilder key = new StringBuilder(text.length());
    for (String part : text.toString().strip().split("\\s+")) {
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(normalize(part));
    }
    return key.toString();
  }

  private static int slowPath(char[] src, int off, int len, char[] out) {
    String folded = NFKC_CASEFOLD.normalize(new String(src, off, len));
    int n = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\u00f0') {
        c = '\u0111';
      }
      out[n++] = c;
    }
    if (ToneMarks.mayNeedCanonicalization(out, 0, n)) {
      ToneMarks.canonicalize(out, 0, n);
    }
    return n;
  }
}
