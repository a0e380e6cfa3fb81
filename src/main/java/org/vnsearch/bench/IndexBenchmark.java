package org.vnsearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.index.IndexSchema;
import org.vnsearch.index.Indexer;
import org.vnsearch.index.VietnameseIndex;

/**
 * Indexing throughput: the same corpus through the same pipeline (reading, paragraphs, metadata, documents,
 * parallel indexing, commits) twice, once with the Vietnamese analysis and once with Lucene's StandardAnalyzer on
 * both text fields as the baseline, in the same run.
 */
public final class IndexBenchmark {
  /** One indexing run; {@code bytes} counts the input uncompressed. */
  public record Run(String analysis, long paragraphs, long articles, long bytes, double seconds, long indexBytes) {
    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }

    public double paragraphsPerSecond() {
      return paragraphs / seconds;
    }
  }

  /** Both runs. */
  public record Result(Run vietnamese, Run baseline, int copies, int threads) {
    public double ratio() {
      return vietnamese.megabytesPerSecond() / baseline.megabytesPerSecond();
    }
  }

  private IndexBenchmark() {}

  /**
   * Indexes {@code corpus} {@code copies} times (under different id prefixes) into {@code workDir/vietnamese}
   * and {@code workDir/standard}; {@code log} receives progress lines.
   */
  public static Result run(
      List<Path> corpus, Path workDir, int copies, int threads, boolean baseline, int warmupSeconds, Consumer<String> log) {
    VnsearchConfig config = VnsearchConfig.defaults();
    if (warmupSeconds > 0) {
      // Both pipelines run for a while first and are thrown away: the measured runs compare warm code, not JIT
      // warm-up (the first run would otherwise pay for it alone).
      warmUp(corpus, workDir.resolve("warmup"), threads, warmupSeconds, dir -> VietnameseIndex.openForWriting(dir, java.util.Optional.of(config)));
      if (baseline) {
        warmUp(corpus, workDir.resolve("warmup"), threads, warmupSeconds, dir -> VietnameseIndex.openScratch(dir, config, standardAnalyzer()));
      }
      deleteRecursively(workDir.resolve("warmup"));
      log.accept("warmed up for " + warmupSeconds + " s per analysis");
    }
    Run ours = once("vietnamese", corpus, workDir.resolve("vietnamese"), copies, threads, log,
        dir -> VietnameseIndex.openForWriting(dir, java.util.Optional.of(config)));
    Run standard = !baseline ? null : once("standard", corpus, workDir.resolve("standard"), copies, threads, log,
        dir -> VietnameseIndex.openScratch(dir, config, standardAnalyzer()));
    return new Result(ours, standard, copies, threads);
  }

  private static void warmUp(
      List<Path> corpus, Path dir, int threads, int seconds, java.util.function.Function<Path, VietnameseIndex> open) {
    deleteRecursively(dir);
    try (VietnameseIndex index = open.apply(dir)) {
      Indexer indexer = new Indexer(index, new Indexer.Options(threads, Duration.ofSeconds(600), StandardCharsets.UTF_8));
      Thread timer = Thread.ofPlatform().daemon(true).start(() -> {
        try {
          Thread.sleep(seconds * 1000L);
          indexer.stop();
        } catch (InterruptedException e) {
          // the warm-up ended by itself
        }
      });
      indexer.run(corpus, problem -> {});
      timer.interrupt();
    }
  }

  static Analyzer standardAnalyzer() {
    StandardAnalyzer standard = new StandardAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(), java.util.Map.of(IndexSchema.TEXT, standard, IndexSchema.TEXT_FOLDED, standard));
  }

  /** Bytes of input after decompression: MB/s are of text, not of a .gz file's size. */
  static long uncompressedBytes(List<Path> corpus) {
    long[] total = {0};
    org.vnsearch.ingest.read.InputWalker.walk(corpus, file -> {
      try (var in = Files.newInputStream(file)) {
        java.io.InputStream stream = file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
        total[0] += stream.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, problem -> {});
    return total[0];
  }

  private static Run once(
      String name, List<Path> corpus, Path dir, int copies, int threads, Consumer<String> log,
      java.util.function.Function<Path, VietnameseIndex> open) {
    deleteRecursively(dir);
    long paragraphs = 0;
    long articles = 0;
    long bytes = 0;
    long textBytes = uncompressedBytes(corpus);
    long start = System.nanoTime();
    try (VietnameseIndex index = open.apply(dir)) {
      for (int copy = 1; copy <= copies; copy++) {
        Indexer indexer = new Indexer(index, new Indexer.Options(threads, Duration.ofSeconds(120), StandardCharsets.UTF_8,
            copy == 1 ? "" : "copy" + copy + ":"));
        Indexer.Summary s = indexer.run(corpus, problem -> {});
        paragraphs += s.paragraphs();
        articles += s.articles();
        bytes += textBytes;
        log.accept(String.format("%s copy %d: %,d articles, %,d paragraphs in %.1f s", name, copy, s.articles(), s.paragraphs(), s.seconds()));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(name, paragraphs, articles, bytes, seconds, sizeOf(dir));
  }

  static long sizeOf(Path dir) {
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      java.util.Collections.reverse(paths);
      for (Path p : paths) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
