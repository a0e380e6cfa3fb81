package org.vnsearch.analysis.dict;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return CACHE.computeIfAbsent(key, Lexicons::load);
  }

  /**
   * Compiling takes a few hundred milliseconds in a fresh JVM; a compiled copy loads in a few tens. Compiled
   * lexicons are cached by the digest of everything they are built from, in {@code $VNSEARCH_CACHE_DIR}, or
   * {@code $XDG_CACHE_HOME/vnsearch}, or {@code ~/.cache/vnsearch} (set {@code VNSEARCH_CACHE_DIR=off} to
   * disable). A cache that cannot be read or written is ignored.
   */
  private static Lexicon load(Key key) {
    Path cache = cacheFile(key);
    if (cache != null && Files.isRegularFile(cache)) {
      try {
        return Lexicon.read(Files.readAllBytes(cache));
      } catch (IOException | RuntimeException e) {
        // a stale or broken cache file: compile again and replace it
      }
    }
    Lexicon lexicon = compile(key);
    if (cache != null) {
      try {
        Files.createDirectories(cache.getParent());
        FileReplacement.replace(cache, lexicon::write);
      } catch (IOException | RuntimeException e) {
        // no cache this time
      }
    }
    return lexicon;
  }

  /**
   * Version of the compiled form, of the cost model and of which gazetteer names become words: part of the cache
   * key.
   */
  static final int COMPILED_VERSION = 4;

  static Path cacheDir() {
    String dir = System.getProperty("vnsearch.cache.dir", System.getenv("VNSEARCH_CACHE_DIR"));
    if ("off".equals(dir)) {
      return null;
    }
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("vnsearch");
  }

  /**
   * The cache file of a configuration's lexicon: named by a CRC-32C and the sizes of everything it is built from
   * (fast to compute on a cold start, and a stale file is only ever a wrong guess of the name, never used for
   * another lexicon by accident: the inputs and their sizes are all in the name's digest).
   */
  private static Path cacheFile(Key key) {
    Path dir = cacheDir();
    if (dir == null) {
      return null;
    }
    try {
      java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
      StringBuilder sizes = new StringBuilder();
      crc.update(("v" + COMPILED_VERSION + " max " + key.analysis().maxWordSyllables()
          + " gazetteer " + key.analysis().gazetteerWords()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      List<String> inputs = new ArrayList<>(key.analysis().lexicon());
      inputs.add("--user--");
      inputs.addAll(key.analysis().userDictionaries());
      if (key.analysis().gazetteerWords()) {
        inputs.add(key.provinces());
        inputs.add(key.districts());
      }
      for (String name : inputs) {
        crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!name.equals("--user--")) {
          byte[] bytes = key.source().readAllBytes(name);
          crc.update(bytes);
          sizes.append('-').append(Integer.toString(bytes.length, 36));
        }
      }
      return dir.resolve("lexicon-" + Long.toString(crc.getValue(), 36) + sizes + ".bin");
    } catch (RuntimeException e) {
      return null;
    }
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
   * column, '|'-separated spelling variants in the fifth). Variants with an abbreviation ("TP HCM", "TP. Hồ Chí
   * Minh") are left out: an abbreviation is a word of its own in segmented text, as the treebanks write it.
   */
  private static void addGazetteerNames(LexiconBuilder builder, ConfigSource source, String table) {
    for (TsvFile.Row row : TsvFile.read(source, table, 2, 8)) {
      List<String> names = new ArrayList<>(row.list(4));
      names.add(row.cell(1));
      for (String name : names) {
        if (name.indexOf(' ') > 0 && name.chars().noneMatch(Character::isDigit) && !hasAbbreviation(name)) {
          builder.add(name, GAZETTEER_FREQUENCY);
        }
      }
    }
  }

  /** Whether a name has an abbreviation in it: a part in capitals ("TP", "HCM") or one ending in a period. */
  private static boolean hasAbbreviation(String name) {
    for (String part : name.split("[\\s\\p{Pd}]+")) {
      if (part.endsWith(".") || (part.length() > 1 && part.chars().allMatch(Character::isUpperCase))) {
        return true;
      }
    }
    return false;
  }
}
