package org.vnsearch.analysis.text;

import java.text.Normalizer;

/**
 * Removes diacritics from normalized (lowercase, precomposed) text: "ngân sách" becomes "ngan sach", "đ"
 * becomes "d". Used for the accent-less fallback field and accent-less queries. Stateless and thread-safe.
 */
public final class DiacriticFolder {
  private static final int TABLE_SIZE = 0x2000;
  /** Folded char for each char below TABLE_SIZE (0 when the char stays as it is). */
  private static final char[] FOLDED = buildTable();

  private DiacriticFolder() {}

  private static char[] buildTable() {
    char[] table = new char[TABLE_SIZE];
    for (int c = 0x80; c < TABLE_SIZE; c++) {
      if (!Character.isLetter(c)) {
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      char base = decomposed.charAt(0);
      if (base < 0x80 && base != c && Character.isLetter(base)) {
        table[c] = base;
      }
    }
    table['\u0111'] = 'd'; // đ has no decomposition
    table['\u0110'] = 'D';
    table['\u00f0'] = 'd';
    table['\u00d0'] = 'D';
    return table;
  }

  /** Folds {@code buf[off, off+len)} in place; returns whether anything changed. */
  public static boolean fold(char[] buf, int off, int len) {
    boolean changed = false;
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c >= 0x80 && c < TABLE_SIZE && FOLDED[c] != 0) {
        buf[i] = FOLDED[c];
        changed = true;
      }
    }
    return changed;
  }

  public static String fold(CharSequence text) {
    char[] buf = text.toString().toCharArray();
    return fold(buf, 0, buf.length) ? new String(buf) : text.toString();
  }

  /** Whether normalized text carries any diacritic that {@link #fold} would remove. */
  public static boolean hasDiacritics(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c < TABLE_SIZE && FOLDED[c] != 0) {
        return true;
      }
    }
    return false;
  }
}
