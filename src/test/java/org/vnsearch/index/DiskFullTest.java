package org.vnsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.VnsearchException;
import org.vnsearch.ingest.TestData;

/**
 * A full disk and failing writes, injected with Lucene's MockDirectoryWrapper: indexing fails with one clear
 * error, the last commit stays readable and unchanged, and no partial commit is left behind.
 */
class DiskFullTest {
  @TempDir Path dir;

  @Test
  void aFullDiskFailsCleanlyAndKeepsTheLastCommit() throws Exception {
    Path indexDir = dir.resolve("index");
    MockDirectoryWrapper[] mock = new MockDirectoryWrapper[1];
    VietnameseIndex.DirectoryFactory injected = path -> {
      mock[0] = new MockDirectoryWrapper(new Random(42), FSDirectory.open(path));
      mock[0].setCheckIndexOnClose(false); // checked below, on the files as they are left
      return mock[0];
    };
    long generation;
    Map<String, Integer> committed;
    try (VietnameseIndex index = VietnameseIndex.openForWriting(indexDir, Optional.empty(), injected)) {
      new Indexer(index, new Indexer.Options(2, Duration.ofSeconds(60), StandardCharsets.UTF_8))
          .run(List.of(TestData.samples().resolve("01-chau-thanh-2023.txt")), p -> {});
      generation = SegmentInfos.getLastCommitGeneration(mock[0]);
      mock[0].setMaxSizeInBytes(mock[0].sizeInBytes() + 4096);
      TestCorpus corpus = TestCorpus.create(dir.resolve("corpus"), 300, 1);
      VnsearchException e =
          assertThrows(
              VnsearchException.class,
              () -> new Indexer(index, new Indexer.Options(2, Duration.ofSeconds(60), StandardCharsets.UTF_8))
                  .run(List.of(corpus.file), p -> {}));
      assertTrue(e.getMessage().startsWith("indexing failed: ") && e.getMessage().contains("disk full")
          && e.getMessage().endsWith("the index keeps its last commit"), e.getMessage());
      assertTrue(!e.getMessage().contains("\n"));
    }
    try (var fs = FSDirectory.open(IndexManifest.luceneDir(indexDir))) {
      assertEquals(generation, SegmentInfos.getLastCommitGeneration(fs), "no new (partial) commit");
    }
    IndexChecks.assertClean(indexDir);
    committed = IndexChecks.paragraphsPerArticle(indexDir);
    assertEquals(1, committed.size(), "the last commit: the first article only");
  }

  @Test
  void randomIoErrorsFailCleanlyToo() throws Exception {
    Path indexDir = dir.resolve("io");
    MockDirectoryWrapper[] mock = new MockDirectoryWrapper[1];
    VietnameseIndex.DirectoryFactory injected = path -> {
      mock[0] = new MockDirectoryWrapper(new Random(7), FSDirectory.open(path));
      mock[0].setCheckIndexOnClose(false);
      return mock[0];
    };
    try (VietnameseIndex index = VietnameseIndex.openForWriting(indexDir, Optional.empty(), injected)) {
      index.commit();
      // from now on every write fails, wherever it happens (a flush, a merge, the final commit)
      java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean(true);
      mock[0].failOn(new MockDirectoryWrapper.Failure() {
        @Override
        public void eval(MockDirectoryWrapper dir) throws java.io.IOException {
          if (!armed.get()) {
            return;
          }
          for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            if (frame.getMethodName().equals("writeBytes") || frame.getMethodName().equals("createOutput")) {
              throw new java.io.IOException("injected I/O error");
            }
          }
        }
      });
      TestCorpus corpus = TestCorpus.create(dir.resolve("corpus"), 200, 2);
      VnsearchException e = assertThrows(VnsearchException.class,
          () -> new Indexer(index, new Indexer.Options(2, Duration.ofSeconds(60), StandardCharsets.UTF_8)).run(List.of(corpus.file), p -> {}));
      assertTrue(e.getMessage().startsWith("indexing failed: ") && e.getMessage().contains("injected I/O error"), e.getMessage());
      armed.set(false);
    }
    IndexChecks.assertClean(indexDir);
  }
}
