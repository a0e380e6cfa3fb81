package org.vnsearch.opensearch;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.analysis.dict.Lexicon;

/**
 * The ready-made analyzers, one type per role of the embedded engine's fields, each with the same parameters:
 *
 * <ul>
 *   <li>{@code vietnamese}: syllables with dictionary words stacked over them: the {@code text} field at index
 *       time.
 *   <li>{@code vietnamese_folded}: the same without diacritics: the accent-less subfield at index time.
 *   <li>{@code vietnamese_search}: syllables only, then the bundled synonyms as a token graph: {@code text} at
 *       search time (a phrase matches syllable by syllable, whatever the index-time segmentation was).
 *   <li>{@code vietnamese_search_folded}: the same without diacritics, with folded synonyms: the accent-less
 *       subfield at search time.
 * </ul>
 *
 * Parameters: {@code words}, {@code folding} (the type's defaults above), the lexicon parameters of the
 * tokenizer, and {@code synonyms_path} / {@code synonyms} (see {@link VnAnalysisSettings}).
 */
public final class VnAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
  /** An analyzer type: its name and its defaults. */
  public enum Type {
    VIETNAMESE("vietnamese", true, false, false),
    VIETNAMESE_FOLDED("vietnamese_folded", true, true, false),
    VIETNAMESE_SEARCH("vietnamese_search", false, false, true),
    VIETNAMESE_SEARCH_FOLDED("vietnamese_search_folded", false, true, true);

    public final String analyzerName;
    final boolean words;
    final boolean folding;
    final boolean bundledSynonyms;

    Type(String name, boolean words, boolean folding, boolean bundledSynonyms) {
      this.analyzerName = name;
      this.words = words;
      this.folding = folding;
      this.bundledSynonyms = bundledSynonyms;
    }

    AnalysisProvider<org.opensearch.index.analysis.AnalyzerProvider<? extends Analyzer>> provider() {
      return (indexSettings, env, name, settings) -> new VnAnalyzerProvider(indexSettings, env, name, settings, this);
    }
  }

  private static final Set<String> KEYS = keys();

  private final VnAnalyzer analyzer;

  VnAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings, Type type) {
    super(indexSettings, name, settings);
    VnAnalysisSettings.checkKeys("analyzer", name, settings, KEYS);
    boolean words = VnAnalysisSettings.bool(settings, VnAnalysisSettings.WORDS, type.words);
    boolean folding = VnAnalysisSettings.bool(settings, VnAnalysisSettings.FOLDING, type.folding);
    Supplier<Optional<SynonymMap>> synonyms =
        VnAnalysisSettings.synonyms(env, settings, type.bundledSynonyms, folding);
    boolean explicitSynonyms =
        VnAnalysisSettings.SYNONYM_KEYS.stream().anyMatch(k -> VnAnalysisSettings.present(settings, k));
    if (words && (explicitSynonyms || type.bundledSynonyms)) {
      throw new IllegalArgumentException(
          "analyzer [" + name + "]: synonyms need syllables, not stacked words: set \"words\": false");
    }
    Supplier<Lexicon> lexicon = words ? VnAnalysisSettings.lexicon(env, settings) : () -> null;
    this.analyzer =
        new VnAnalyzer(
            () -> words ? new VietnameseAnalyzer(lexicon.get(), folding) : VietnameseAnalyzer.syllables(folding),
            synonyms);
  }

  private static Set<String> keys() {
    Set<String> keys = new HashSet<>(VnAnalysisSettings.LEXICON_KEYS);
    keys.addAll(VnAnalysisSettings.SYNONYM_KEYS);
    keys.add(VnAnalysisSettings.WORDS);
    keys.add(VnAnalysisSettings.FOLDING);
    return Set.copyOf(keys);
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
