package org.vnsearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.dict.LexiconBuilder;
import org.vnsearch.analysis.dict.Lexicons;

/**
 * Factory for {@link VietnameseTokenizer}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="vietnamese" lexicon="lexicon/words.tsv,lexicon/names.tsv" userDictionary="my-words.tsv"
 *     words="true" maxWordSyllables="6"/&gt;
 * </pre>
 *
 * Without {@code lexicon}, the bundled lexicon is used. {@code words="false"} gives syllables only (a query-side
 * analyzer). Unknown parameters are rejected.
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
  public static final String NAME = "vietnamese";

  private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

  private final List<String> lexiconFiles;
  private final List<String> userDictionaries;
  private final boolean words;
  private final int maxWordSyllables;
  private Lexicon lexicon;

  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    lexiconFiles = getList(args, "lexicon");
    userDictionaries = getList(args, "userDictionary");
    words = getBoolean(args, "words", true);
    maxWordSyllables = getInt(args, "maxWordSyllables", 6);
    if (maxWordSyllables < 1 || maxWordSyllables > 12) {
      throw new IllegalArgumentException("maxWordSyllables must be from 1 to 12: " + maxWordSyllables);
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI; use the one that takes arguments. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  private List<String> getList(Map<String, String> args, String name) {
    List<String> values = new ArrayList<>();
    String value = get(args, name);
    if (value != null) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return List.copyOf(values);
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (!words) {
      return;
    }
    if (lexiconFiles.isEmpty() && userDictionaries.isEmpty()) {
      lexicon = Lexicons.defaults();
      return;
    }
    String key = lexiconFiles + "|" + userDictionaries + "|" + maxWordSyllables + "|" + loader.getClass().getName();
    Lexicon cached = LOADED.get(key);
    if (cached == null) {
      LexiconBuilder builder = new LexiconBuilder(maxWordSyllables);
      for (String name : lexiconFiles) {
        try (InputStream in = loader.openResource(name)) {
          builder.addFile(in, name, false);
        }
      }
      for (String name : userDictionaries) {
        try (InputStream in = loader.openResource(name)) {
          builder.addFile(in, name, true);
        }
      }
      cached = builder.build();
      LOADED.put(key, cached);
    }
    lexicon = cached;
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    if (words && lexicon == null) {
      throw new IllegalStateException("inform(ResourceLoader) was not called");
    }
    return new VietnameseTokenizer(factory, words ? lexicon : null);
  }
}
