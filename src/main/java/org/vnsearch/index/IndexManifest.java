package org.vnsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.VnsearchConfig;

/**
 * What an index records about the configuration it was built with: a copy of the configuration files
 * ({@code DIR/vnsearch-config/}), so that searching the index uses the same analysis, and a fingerprint of
 * everything that decides its tokens (lexicon, user dictionaries, gazetteer names, analysis options, the version
 * of the analysis code), so that a different analysis is refused instead of silently mixed in.
 */
public final class IndexManifest {
  /** Bump when the tokenizer, normalizer or segmenter changes the tokens of a text. */
  public static final int ANALYSIS_VERSION = 3;

  public static final String LUCENE_DIR = "lucene";
  public static final String CONFIG_DIR = "vnsearch-config";
  /** Commit user-data keys. */
  public static final String ANALYSIS_KEY = "vnsearch.analysis";
  public static final String VERSION_KEY = "vnsearch.version";

  private IndexManifest() {}

  public static Path luceneDir(Path indexDir) {
    return indexDir.resolve(LUCENE_DIR);
  }

  public static Path configDir(Path indexDir) {
    return indexDir.resolve(CONFIG_DIR);
  }

  /** The files a configuration consists of, by the name it uses for them. */
  static List<String> files(VnsearchConfig config) {
    List<String> files = new ArrayList<>();
    files.add(VnsearchConfig.MAIN_FILE);
    files.addAll(config.analysis().lexicon());
    files.addAll(config.analysis().userDictionaries());
    config.analysis().synonyms().ifPresent(files::add);
    config.analysis().stopwords().ifPresent(files::add);
    files.add(config.ingest().provinces());
    files.add(config.ingest().districts());
    files.add(config.ingest().topics());
    files.add(config.ingest().boilerplate());
    return files;
  }

  /** The fingerprint of what decides the tokens of the index. */
  public static String analysisFingerprint(VnsearchConfig config) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    ConfigSource source = config.source();
    update(digest, "analysis-version " + ANALYSIS_VERSION);
    update(digest, "max-word-syllables " + config.analysis().maxWordSyllables());
    update(digest, "folding " + config.analysis().folding());
    // The segmenter that actually runs ("auto" resolves to one of the two on this machine).
    update(digest, "segmenter " + org.vnsearch.analysis.Segmenters.choose(config.analysis()).backend());
    List<String> inputs = new ArrayList<>(config.analysis().lexicon());
    inputs.addAll(config.analysis().userDictionaries());
    if (config.analysis().gazetteerWords()) {
      inputs.add(config.ingest().provinces());
      inputs.add(config.ingest().districts());
    }
    for (String name : inputs) {
      update(digest, "file " + Path.of(name).getFileName());
      digest.update(source.readAllBytes(name));
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 12);
  }

  private static void update(MessageDigest digest, String s) {
    digest.update(s.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  /**
   * Copies a configuration into {@code DIR/vnsearch-config/}. Files named by an absolute path go into an
   * {@code external/} subfolder and the copied {@code vnsearch.conf} points there, so the copy is self-contained.
   */
  public static void writeSnapshot(Path indexDir, VnsearchConfig config) {
    Path target = configDir(indexDir);
    try {
      Path tmp = indexDir.resolve(CONFIG_DIR + ".tmp");
      deleteRecursively(tmp);
      Files.createDirectories(tmp);
      Map<String, String> renamed = new LinkedHashMap<>();
      int external = 0;
      for (String name : files(config)) {
        if (name.equals(VnsearchConfig.MAIN_FILE)) {
          continue;
        }
        String copyName = name;
        if (Path.of(name).isAbsolute()) {
          copyName = "external/" + (++external) + "-" + Path.of(name).getFileName();
          renamed.put(name, copyName);
        }
        Path copy = tmp.resolve(copyName);
        Files.createDirectories(copy.getParent());
        Files.write(copy, config.source().readAllBytes(name));
      }
      String conf = new String(config.source().readAllBytes(VnsearchConfig.MAIN_FILE), StandardCharsets.UTF_8);
      for (var e : renamed.entrySet()) {
        conf = conf.replace(e.getKey(), e.getValue());
      }
      Files.writeString(tmp.resolve(VnsearchConfig.MAIN_FILE), conf, StandardCharsets.UTF_8);
      deleteRecursively(target);
      Files.move(tmp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the configuration in " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The configuration recorded in an index. */
  public static VnsearchConfig readSnapshot(Path indexDir) {
    return VnsearchConfig.load(ConfigSource.directory(configDir(indexDir)));
  }

  public static boolean hasSnapshot(Path indexDir) {
    return Files.isRegularFile(configDir(indexDir).resolve(VnsearchConfig.MAIN_FILE));
  }
}
