package org.vnsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * Normalizes the terms of any tokenizer the way {@link VietnameseTokenizer} does: Unicode NFKC with case folding
 * (decomposed input and stray combining marks composed), zero-width and other ignorable characters removed, and
 * one canonical tone-mark placement ("hoà" and "hòa", "thuỷ" and "thủy" become one term). Offsets are untouched,
 * so they still point into the original text. A token left empty (only zero-width characters) is dropped and its
 * position passed on, unless the filter normalizes single query terms, where exactly one token must come out.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final boolean dropEmptyTokens;
  private char[] scratch = new char[64];

  public VietnameseNormalizationFilter(TokenStream input) {
    this(input, true);
  }

  public VietnameseNormalizationFilter(TokenStream input, boolean dropEmptyTokens) {
    super(input);
    this.dropEmptyTokens = dropEmptyTokens;
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skippedPositions = 0;
    while (input.incrementToken()) {
      int length = termAtt.length();
      int needed = SyllableNormalizer.maxNormalizedLength(length);
      if (scratch.length < needed) {
        scratch = new char[needed];
      }
      int n = SyllableNormalizer.normalize(termAtt.buffer(), 0, length, scratch);
      if (n > 0 || !dropEmptyTokens) {
        termAtt.copyBuffer(scratch, 0, n);
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        return true;
      }
      skippedPositions += posIncAtt.getPositionIncrement();
    }
    return false;
  }
}
