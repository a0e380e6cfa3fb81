package org.vnsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.BadInputException;
import org.vnsearch.cli.CliRunner;
import org.vnsearch.index.Indexer;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.ingest.TestData;

/**
 * Thousands of generated queries (quotes, minus signs, filters, unbalanced quotes, empty strings, very long
 * input, unknown fields, years out of range, random Unicode): each one runs, or fails with a one-line bad-input
 * error, within its time bound. Never another exception, never a hang.
 */
class RandomQueryTest {
  static final long SEED = Long.getLong("vnsearch.query.seed", 7L);
  static final int QUERIES = 3000;
  @TempDir static Path dir;
  static VietnameseIndex index;

  @BeforeAll
  static void indexSamples() {
    index = VietnameseIndex.openForWriting(dir.resolve("index"), Optional.empty());
    new Indexer(index, new Indexer.Options(2, Duration.ofSeconds(60), StandardCharsets.UTF_8)).run(List.of(TestData.samples()), p -> {});
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static final String[] PIECES = {
    "thu", "ngân", "sách", "\"", "\"thu ngân sách\"", "-", "-xã", "district:", "district:\"Phú Tân\"", "district:Phú",
    "year:", "year:2023", "year:2022..2024", "year:99999", "year:2025..2020", "year:abc", "topic:ngan-sach", "topic:",
    "topic:khong-co", "kind:body", "kind:xyz", "province:\"Cà Mau\"", "foo:bar", "UBND", "HĐND", "ngan sach", "“",
    "”", ":", "::", "-\"", "\"\"", "   ", "\t", "Ủy ban nhân dân", "10:30", "https://x.vn/a", "a@b.vn", "H5N1", "72%",
    "💥", "\u0301", "\u200B", "\uD800", "的", "Hoà", "hòa", "2020-2025", "-year:2023", "district:\"", ",", ".", "!"
  };

  private static String randomQuery(Random random) {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return "";
    }
    if (kind == 1) {
      StringBuilder huge = new StringBuilder();
      while (huge.length() < 12_000) {
        huge.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
      }
      return huge.toString();
    }
    if (kind == 2) {
      StringBuilder noise = new StringBuilder();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        noise.appendCodePoint(random.nextInt(0x2FFFF) + 1);
      }
      return noise.toString();
    }
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      q.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) {
        q.append(' ');
      }
    }
    return q.toString();
  }

  @Test
  void everyQueryRunsOrFailsWithOneLine() {
    Random random = new Random(SEED);
    int ran = 0;
    int rejected = 0;
    for (int i = 0; i < QUERIES; i++) {
      String q = randomQuery(random);
      long start = System.nanoTime();
      try {
        SearchResult r = index.searcher().search(SearchRequest.of(q).withFacets("district", "year"));
        assertTrue(r.totalHits() >= r.hits().size());
        ran++;
      } catch (BadInputException e) {
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().isBlank());
        rejected++;
      } catch (RuntimeException e) {
        fail("seed " + SEED + ", query #" + i + " '" + q + "': " + e, e);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds < 5, "query #" + i + " took " + seconds + " s: '" + q + "'");
    }
    System.out.printf("random queries (seed %d): %d ran, %d rejected as bad input%n", SEED, ran, rejected);
    assertTrue(ran > QUERIES / 3 && rejected > QUERIES / 20, ran + " ran, " + rejected + " rejected");
  }

  @Test
  void theTimeBoundIsReportedWhenHit() {
    SearchResult r = index.searcher().search(SearchRequest.of("thu").withTimeout(Duration.ZERO).withFacets("district"));
    assertTrue(r.timedOut());
  }

  @Test
  void theCliRejectsBadQueriesWithOneLineAndExitCode2() {
    for (String q : List.of("\"unclosed", "foo:bar", "year:99999", "year:2025..2020", "district:\"Không Có\"", "x".repeat(20_000))) {
      CliRunner.Result r = CliRunner.run("search", "--index", dir.resolve("index").toString(), q);
      assertEquals(2, r.exitCode(), q + ": " + r.err());
      assertEquals(1, r.errLines().length, r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
  }
}
