package org.vnsearch.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.vnsearch.analysis.LineSegmenter;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.dict.Lexicons;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.index.IndexSchema;

/**
 * Single-thread throughput of segmentation and of the analyzer chain, in MB/s of UTF-8 text: each operation
 * processes the whole benchmark text (about 8 MB). Run with {@code dev/bench-analysis} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AnalysisBenchmark {
  static final long TEXT_BYTES = 8L << 20;

  BenchText text;
  Lexicon lexicon;
  LineSegmenter segmenter;
  Analyzer main;
  Analyzer folded;
  Analyzer standard;

  @Setup(Level.Trial)
  public void setUp() {
    text = BenchText.load(TEXT_BYTES);
    lexicon = Lexicons.defaults();
    segmenter = new LineSegmenter(lexicon);
    main = new VietnameseAnalyzer(lexicon, false);
    folded = new VietnameseAnalyzer(lexicon, true);
    standard = new StandardAnalyzer();
  }

  /** The segment command's work: text in, word-segmented text out. */
  @Benchmark
  public long segment() {
    long chars = 0;
    for (String line : text.lines) {
      chars += segmenter.segment(line).length();
    }
    return chars;
  }

  /** The main field's analysis: syllables, normalization, segmentation, stacked words. */
  @Benchmark
  public long analyzeText() throws IOException {
    return consume(main, IndexSchema.TEXT);
  }

  /** What indexing a paragraph costs in analysis: the main field and the accent-less field. */
  @Benchmark
  public long analyzeTextAndFolded() throws IOException {
    return consume(main, IndexSchema.TEXT) + consume(folded, IndexSchema.TEXT_FOLDED);
  }

  /** Baseline in the same run: Lucene's StandardAnalyzer on the same text. */
  @Benchmark
  public long standardAnalyzer() throws IOException {
    return consume(standard, "body");
  }

  private long consume(Analyzer analyzer, String field) throws IOException {
    long tokens = 0;
    for (String line : text.lines) {
      try (TokenStream ts = analyzer.tokenStream(field, new StringReader(line))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          tokens += term.length();
        }
        ts.end();
      }
    }
    return tokens;
  }

  /** Runs the benchmarks and prints MB/s (median of the measured iterations). */
  public static void main(String[] args) throws Exception {
    BenchText text = BenchText.load(TEXT_BYTES);
    String include = args.length > 0 ? args[0] : AnalysisBenchmark.class.getSimpleName();
    var results = new Runner(new OptionsBuilder().include(include).build()).run();
    System.out.printf(Locale.ROOT, "%ntext: %s, %.1f MB UTF-8, %,d lines%n", text.source, text.utf8Bytes / 1e6, text.lines.size());
    printMbPerSecond(results, text.utf8Bytes);
  }

  static void printMbPerSecond(java.util.Collection<RunResult> results, long bytes) {
    for (RunResult r : results) {
      List<Double> ms = new java.util.ArrayList<>();
      r.getBenchmarkResults().forEach(br -> br.getIterationResults().forEach(ir -> ms.add(ir.getPrimaryResult().getScore())));
      ms.sort(null);
      double median = ms.get(ms.size() / 2);
      double best = ms.get(0);
      double worst = ms.get(ms.size() - 1);
      System.out.printf(
          Locale.ROOT,
          "%-22s median %6.1f MB/s   (range %.1f - %.1f MB/s over %d iterations)%n",
          r.getParams().getBenchmark().replaceAll(".*\\.", ""),
          bytes / 1e6 / (median / 1000),
          bytes / 1e6 / (worst / 1000),
          bytes / 1e6 / (best / 1000),
          ms.size());
    }
  }
}
