package org.vnsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.vnsearch.analysis.text.DiacriticFolder;

/**
 * Removes diacritics from normalized terms ("ngân_sách" becomes "ngan_sach", "đ" becomes "d"), for the
 * accent-less fallback field. Positions and offsets are unchanged.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    DiacriticFolder.fold(termAtt.buffer(), 0, termAtt.length());
    return true;
  }
}
