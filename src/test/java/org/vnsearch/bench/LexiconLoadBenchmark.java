package org.vnsearch.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.config.VnsearchConfig;

/**
 * Lexicon load time and heap, each run in a fresh JVM (so every figure includes class loading and a cold JIT): once
 * compiled from the text files, as on first use, and once loaded from the compiled cache, as every later process
 * does. Run with {@code dev/bench-lexicon} (see README).
 */
public final class LexiconLoadBenchmark {
  private LexiconLoadBenchmark() {}

  /** In a fresh JVM: load once, print "millis heapBytes ramBytesUsed entries". */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--once")) {
      once();
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    java.nio.file.Path cache = java.nio.file.Files.createTempDirectory("vnsearch-lexicon-cache");
    report("compiled from the text files (first use)", runs, "off");
    runs("warm the cache", 1, cache.toString());
    report("loaded from the compiled cache", runs, cache.toString());
  }

  private static void report(String what, int runs, String cacheDir) throws Exception {
    List<long[]> results = runs(what, runs, cacheDir);
    results.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] median = results.get(results.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "lexicon %s, fresh JVM, %d runs: median %d ms (min %d, max %d); heap retained %.1f MB (ramBytesUsed %.1f MB);"
            + " %,d entries%n",
        what, runs, median[0], results.get(0)[0], results.get(results.size() - 1)[0], median[1] / 1e6,
        median[2] / 1e6, median[3]);
  }

  private static List<long[]> runs(String what, int runs, String cacheDir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("java.class.path");
    List<long[]> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Process p = new ProcessBuilder(
              java, "-Xmx512m", "-Dvnsearch.cache.dir=" + cacheDir, "-cp", cp, LexiconLoadBenchmark.class.getName(), "--once")
          .redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      p.waitFor();
      String[] f = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
      results.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
    }
    return results;
  }

  private static void once() {
    var memory = ManagementFactory.getMemoryMXBean();
    VnsearchConfig config = VnsearchConfig.defaults();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    Lexicon lexicon = org.vnsearch.analysis.dict.Lexicons.forConfig(config);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    System.out.println(millis + " " + Math.max(0, after - before) + " " + lexicon.ramBytesUsed() + " " + lexicon.wordCount());
  }
}
