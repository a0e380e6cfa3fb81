package org.vnsearch.opensearch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.vnsearch.analysis.Synonyms;

/**
 * Lucene synonym maps (for {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter}) with the meaning the
 * embedded engine gives a synonym file.
 *
 * <p>The rules are read by the core's {@link Synonyms} (its validation and messages, its semantics: every form of
 * a line is an alternative of the others, {@code a => b} adds {@code b} as an alternative of {@code a} and keeps
 * {@code a}, and the accent-less variant folds every form). The forms are the normalized syllables the core's
 * query-side analyzer produces, so they match what the search analyzers emit.
 */
final class SynonymMaps {
  static final Lazy<Optional<SynonymMap>> BUNDLED = Lazy.of(() -> bundled(false));
  static final Lazy<Optional<SynonymMap>> BUNDLED_FOLDED = Lazy.of(() -> bundled(true));

  private SynonymMaps() {}

  private static Optional<SynonymMap> bundled(boolean fold) {
    return build(VnAnalysisSettings.bundledSynonyms(), VnAnalysisSettings.describeBundledSynonyms(), fold);
  }

  /**
   * The synonym map of a Solr-format synonym file, optionally folded (for the accent-less field); empty when the
   * file has no rules. A malformed rule is an {@link IllegalArgumentException} naming {@code where} and the line.
   */
  static Optional<SynonymMap> build(byte[] text, String where, boolean fold) {
    Synonyms synonyms;
    try {
      synonyms = Synonyms.parse(new ByteArrayInputStream(text), where);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid synonyms: " + e.getMessage(), e);
    }
    Synonyms effective = fold ? synonyms.folded() : synonyms;
    if (effective.size() == 0) {
      return Optional.empty();
    }
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      for (Synonyms.Form form : effective.forms()) {
        CharsRef input = join(form.syllables());
        for (Synonyms.Form alternative : effective.alternativesOf(form.syllables())) {
          builder.add(input, join(alternative.syllables()), true);
        }
      }
      SynonymMap map = builder.build();
      return map.fst == null ? Optional.empty() : Optional.of(map);
    } catch (IOException e) {
      throw new IllegalStateException(e); // built on heap
    }
  }

  private static CharsRef join(List<String> words) {
    return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
  }
}
