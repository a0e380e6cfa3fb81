package org.vnsearch.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The vnsearch analysis plugin: registers the core module's Vietnamese analysis with OpenSearch.
 *
 * <ul>
 *   <li>tokenizer {@value VnTokenizerFactory#NAME}
 *   <li>token filters {@value VnNormalizationFilterFactory#NAME}, {@value VnFoldingFilterFactory#NAME},
 *       {@value VnSynonymGraphFilterFactory#NAME}
 *   <li>analyzers {@code vietnamese}, {@code vietnamese_folded}, {@code vietnamese_search},
 *       {@code vietnamese_search_folded} (see {@link VnAnalyzerProvider})
 * </ul>
 *
 * Every name works without configuration (bundled lexicon and synonyms) and takes parameters when configured in
 * an index's analysis settings.
 */
public class VnsearchAnalysisPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(VnTokenizerFactory.NAME, VnTokenizerFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    Map<String, AnalysisProvider<TokenFilterFactory>> filters = new LinkedHashMap<>();
    filters.put(VnNormalizationFilterFactory.NAME, VnNormalizationFilterFactory::new);
    filters.put(VnFoldingFilterFactory.NAME, VnFoldingFilterFactory::new);
    filters.put(VnSynonymGraphFilterFactory.NAME, VnSynonymGraphFilterFactory::new);
    return filters;
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
    for (VnAnalyzerProvider.Type type : VnAnalyzerProvider.Type.values()) {
      analyzers.put(type.analyzerName, type.provider());
    }
    return analyzers;
  }
}
