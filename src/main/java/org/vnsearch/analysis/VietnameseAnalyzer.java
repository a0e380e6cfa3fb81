package org.vnsearch.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import static org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.dict.Lexicons;
import org.vnsearch.config.VnsearchConfig;

/**
 * The Vietnamese analyzer: {@link VietnameseTokenizer} (normalized syllables with dictionary words stacked over
 * them), optionally followed by {@link VietnameseFoldingFilter} for the accent-less field.
 *
 * <ul>
 *   <li>{@code new VietnameseAnalyzer()}: syllables and words, bundled lexicon: the main text field.
 *   <li>{@link #folded(VnsearchConfig)}: the same, without diacritics: the accent-less fallback field.
 *   <li>{@link #syllables(boolean)}: syllables only, for building queries (phrases match syllable by syllable,
 *       whatever the segmenter did at index time).
 * </ul>
 *
 * Thread-safe, like every Lucene analyzer; the lexicon is shared.
 */
public final class VietnameseAnalyzer extends Analyzer {
  private final Lexicon lexicon;
  private final Segmenters.Choice segmenter;
  private final boolean fold;

  /** Syllables and words with the bundled default lexicon, diacritics kept. */
  public VietnameseAnalyzer() {
    this(Lexicons.defaults(), false);
  }

  /** Syllables and words with the lexicon and segmenter of {@code config}, diacritics kept. */
  public VietnameseAnalyzer(VnsearchConfig config) {
    this(Lexicons.forConfig(config), Segmenters.choose(config.analysis()), false);
  }

  /**
   * @param lexicon words to stack over the syllables (with the built-in segmenter), or null for syllables only
   * @param fold whether to remove diacritics
   */
  public VietnameseAnalyzer(Lexicon lexicon, boolean fold) {
    this(lexicon, Segmenters.java(), fold);
  }

  private VietnameseAnalyzer(Lexicon lexicon, Segmenters.Choice segmenter, boolean fold) {
    this.lexicon = lexicon;
    this.segmenter = segmenter;
    this.fold = fold;
  }

  /** The accent-less variant of the analyzer of {@code config}. */
  public static VietnameseAnalyzer folded(VnsearchConfig config) {
    return new VietnameseAnalyzer(Lexicons.forConfig(config), Segmenters.choose(config.analysis()), true);
  }

  /** Syllables only (no lexicon needed), optionally without diacritics: the query-side analysis. */
  public static VietnameseAnalyzer syllables(boolean fold) {
    return new VietnameseAnalyzer(null, fold);
  }

  private static final VietnameseAnalyzer SYLLABLES = syllables(false);

  /** The normalized syllables (and numbers, URLs ...) of a short text, as the tokenizer produces them. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    for (AnalyzedToken token : AnalyzedToken.analyze(SYLLABLES, "", text)) {
      terms.add(token.term());
    }
    return terms;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer =
        lexicon == null
            ? new VietnameseTokenizer(null)
            : new VietnameseTokenizer(DEFAULT_ATTRIBUTE_FACTORY, lexicon, segmenter.factory().apply(lexicon));
    TokenStream stream = fold ? new VietnameseFoldingFilter(tokenizer) : tokenizer;
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream normalized = new VietnameseNormalizationFilter(in, false);
    return fold ? new VietnameseFoldingFilter(normalized) : normalized;
  }
}
