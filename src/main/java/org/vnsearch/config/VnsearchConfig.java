package org.vnsearch.config;

/**
 * The whole configuration of an index, loaded once from a {@link ConfigSource} and immutable afterwards.
 * Heavy resources (lexicon, gazetteer) are loaded from it lazily by their own holders.
 */
public record VnsearchConfig(
    ConfigSource source, AnalysisConfig analysis, IngestConfig ingest, IndexConfig index) {

  /** The file that holds the settings, inside the configuration folder. */
  public static final String MAIN_FILE = "vnsearch.conf";

  /** The same configuration with another analysis section (a command-line override). */
  public VnsearchConfig withAnalysis(AnalysisConfig other) {
    return new VnsearchConfig(source, other, ingest, index);
  }

  /** The bundled defaults. */
  public static VnsearchConfig defaults() {
    return Defaults.INSTANCE;
  }

  /** Loads the configuration of a folder, or the defaults when {@code source} is bundled. */
  public static VnsearchConfig load(ConfigSource source) {
    return ConfigLoader.load(source);
  }

  private static final class Defaults {
    static final VnsearchConfig INSTANCE = ConfigLoader.load(ConfigSource.bundled());
  }
}
