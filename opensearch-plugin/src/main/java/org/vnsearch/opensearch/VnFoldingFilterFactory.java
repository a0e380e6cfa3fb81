package org.vnsearch.opensearch;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;
import org.vnsearch.analysis.VietnameseFoldingFilter;

/**
 * Token filter {@value #NAME}: the core's {@link VietnameseFoldingFilter}, normalized terms without diacritics
 * ("ngân_sách" becomes "ngan_sach", "đ" becomes "d"); put it after the tokenizer or the normalization filter.
 */
public final class VnFoldingFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
  public static final String NAME = "vietnamese_folding";

  public VnFoldingFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name, settings);
    VnAnalysisSettings.checkKeys("token filter", name, settings, Set.of());
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
