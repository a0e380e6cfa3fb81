package org.vnsearch.opensearch;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;
import org.vnsearch.analysis.VietnameseNormalizationFilter;

/**
 * Token filter {@value #NAME}: the core's {@link VietnameseNormalizationFilter} (NFKC with case folding, one
 * canonical tone-mark placement) for any other tokenizer. Usable in normalizers of keyword fields too.
 */
public final class VnNormalizationFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {
  public static final String NAME = "vietnamese_normalization";

  public VnNormalizationFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name, settings);
    VnAnalysisSettings.checkKeys("token filter", name, settings, Set.of());
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new VietnameseNormalizationFilter(input, false);
  }
}
