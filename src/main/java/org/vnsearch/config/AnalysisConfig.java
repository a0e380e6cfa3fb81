package org.vnsearch.config;

import java.util.List;
import java.util.Optional;

/**
 * How text is analyzed. File names are relative to the configuration folder.
 *
 * @param lexicon lexicon files ({@code word<TAB>frequency}, or coccoc's {@code word frequency} lines)
 * @param userDictionaries further word lists that extend the lexicon
 * @param gazetteerWords whether district and province names are words too
 * @param synonyms Solr-format synonym file applied at query time
 * @param stopwords words that bare keyword queries may miss (never used in phrases)
 * @param folding whether an accent-less field is indexed
 * @param maxWordSyllables the longest word, in syllables, the segmenter considers
 * @param segmenter which segmenter backend runs
 * @param coccoc where an installed coccoc-tokenizer lives
 */
public record AnalysisConfig(
    List<String> lexicon,
    List<String> userDictionaries,
    boolean gazetteerWords,
    Optional<String> synonyms,
    Optional<String> stopwords,
    boolean folding,
    int maxWordSyllables,
    SegmenterBackend segmenter,
    CoccocConfig coccoc) {

  public AnalysisConfig {
    lexicon = List.copyOf(lexicon);
    userDictionaries = List.copyOf(userDictionaries);
  }

  /** The same configuration with another segmenter backend. */
  public AnalysisConfig withSegmenter(SegmenterBackend backend) {
    return new AnalysisConfig(
        lexicon, userDictionaries, gazetteerWords, synonyms, stopwords, folding, maxWordSyllables, backend, coccoc);
  }

  /** The same configuration with other lexicon sources: what decides the words the segmenter knows. */
  public AnalysisConfig withLexicon(
      List<String> lexicon, List<String> userDictionaries, boolean gazetteerWords, int maxWordSyllables) {
    return new AnalysisConfig(
        lexicon, userDictionaries, gazetteerWords, synonyms, stopwords, folding, maxWordSyllables, segmenter, coccoc);
  }
}
