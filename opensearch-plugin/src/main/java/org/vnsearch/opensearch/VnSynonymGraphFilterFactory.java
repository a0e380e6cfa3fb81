package org.vnsearch.opensearch;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AnalysisMode;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;

/**
 * Token filter {@value #NAME}: acronyms and synonyms at query time ("UBND" is also the phrase "ủy ban nhân dân",
 * and the other way round), with the embedded engine's semantics (see {@link SynonymMaps}). Rules come from
 * {@code synonyms_path} (relative to the node's config directory) or inline {@code synonyms}, and default to the
 * bundled synonyms.txt. When a {@code vietnamese_folding} filter comes before it, the rules are folded too.
 *
 * <p>Search time only, like the embedded engine (synonyms are never indexed): an analyzer with this filter can
 * only be a {@code search_analyzer}. It needs syllables as input, not a word graph: use the {@code vietnamese}
 * tokenizer with {@code words: false}.
 */
public final class VnSynonymGraphFilterFactory extends AbstractTokenFilterFactory {
  public static final String NAME = "vietnamese_synonym_graph";

  private final Environment env;
  private final Settings settings;
  private final Supplier<Optional<SynonymMap>> map;

  public VnSynonymGraphFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
    this(indexSettings, env, name, settings, null);
  }

  private VnSynonymGraphFilterFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings, Boolean fold) {
    super(indexSettings, name, settings);
    VnAnalysisSettings.checkKeys("token filter", name, settings, VnAnalysisSettings.SYNONYM_KEYS);
    this.env = env;
    this.settings = settings;
    // OpenSearch makes one of these for every index, configured or not: outside an analyzer chain (fold == null)
    // the rules are only loaded if the filter runs; inside one, now, so that a bad rule fails the index creation.
    this.map =
        fold == null
            ? Lazy.of(() -> VnAnalysisSettings.synonyms(env, settings, true, false).get())
            : VnAnalysisSettings.synonyms(env, settings, true, fold);
  }

  @Override
  public TokenFilterFactory getChainAwareTokenFilterFactory(
      TokenizerFactory tokenizer,
      List<CharFilterFactory> charFilters,
      List<TokenFilterFactory> previousTokenFilters,
      Function<String, TokenFilterFactory> allFilters) {
    if (tokenizer instanceof VnTokenizerFactory vn && vn.words()) {
      throw new IllegalArgumentException(
          "token filter ["
              + name()
              + "] needs syllables, not stacked words: give its tokenizer \"words\": false");
    }
    boolean fold = previousTokenFilters.stream().anyMatch(f -> f instanceof VnFoldingFilterFactory);
    return new VnSynonymGraphFilterFactory(indexSettings, env, name(), settings, fold);
  }

  @Override
  public AnalysisMode getAnalysisMode() {
    return AnalysisMode.SEARCH_TIME;
  }

  @Override
  public TokenStream create(TokenStream input) {
    Optional<SynonymMap> synonyms = map.get();
    return synonyms.isPresent() ? new SynonymGraphFilter(input, synonyms.get(), false) : input;
  }
}
