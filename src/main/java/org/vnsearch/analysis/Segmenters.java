package org.vnsearch.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.vnsearch.analysis.coccoc.CoccocBinding;
import org.vnsearch.analysis.coccoc.CoccocException;
import org.vnsearch.analysis.coccoc.CoccocSegmenter;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.config.AnalysisConfig;

/**
 * Chooses the word segmenter a configuration asks for: the built-in dictionary segmenter ({@code java}), an
 * installed coccoc-tokenizer ({@code coccoc}: an error naming the path when it does not load), or coccoc where it
 * loads and the built-in one otherwise ({@code auto}, with a one-line warning). Decided once per configuration.
 */
public final class Segmenters {
  /**
   * The segmenter in use.
   *
   * @param backend "java" or "coccoc": what actually runs
   * @param description for people: which segmenter, and from where
   * @param warning set when {@code auto} fell back to the built-in segmenter, saying why
   * @param factory makes one segmenter per tokenizer
   */
  public record Choice(
      String backend, String description, Optional<String> warning, Function<Lexicon, SyllableSegmenter> factory) {}

  private static final Choice JAVA =
      new Choice("java", "built-in dictionary segmenter", Optional.empty(), WordSegmenter::new);

  private static final Map<AnalysisConfig, Choice> CHOICES = new ConcurrentHashMap<>();

  private Segmenters() {}

  public static Choice java() {
    return JAVA;
  }

  public static Choice choose(AnalysisConfig analysis) {
    return CHOICES.computeIfAbsent(analysis, Segmenters::decide);
  }

  private static Choice decide(AnalysisConfig analysis) {
    return switch (analysis.segmenter()) {
      case JAVA -> JAVA;
      case COCCOC -> coccoc(CoccocBinding.load(analysis.coccoc()));
      case AUTO -> {
        try {
          yield coccoc(CoccocBinding.load(analysis.coccoc()));
        } catch (CoccocException e) {
          yield new Choice(
              "java", JAVA.description(), Optional.of(e.getMessage() + "; using the built-in segmenter"), JAVA.factory());
        }
      }
    };
  }

  private static Choice coccoc(CoccocBinding binding) {
    return new Choice(
        "coccoc",
        "coccoc-tokenizer (" + binding.config().library() + ", dictionaries " + binding.config().dicts() + ")",
        Optional.empty(),
        lexicon -> new CoccocSegmenter(binding));
  }
}
