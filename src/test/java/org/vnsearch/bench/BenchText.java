package org.vnsearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vnsearch.ingest.TestData;

/**
 * The text the analysis benchmarks run on: paragraphs of ../shared/corpus (real news, mixed tone spellings, some
 * NFD) when it is there, otherwise the bundled sample articles repeated, about {@code targetBytes} of UTF-8.
 */
final class BenchText {
  final List<String> lines;
  final long utf8Bytes;
  final String source;

  private BenchText(List<String> lines, String source) {
    this.lines = List.copyOf(lines);
    long bytes = 0;
    for (String l : lines) {
      bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    this.utf8Bytes = bytes;
    this.source = source;
  }

  static BenchText load(long targetBytes) {
    Path shared = TestData.shared();
    Path corpus = shared == null ? null : shared.resolve("corpus/vntc-news.jsonl.gz");
    try {
      if (corpus != null && Files.isRegularFile(corpus)) {
        return fromCorpus(corpus, targetBytes);
      }
      return fromSamples(targetBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BenchText fromCorpus(Path corpus, long targetBytes) throws IOException {
    List<String> lines = new ArrayList<>();
    long bytes = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      String line;
      while (bytes < targetBytes && (line = in.readLine()) != null) {
        JsonNode article = json.readTree(line);
        for (String p : article.path("text").asText("").split("\n")) {
          if (!p.isBlank()) {
            lines.add(p);
            bytes += p.getBytes(StandardCharsets.UTF_8).length + 1;
          }
        }
      }
    }
    return new BenchText(lines, "VNTC news paragraphs (../shared/corpus)");
  }

  private static BenchText fromSamples(long targetBytes) throws IOException {
    List<String> base = new ArrayList<>();
    try (var files = Files.list(TestData.samples())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String l : Files.readAllLines(f)) {
          if (!l.isBlank()) {
            base.add(l);
          }
        }
      }
    }
    List<String> lines = new ArrayList<>();
    long bytes = 0;
    while (bytes < targetBytes) {
      for (String l : base) {
        lines.add(l);
        bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    return new BenchText(lines, "bundled samples, repeated");
  }
}
