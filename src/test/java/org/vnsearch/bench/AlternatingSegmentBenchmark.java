package org.vnsearch.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Segmentation throughput of two builds of vnsearch in one JVM, measured alternately: each round times one pass
 * of each build over the same text, in turns. On a machine whose speed swings within seconds, the two builds then
 * see the same conditions, so "B is faster in 25 of 30 rounds" means something that two separate runs cannot.
 * Each build's classes (with their bundled configuration) load in a class loader of their own. Run with
 * {@code dev/bench-compare} (see README).
 *
 * <p>Arguments: classes directory of build A, of build B, the dependency classpath, the number of rounds.
 */
public final class AlternatingSegmentBenchmark {
  private AlternatingSegmentBenchmark() {}

  /** One build: its LineSegmenter instance and segment method, loaded in its own class loader. */
  private record Build(Object segmenter, Method segment) {
    static Build load(String classes, String dependencies) throws Exception {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(classes).toUri().toURL());
      for (String jar : dependencies.split(java.io.File.pathSeparator)) {
        urls.add(Path.of(jar).toUri().toURL());
      }
      ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> lexiconClass = loader.loadClass("org.vnsearch.analysis.dict.Lexicon");
      Object lexicon = loader.loadClass("org.vnsearch.analysis.dict.Lexicons").getMethod("defaults").invoke(null);
      Class<?> segmenterClass = loader.loadClass("org.vnsearch.analysis.LineSegmenter");
      Object segmenter = segmenterClass.getConstructor(lexiconClass).newInstance(lexicon);
      return new Build(segmenter, segmenterClass.getMethod("segment", String.class));
    }

    double megabytesPerSecond(BenchText text) throws Exception {
      long start = System.nanoTime();
      long chars = 0;
      for (String line : text.lines) {
        chars += ((String) segment.invoke(segmenter, line)).length();
      }
      if (chars == 0) {
        throw new IllegalStateException("no output");
      }
      return text.utf8Bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: CLASSES_A CLASSES_B DEPENDENCY_CLASSPATH ROUNDS");
    }
    Build[] builds = {Build.load(args[0], args[2]), Build.load(args[1], args[2])};
    int rounds = Integer.parseInt(args[3]);
    int warmup = Math.max(3, rounds / 3);
    BenchText text = BenchText.load(4L << 20);
    double[][] mbs = new double[2][rounds];
    for (int round = 0; round < warmup + rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        int b = (round + turn) % 2; // who goes first alternates too
        double speed = builds[b].megabytesPerSecond(text);
        if (round >= warmup) {
          mbs[b][round - warmup] = speed;
        }
      }
    }
    int bFaster = 0;
    for (int r = 0; r < rounds; r++) {
      bFaster += mbs[1][r] > mbs[0][r] ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "text: %s, %.1f MB UTF-8; %d warm-up rounds, %d measured%n", text.source, text.utf8Bytes / 1e6, warmup, rounds);
    System.out.printf(Locale.ROOT, "A %s: segment median %.1f MB/s%n", args[0], median(mbs[0]));
    System.out.printf(Locale.ROOT, "B %s: segment median %.1f MB/s%n", args[1], median(mbs[1]));
    System.out.printf(Locale.ROOT, "B faster than A in %d of %d rounds%n", bFaster, rounds);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
