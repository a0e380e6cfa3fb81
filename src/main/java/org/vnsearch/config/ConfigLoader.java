package org.vnsearch.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Reads {@code vnsearch.conf} into the configuration records; every key is known, typed and checked. */
final class ConfigLoader {
  private final ConfigSource source;
  private final KeyValueFile file;
  private final Set<String> used = new HashSet<>();
  private final List<String> missing = new ArrayList<>();

  private ConfigLoader(ConfigSource source) {
    this.source = source;
    this.file = KeyValueFile.read(source, VnsearchConfig.MAIN_FILE);
  }

  static VnsearchConfig load(ConfigSource source) {
    return new ConfigLoader(source).build();
  }

  private VnsearchConfig build() {
    AnalysisConfig analysis =
        new AnalysisConfig(
            fileList("analysis.lexicon", List.of()),
            fileList("analysis.user_dictionary", List.of()),
            bool("analysis.gazetteer_words", true),
            optionalFile("analysis.synonyms"),
            optionalFile("analysis.stopwords"),
            bool("analysis.folding", true),
            integer("analysis.max_word_syllables", 6, 1, 12),
            choice("analysis.segmenter", SegmenterBackend.JAVA, SegmenterBackend.class),
            new CoccocConfig(
                string("analysis.coccoc.jar", CoccocConfig.DEFAULTS.jar()),
                string("analysis.coccoc.library", CoccocConfig.DEFAULTS.library()),
                string("analysis.coccoc.dicts", CoccocConfig.DEFAULTS.dicts())));
    IngestConfig ingest =
        new IngestConfig(
            requiredFile("ingest.provinces"),
            requiredFile("ingest.districts"),
            requiredFile("ingest.topics"),
            decimal("ingest.topic_threshold", 4.0, 0.0, 1000.0),
            requiredFile("ingest.boilerplate"));
    IndexConfig index =
        new IndexConfig(
            integer("index.commit_interval_seconds", 30, 1, 86_400),
            integer("index.ram_buffer_mb", 256, 16, 16_384),
            integer("index.threads", 0, 0, 256),
            integer("search.timeout_ms", 2_000, 1, 3_600_000));
    for (var entry : file.values().entrySet()) {
      if (!used.contains(entry.getKey())) {
        throw new ConfigException(
            file.at(entry.getValue()),
            "unknown key '" + entry.getKey() + "' (known keys: " + String.join(", ", new TreeSet<>(used)) + ")");
      }
    }
    // Unknown keys first: a misspelt required key is reported as the typo it is, not as missing.
    if (analysis.lexicon().isEmpty()) {
      missing.add(0, "analysis.lexicon");
    }
    if (!missing.isEmpty()) {
      throw new ConfigException(file.where(), String.join(", ", missing) + " must be set (a file name)");
    }
    return new VnsearchConfig(source, analysis, ingest, index);
  }

  private Optional<KeyValueFile.Value> value(String key) {
    used.add(key);
    return Optional.ofNullable(file.values().get(key));
  }

  private String string(String key, String fallback) {
    return value(key).map(KeyValueFile.Value::text).orElse(fallback);
  }

  private <T> T parsed(String key, T fallback, Function<String, T> parser, String expected) {
    Optional<KeyValueFile.Value> v = value(key);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      T result = parser.apply(v.get().text());
      if (result == null) {
        throw new IllegalArgumentException();
      }
      return result;
    } catch (RuntimeException e) {
      throw new ConfigException(
          file.at(v.get()), key + " must be " + expected + ", found '" + v.get().text() + "'");
    }
  }

  private boolean bool(String key, boolean fallback) {
    return parsed(
        key,
        fallback,
        s ->
            switch (s.toLowerCase(Locale.ROOT)) {
              case "true", "yes", "on" -> Boolean.TRUE;
              case "false", "no", "off" -> Boolean.FALSE;
              default -> null;
            },
        "true or false");
  }

  private int integer(String key, int fallback, int min, int max) {
    return parsed(
        key,
        fallback,
        s -> {
          int n = Integer.parseInt(s);
          return n >= min && n <= max ? n : null;
        },
        "a whole number from " + min + " to " + max);
  }

  private double decimal(String key, double fallback, double min, double max) {
    return parsed(
        key,
        fallback,
        s -> {
          double d = Double.parseDouble(s);
          return d >= min && d <= max ? d : null;
        },
        "a number from " + min + " to " + max);
  }

  private <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    return parsed(
        key, fallback, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)), "one of " + String.join(", ", names));
  }

  private List<String> fileList(String key, List<String> fallback) {
    Optional<KeyValueFile.Value> v = value(key);
    if (v.isEmpty()) {
      return fallback;
    }
    List<String> names = new ArrayList<>();
    for (String part : v.get().text().split(",")) {
      String name = part.strip();
      if (!name.isEmpty()) {
        checkExists(v.get(), key, name);
        names.add(name);
      }
    }
    return names;
  }

  private Optional<String> optionalFile(String key) {
    Optional<KeyValueFile.Value> v = value(key);
    if (v.isEmpty() || v.get().text().isEmpty()) {
      return Optional.empty();
    }
    checkExists(v.get(), key, v.get().text());
    return Optional.of(v.get().text());
  }

  private String requiredFile(String key) {
    Optional<String> name = optionalFile(key);
    if (name.isEmpty()) {
      missing.add(key);
    }
    return name.orElse("");
  }

  private void checkExists(KeyValueFile.Value v, String key, String name) {
    if (!source.exists(name)) {
      throw new ConfigException(file.at(v), key + ": file not found: " + source.describe(name));
    }
  }
}
