package org.vnsearch.analysis.dict;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vnsearch.config.AnalysisConfig;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.TsvFile;
import org.vnsearch.config.VnsearchConfig;

/**
 * Loads lexicons once per configuration and shares them: the compiled {@link Lexicon} is immutable, so every
 * analyzer, thread and index built on one configuration uses the same instance.
 */
public final class Lexicons {
  /** Frequency of a gazetteer name that the lexicon files do not already list. */
  static final double GAZETTEER_FREQUENCY = 50;

  private record Key(
      ConfigSource source, AnalysisConfig analysis, String provinces, String districts) {}

  private static final Map<Key, Lexicon> CACHE = new ConcurrentHashMap<>();

  private Lexicons() {}

  /** The lexicon of the bundled default configuration. */
  public static Lexicon defaults() {
    return forConfig(VnsearchConfig.defaults());
  }

  /** The lexicon of a configuration, compiled on first use. */
  public static Lexicon forConfig(VnsearchConfig config) {
    Key key =
        new Key(config.source(), config.analysis(), config.ingest().provinces(), config.ingest().districts());
    return CACHE.computeIfAbsent(key, Lexicons::compile);
  }

  private static Lexicon compile(Key key) {
    LexiconBuilder builder = new LexiconBuilder(key.analysis().maxWordSyllables());
    ConfigSource source = key.source();
    for (String name : key.analysis().lexicon()) {
      addFile(builder, source, name, false);
    }
    if (key.analysis().gazetteerWords()) {
      // An entry of both the lexicon and the gazetteer keeps the higher of the two frequencies.
      addGazetteerNames(builder, source, key.provinces());
      addGazetteerNames(builder, source, key.districts());
    }
    for (String name : key.analysis().userDictionaries()) {
      addFile(builder, source, name, true);
    }
    return builder.build();
  }

  private static void addFile(LexiconBuilder builder, ConfigSource source, String name, boolean user) {
    try (InputStream in = source.open(name)) {
      builder.addFile(in, source.describe(name), user);
    } catch (IOException e) {
      throw new UncheckedIOException(source.describe(name) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds the multi-syllable names of a gazetteer table (provinces.tsv, districts.tsv: name in the second
   * column, '|'-separated spelling variants in the fifth).
   */
  private static void addGazetteerNames(LexiconBuilder builder, ConfigSource source, String table) {
    for (TsvFile.Row row : TsvFile.read(source, table, 2, 8)) {
      List<String> names = new ArrayList<>(row.list(4));
      names.add(row.cell(1));
      for (String name : names) {
        if (name.indexOf(' ') > 0 && name.chars().noneMatch(Character::isDigit)) {
          builder.add(name, GAZETTEER_FREQUENCY);
        }
      }
    }
  }
}
