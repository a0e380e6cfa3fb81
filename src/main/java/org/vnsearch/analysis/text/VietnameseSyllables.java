package org.vnsearch.analysis.text;

import java.util.regex.Pattern;

/** Whether a normalized token is a possible Vietnamese syllable: an initial consonant, a vowel nucleus, a final. */
public final class VietnameseSyllables {
  private static final Pattern SYLLABLE =
      Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?");

  private VietnameseSyllables() {}

  /** True for "ngân", "nghiêng", "ủy"; false for "ubnd", "the", "h5n1". Tone marks are ignored. */
  public static boolean isValid(String normalized) {
    char[] chars = normalized.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ToneMarks.withoutTone(chars[i]);
    }
    return SYLLABLE.matcher(new String(chars)).matches();
  }
}
