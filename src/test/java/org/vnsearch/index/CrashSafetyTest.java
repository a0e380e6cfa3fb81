package org.vnsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.cli.CliProcess;

/**
 * Kills {@code vnsearch index} (a separate JVM) at random moments and checks the index: it opens, CheckIndex finds
 * nothing wrong, only whole articles are in it, the lock of the killed process does not block the next run, and
 * running the same command again completes it with exactly the full paragraph count. Also SIGTERM and SIGINT:
 * the run stops within seconds, commits what it has, says so, and exits with 143 or 130.
 */
class CrashSafetyTest {
  static final int KILLS = 20;
  static final long SEED = Long.getLong("vnsearch.crash.seed", 20261123L);

  @TempDir static Path dir;
  static TestCorpus corpus;
  static Path config;

  @BeforeAll
  static void corpus() {
    corpus = TestCorpus.create(dir.resolve("corpus"), 1000, SEED);
    config = TestCorpus.fastCommitConfig(dir);
  }

  private static CliProcess.Started index(Path indexDir) throws Exception {
    return CliProcess.start(dir.resolve("work"), "512m", "index", "--index", indexDir.toString(), "--config", config.toString(), corpus.file.toString());
  }

  @Test
  void sigkillAtRandomMomentsNeverCorruptsOrHalfIndexes() throws Exception {
    Random random = new Random(SEED);
    int killedMidRun = 0;
    for (int run = 1; run <= KILLS; run++) {
      long delay = 300 + random.nextInt(2700);
      System.out.printf("kill run %d/%d: seed %d, SIGKILL after %d ms (corpus: %s)%n", run, KILLS, SEED, delay, corpus.source);
      Path indexDir = dir.resolve("kill-" + run);
      CliProcess.Started p = index(indexDir);
      Thread.sleep(delay);
      boolean wasRunning = p.process().isAlive();
      p.process().destroyForcibly(); // SIGKILL: no shutdown hook, no commit
      p.process().waitFor();
      if (wasRunning) {
        killedMidRun++;
      }
      if (VietnameseIndex.exists(indexDir)) {
        IndexChecks.assertClean(indexDir);
        IndexChecks.assertWholeArticles(indexDir, corpus.paragraphs);
        assertTrue(Files.exists(IndexManifest.luceneDir(indexDir).resolve("write.lock")) || !wasRunning,
            "the killed writer left its lock file behind");
      }
      CliProcess.Started again = index(indexDir);
      int code = again.waitFor(120);
      assertEquals(0, code, again.stderr());
      IndexChecks.assertClean(indexDir);
      Map<String, Integer> present = IndexChecks.paragraphsPerArticle(indexDir);
      assertEquals(corpus.paragraphs, present, "re-running completes the index, run " + run);
    }
    assertTrue(killedMidRun >= KILLS / 2, "most kills happened while indexing: " + killedMidRun);
  }

  /** Waits until the process has opened the index and has been indexing for a moment. */
  private static void awaitIndexing(CliProcess.Started p, Path indexDir) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!IndexManifest.hasSnapshot(indexDir) && p.process().isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(1500);
    assertTrue(p.process().isAlive(), "still indexing when the signal comes");
  }

  @Test
  void sigtermStopsSoonCommitsAndSaysSo() throws Exception {
    Path indexDir = dir.resolve("term");
    CliProcess.Started p = index(indexDir);
    awaitIndexing(p, indexDir);
    long signalled = System.nanoTime();
    p.process().destroy(); // SIGTERM
    int code = p.waitFor(30);
    double seconds = (System.nanoTime() - signalled) / 1e9;
    assertEquals(143, code, p.stderr());
    assertTrue(seconds < 5, "stopped within seconds: " + seconds);
    assertTrue(p.stdout().contains("interrupted: everything indexed so far is committed"), p.stdout());
    IndexChecks.assertClean(indexDir);
    IndexChecks.assertWholeArticles(indexDir, corpus.paragraphs);
  }

  @Test
  void sigintStopsSoonCommitsAndSaysSo() throws Exception {
    Path indexDir = dir.resolve("int");
    CliProcess.Started p = index(indexDir);
    awaitIndexing(p, indexDir);
    new ProcessBuilder("kill", "-INT", Long.toString(p.process().pid())).start().waitFor();
    int code = p.waitFor(30);
    assertEquals(130, code, p.stderr());
    assertTrue(p.stdout().contains("interrupted"), p.stdout());
    IndexChecks.assertClean(indexDir);
    IndexChecks.assertWholeArticles(indexDir, corpus.paragraphs);
    assertTrue(IndexChecks.paragraphsPerArticle(indexDir).size() > 0, "what was indexed before the signal is committed");
  }
}
