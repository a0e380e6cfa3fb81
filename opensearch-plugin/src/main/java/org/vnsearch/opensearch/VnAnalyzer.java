package org.vnsearch.opensearch;

import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.vnsearch.analysis.VietnameseAnalyzer;

/**
 * A core {@link VietnameseAnalyzer}, made on first use (OpenSearch builds every registered analyzer for every
 * index), optionally followed by the query-time synonym graph.
 */
final class VnAnalyzer extends AnalyzerWrapper {
  private final Supplier<VietnameseAnalyzer> analyzer;
  private final Supplier<Optional<SynonymMap>> synonyms;

  VnAnalyzer(Supplier<VietnameseAnalyzer> analyzer, Supplier<Optional<SynonymMap>> synonyms) {
    super(Analyzer.GLOBAL_REUSE_STRATEGY); // the same analysis for every field
    this.analyzer = Lazy.of(analyzer);
    this.synonyms = synonyms;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return analyzer.get();
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    Optional<SynonymMap> map = synonyms.get();
    if (map.isEmpty()) {
      return components;
    }
    return new TokenStreamComponents(
        components.getSource(), new SynonymGraphFilter(components.getTokenStream(), map.get(), false));
  }

  @Override
  public String toString() {
    return "VnAnalyzer";
  }
}
