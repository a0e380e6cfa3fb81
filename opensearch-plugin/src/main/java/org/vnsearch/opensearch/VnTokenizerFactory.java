package org.vnsearch.opensearch;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.vnsearch.analysis.VietnameseTokenizer;
import org.vnsearch.analysis.dict.Lexicon;

/**
 * Tokenizer {@value #NAME}: the core's {@link VietnameseTokenizer}, normalized syllables (and numbers, URLs ...)
 * with dictionary words stacked over them, or syllables only with {@code words: false}.
 *
 * <pre>
 * "tokenizer": { "vn": { "type": "vietnamese", "user_dictionary": ["analysis-vnsearch/lexicon/user.tsv"] } }
 * </pre>
 */
public final class VnTokenizerFactory extends AbstractTokenizerFactory {
  public static final String NAME = "vietnamese";

  private static final Set<String> KEYS = keys();

  private final boolean words;
  private final Supplier<Lexicon> lexicon;

  public VnTokenizerFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, settings, name);
    VnAnalysisSettings.checkKeys("tokenizer", name, settings, KEYS);
    this.words = VnAnalysisSettings.bool(settings, VnAnalysisSettings.WORDS, true);
    this.lexicon = words ? VnAnalysisSettings.lexicon(env, settings) : () -> null;
  }

  private static Set<String> keys() {
    Set<String> keys = new HashSet<>(VnAnalysisSettings.LEXICON_KEYS);
    keys.add(VnAnalysisSettings.WORDS);
    return Set.copyOf(keys);
  }

  /** Whether the tokenizer stacks words over the syllables (a token graph, which synonym filters cannot take). */
  boolean words() {
    return words;
  }

  @Override
  public Tokenizer create() {
    return new VietnameseTokenizer(words ? lexicon.get() : null);
  }
}
