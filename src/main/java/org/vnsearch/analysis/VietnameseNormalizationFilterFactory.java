package org.vnsearch.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseNormalizationFilter}, SPI name {@value #NAME}: NFKC, lowercase, canonical tone
 * marks, for use after any tokenizer. Takes no parameters.
 */
public final class VietnameseNormalizationFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseNormalization";

  public VietnameseNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI; use the one that takes arguments. */
  public VietnameseNormalizationFilterFactory() {
    throw defaultCtorException();
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
