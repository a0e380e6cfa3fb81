package org.vnsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vnsearch.analysis.Synonyms;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.meta.DistrictDetector;
import org.vnsearch.ingest.meta.Gazetteer;
import org.vnsearch.ingest.meta.TopicClassifier;
import org.vnsearch.ingest.read.ParagraphClassifier;

/**
 * The data ingestion needs (gazetteer, topic taxonomy, boilerplate, synonyms), loaded once per configuration and
 * shared: all of it is immutable and thread-safe.
 */
public record IngestResources(
    Gazetteer gazetteer,
    DistrictDetector districts,
    TopicClassifier topics,
    ParagraphClassifier paragraphs,
    Synonyms synonyms) {

  private static final Map<VnsearchConfig, IngestResources> CACHE = new ConcurrentHashMap<>();

  public static IngestResources forConfig(VnsearchConfig config) {
    return CACHE.computeIfAbsent(config, IngestResources::load);
  }

  private static IngestResources load(VnsearchConfig config) {
    ConfigSource source = config.source();
    Gazetteer gazetteer = Gazetteer.load(source, config.ingest());
    Synonyms synonyms = loadSynonyms(config);
    return new IngestResources(
        gazetteer,
        new DistrictDetector(gazetteer),
        TopicClassifier.load(source, config.ingest().topics(), synonyms, config.ingest().topicThreshold()),
        ParagraphClassifier.load(source, config.ingest().boilerplate()),
        synonyms);
  }

  /** The synonyms of a configuration (empty when it names no file). */
  public static Synonyms loadSynonyms(VnsearchConfig config) {
    if (config.analysis().synonyms().isEmpty()) {
      return Synonyms.empty();
    }
    String name = config.analysis().synonyms().get();
    try (InputStream in = config.source().open(name)) {
      return Synonyms.parse(in, config.source().describe(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
