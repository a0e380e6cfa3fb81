package org.vnsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.cli.CliProcess;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.Paragraph;
import org.vnsearch.ingest.ParagraphKind;
import org.vnsearch.search.SearchRequest;

/**
 * Searches in several threads while another thread adds articles and commits: no errors, every search sees whole
 * articles (a committed or refreshed point in time), and what one thread sees never shrinks. And two writers: the
 * second process fails at once with the lock message.
 */
class ConcurrencyTest {
  static final int PARAGRAPHS_PER_ARTICLE = 4;
  @TempDir Path dir;

  private static Article article(int n) {
    List<Paragraph> ps = new ArrayList<>();
    for (int p = 1; p <= PARAGRAPHS_PER_ARTICLE; p++) {
      ps.add(new Paragraph(p, ParagraphKind.BODY, "Bài " + n + " đoạn " + p + ": huyện tăng thu ngân sách năm 2024.", -1, -1,
          List.of(2024), List.of(), List.of("ngan-sach")));
    }
    return new Article("art-" + n, "art-" + n, "test", "Bài " + n, null, 2024, null, null, null, ps, "h" + n);
  }

  @Test
  void searchersSeeConsistentGrowingViewsWhileAWriterCommits() throws Exception {
    try (VietnameseIndex index = VietnameseIndex.openForWriting(dir.resolve("index"), Optional.empty())) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      List<Thread> readers = new ArrayList<>();
      int[] searches = new int[4];
      for (int t = 0; t < 4; t++) {
        int id = t;
        readers.add(Thread.ofPlatform().start(() -> {
          long last = 0;
          try {
            while (writing.get()) {
              long total = index.searcher().search(SearchRequest.of("\"thu ngân sách\"").withPage(5, 0)).totalHits();
              assertEquals(0, total % PARAGRAPHS_PER_ARTICLE, "whole articles only: " + total);
              assertTrue(total >= last, "never shrinks: " + last + " then " + total);
              last = total;
              searches[id]++;
            }
          } catch (Throwable e) {
            errors.add(e);
          }
        }));
      }
      for (int batch = 0; batch < 40; batch++) {
        for (int i = 0; i < 10; i++) {
          index.add(article(batch * 10 + i));
        }
        index.commit();
      }
      writing.set(false);
      for (Thread r : readers) {
        r.join();
      }
      assertTrue(errors.isEmpty(), errors.toString());
      assertEquals(400L * PARAGRAPHS_PER_ARTICLE, index.searcher().search(SearchRequest.of("\"thu ngân sách\"")).totalHits());
      for (int s : searches) {
        assertTrue(s > 0, "every reader searched");
      }
    }
  }

  @Test
  void aSecondIndexingProcessFailsFastWithTheLockMessage() throws Exception {
    Path index = dir.resolve("locked");
    try (VietnameseIndex writer = VietnameseIndex.openForWriting(index, Optional.empty())) {
      writer.commit();
      long start = System.nanoTime();
      CliProcess.Started second = CliProcess.start(dir.resolve("work"), "256m", "index", "--index", index.toString(),
          org.vnsearch.ingest.TestData.samples().toString());
      assertEquals(1, second.waitFor(60));
      assertTrue(second.stderr().contains("is locked by another process"), second.stderr());
      assertTrue((System.nanoTime() - start) / 1e9 < 20, "fails at once, without indexing");
    }
  }
}
