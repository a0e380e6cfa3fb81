package org.vnsearch.opensearch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.vnsearch.analysis.Synonyms;
import org.vnsearch.analysis.VietnameseAnalyzer;

/**
 * Lucene synonym maps (for {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter}) with the meaning the
 * embedded engine gives a synonym file.
 *
 * <p>The rules are read by the core's {@link Synonyms} (its validation and messages, its semantics: every form of
 * a line is an alternative of the others, {@code a => b} adds {@code b} as an alternative of {@code a} and keeps
 * {@code a}, and the accent-less variant folds every form). The forms are the normalized syllables the core's
 * query-side analyzer produces, so they match what the search analyzers emit. Lucene's Solr-format parser, run
 * with that same analyzer, only lists which forms the file has.
 */
final class SynonymMaps {
  static final Lazy<Optional<SynonymMap>> BUNDLED = Lazy.of(() -> bundled(false));
  static final Lazy<Optional<SynonymMap>> BUNDLED_FOLDED = Lazy.of(() -> bundled(true));

  private static final Pattern WORD_SEPARATOR = Pattern.compile(Pattern.quote(String.valueOf(SynonymMap.WORD_SEPARATOR)));

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
    Set<List<String>> forms = new LinkedHashSet<>();
    try (Analyzer analyzer = VietnameseAnalyzer.syllables(fold)) {
      SolrSynonymParser lister =
          new SolrSynonymParser(true, true, analyzer) {
            @Override
            public void add(CharsRef input, CharsRef output, boolean includeOrig) {
              forms.add(List.of(WORD_SEPARATOR.split(input.toString())));
            }
          };
      lister.parse(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8));
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("invalid synonyms in " + where + ": " + e.getMessage(), e);
    }
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      for (List<String> form : forms) {
        List<Synonyms.Form> alternatives = effective.alternativesOf(form);
        if (alternatives.isEmpty()) {
          continue;
        }
        CharsRef input = join(form);
        for (Synonyms.Form alternative : alternatives) {
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
