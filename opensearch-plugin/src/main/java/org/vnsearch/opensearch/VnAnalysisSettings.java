package org.vnsearch.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.dict.Lexicons;
import org.vnsearch.config.AnalysisConfig;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.VnsearchConfig;

/**
 * The parameters the plugin's analysis components take, and the resources they load from them: the lexicon
 * (through the core's {@link Lexicons}, so that a lexicon is compiled once per node and configuration) and
 * synonyms (through the core's {@link org.vnsearch.analysis.Synonyms}). Files are named relative to the node's
 * config directory and must stay inside it.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><td>{@code lexicon}</td><td>lexicon files ({@code word<TAB>frequency}, or coccoc's {@code word frequency});
 *       default: the bundled lexicon</td></tr>
 *   <tr><td>{@code user_dictionary}</td><td>further word lists, frequency optional; default: the bundled (empty)
 *       user dictionary</td></tr>
 *   <tr><td>{@code gazetteer_words}</td><td>district and province names are words (default true)</td></tr>
 *   <tr><td>{@code max_word_syllables}</td><td>the longest word the segmenter considers (default 6)</td></tr>
 *   <tr><td>{@code words}</td><td>stack dictionary words over the syllables (index side) or emit syllables only
 *       (query side)</td></tr>
 *   <tr><td>{@code folding}</td><td>remove diacritics (the accent-less field)</td></tr>
 *   <tr><td>{@code synonyms_path}, {@code synonyms}</td><td>Solr-format synonyms, a file or inline rules; the
 *       search analyzers default to the bundled synonyms.txt</td></tr>
 * </table>
 */
final class VnAnalysisSettings {
  static final String LEXICON = "lexicon";
  static final String USER_DICTIONARY = "user_dictionary";
  static final String GAZETTEER_WORDS = "gazetteer_words";
  static final String MAX_WORD_SYLLABLES = "max_word_syllables";
  static final String WORDS = "words";
  static final String FOLDING = "folding";
  static final String SYNONYMS_PATH = "synonyms_path";
  static final String SYNONYMS = "synonyms";

  static final Set<String> LEXICON_KEYS = Set.of(LEXICON, USER_DICTIONARY, GAZETTEER_WORDS, MAX_WORD_SYLLABLES);
  static final Set<String> SYNONYM_KEYS = Set.of(SYNONYMS_PATH, SYNONYMS);

  private VnAnalysisSettings() {}

  /** Rejects parameters the component does not know (a misspelt key would otherwise be ignored silently). */
  static void checkKeys(String component, String name, Settings settings, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>();
    for (String key : settings.keySet()) {
      String base = key.replaceFirst("\\.\\d+$", "");
      if (base.equals("type") || base.startsWith("index.") || allowed.contains(base)) {
        continue;
      }
      unknown.add(base);
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          component + " [" + name + "]: unknown parameters " + unknown + " (known: " + new TreeSet<>(allowed) + ")");
    }
  }

  static boolean bool(Settings settings, String key, boolean defaultValue) {
    return settings.getAsBoolean(key, defaultValue);
  }

  /** A list parameter: an array, or one string with comma-separated values. */
  static List<String> list(Settings settings, String key) {
    List<String> values = new ArrayList<>();
    for (String v : settings.getAsList(key)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }

  /**
   * A file named relative to the node's config directory: it must exist and stay inside that directory (as
   * OpenSearch's own word lists and synonym files do).
   */
  static Path configFile(Environment env, String key, String value) {
    Path config = env.configDir().toAbsolutePath().normalize();
    Path file = config.resolve(value).normalize();
    if (!file.startsWith(config)) {
      throw new IllegalArgumentException(
          "[" + key + "] file [" + value + "] must be inside the node's config directory " + config);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "[" + key + "] file [" + value + "] not found: " + file + " (paths are relative to the node's config directory)");
    }
    return file;
  }

  /**
   * The lexicon the parameters ask for. Without any lexicon parameter: the bundled one (the embedded engine's
   * default, with the gazetteer's names), loaded on first use. Otherwise the core's default configuration with
   * the given files and options, compiled now so that a missing or malformed file fails the index creation.
   */
  static Supplier<Lexicon> lexicon(Environment env, Settings settings) {
    if (LEXICON_KEYS.stream().noneMatch(k -> present(settings, k))) {
      return Lazy.of(Lexicons::defaults);
    }
    VnsearchConfig defaults = VnsearchConfig.defaults();
    AnalysisConfig a = defaults.analysis();
    List<String> lexicon = files(env, settings, LEXICON, a.lexicon());
    List<String> user = files(env, settings, USER_DICTIONARY, a.userDictionaries());
    int maxWordSyllables = settings.getAsInt(MAX_WORD_SYLLABLES, a.maxWordSyllables());
    if (maxWordSyllables < 1 || maxWordSyllables > 12) {
      throw new IllegalArgumentException("[" + MAX_WORD_SYLLABLES + "] must be from 1 to 12: " + maxWordSyllables);
    }
    AnalysisConfig analysis =
        a.withLexicon(lexicon, user, bool(settings, GAZETTEER_WORDS, a.gazetteerWords()), maxWordSyllables);
    // The bundled configuration source reads absolute names from the file system.
    VnsearchConfig config = new VnsearchConfig(ConfigSource.bundled(), analysis, defaults.ingest(), defaults.index());
    Lexicon loaded;
    try {
      loaded = Lexicons.forConfig(config);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot load the lexicon: " + e.getMessage(), e);
    }
    return Lazy.value(loaded);
  }

  /** Absolute paths of the files a list parameter names, or {@code defaults} (bundled names) when it is absent. */
  private static List<String> files(Environment env, Settings settings, String key, List<String> defaults) {
    if (!present(settings, key)) {
      return defaults;
    }
    List<String> files = new ArrayList<>();
    for (String name : list(settings, key)) {
      files.add(configFile(env, key, name).toString());
    }
    return files;
  }

  /**
   * The synonyms the parameters ask for: {@code synonyms_path} (a file under the config directory), or inline
   * {@code synonyms} rules (an empty list means none), or, when neither is given, the bundled synonyms.txt if
   * {@code bundledByDefault}, else none.
   */
  static Supplier<Optional<SynonymMap>> synonyms(
      Environment env, Settings settings, boolean bundledByDefault, boolean fold) {
    boolean hasPath = present(settings, SYNONYMS_PATH);
    boolean hasInline = present(settings, SYNONYMS);
    if (hasPath && hasInline) {
      throw new IllegalArgumentException("give either [" + SYNONYMS_PATH + "] or [" + SYNONYMS + "], not both");
    }
    if (hasPath) {
      Path file = configFile(env, SYNONYMS_PATH, settings.get(SYNONYMS_PATH));
      byte[] text;
      try {
        text = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      }
      return Lazy.value(SynonymMaps.build(text, file.toString(), fold));
    }
    if (hasInline) {
      String text = String.join("\n", settings.getAsList(SYNONYMS));
      return Lazy.value(
          SynonymMaps.build(text.getBytes(StandardCharsets.UTF_8), "[" + SYNONYMS + "] of the index settings", fold));
    }
    if (!bundledByDefault) {
      return Lazy.value(Optional.empty());
    }
    return fold ? SynonymMaps.BUNDLED_FOLDED : SynonymMaps.BUNDLED;
  }

  /** The bundled synonyms.txt of the core module. */
  static byte[] bundledSynonyms() {
    VnsearchConfig defaults = VnsearchConfig.defaults();
    String name = defaults.analysis().synonyms().orElseThrow();
    return defaults.source().readAllBytes(name);
  }

  static String describeBundledSynonyms() {
    VnsearchConfig defaults = VnsearchConfig.defaults();
    return defaults.source().describe(defaults.analysis().synonyms().orElseThrow());
  }

  /** Whether the settings give {@code key} at all (an empty list counts). */
  static boolean present(Settings settings, String key) {
    return settings.keySet().stream().anyMatch(k -> k.equals(key) || k.startsWith(key + "."));
  }
}
