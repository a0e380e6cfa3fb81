package org.vnsearch.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.ArticleReader;
import org.vnsearch.ingest.TestData;

/**
 * A corpus that takes a few seconds to index: the first articles of ../shared/corpus when it is there, otherwise
 * articles made from the bundled samples' paragraphs (shuffled with a seed), as JSON Lines.
 */
final class TestCorpus {
  final Path file;
  final String source;
  /** Paragraphs per article id, as the ingestion produces them: what a complete index holds. */
  final Map<String, Integer> paragraphs;

  private TestCorpus(Path file, String source) {
    this.file = file;
    this.source = source;
    Map<String, Integer> counts = new TreeMap<>();
    for (Article a : new ArticleReader(VnsearchConfig.defaults()).readAll(List.of(file))) {
      counts.put(a.id(), a.paragraphs().size()); // a repeated id: the later article replaces the earlier
    }
    this.paragraphs = counts;
  }

  int totalParagraphs() {
    return paragraphs.values().stream().mapToInt(Integer::intValue).sum();
  }

  static TestCorpus create(Path dir, int articles, long seed) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("corpus.jsonl");
      Path shared = TestData.shared();
      Path vntc = shared == null ? null : shared.resolve("corpus/vntc-news.jsonl.gz");
      if (vntc != null && Files.isRegularFile(vntc)) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(vntc)), StandardCharsets.UTF_8))) {
          List<String> lines = new ArrayList<>();
          String line;
          while (lines.size() < articles && (line = in.readLine()) != null) {
            lines.add(line);
          }
          Files.write(file, lines);
        }
        return new TestCorpus(file, "the first " + articles + " articles of ../shared/corpus");
      }
      List<String> paragraphs = new ArrayList<>();
      try (var files = Files.list(TestData.samples())) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          for (String p : Files.readString(f).split("\\n\\s*\\n")) {
            if (p.strip().length() > 40) {
              paragraphs.add(p.strip().replace('\n', ' '));
            }
          }
        }
      }
      java.util.Random random = new java.util.Random(seed);
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        StringBuilder text = new StringBuilder();
        int n = 3 + random.nextInt(8);
        for (int k = 0; k < n; k++) {
          text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        lines.add(json.writeValueAsString(Map.of("id", "gen-" + i, "title", "Bài " + i, "text", text.toString())));
      }
      Files.write(file, lines);
      return new TestCorpus(file, articles + " articles made from the bundled samples");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the bundled configuration that commits every second. */
  static Path fastCommitConfig(Path dir) {
    try {
      Path config = dir.resolve("fast-commit-config");
      TestData.copyOfBundledConfig(config);
      Path conf = config.resolve("vnsearch.conf");
      Files.writeString(conf, Files.readString(conf).replace("index.commit_interval_seconds = 30", "index.commit_interval_seconds = 1"));
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
