package org.vnsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.config.VnsearchConfig;

/**
 * The acceptance table of the ingestion issue, on the five real articles in ../shared/seeds. Skipped when the
 * folder is not there. The rules and data that pass it are general: nothing here is keyed to these texts except
 * the expected answers.
 */
class SeedsIngestTest {
  private static Map<String, Article> seeds;

  @BeforeAll
  static void read() {
    Path dir = TestData.seeds();
    if (dir == null) {
      return;
    }
    seeds = new TreeMap<>();
    try (var files = java.nio.file.Files.list(dir)) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (Article a : new ArticleReader(VnsearchConfig.defaults()).readAll(txt)) {
        seeds.put(Path.of(a.id()).getFileName().toString(), a);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Article seed(String prefix) {
    assumeTrue(seeds != null, "../shared/seeds is not present: skipped");
    return seeds.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow().getValue();
  }

  @Test
  void districtProvinceAndYearOfEachSeed() {
    Object[][] table = {
      {"000", "Thống Nhất", "Đồng Nai", 2023},
      {"001", "Phú Tân", "Cà Mau", 2023},
      {"002", "Chi Lăng", "Lạng Sơn", 2023},
      {"003", "Chiêm Hóa", "Tuyên Quang", 2024},
      {"004", "Mường Lát", "Thanh Hóa", 2023},
    };
    for (Object[] row : table) {
      Article a = seed((String) row[0]);
      assertEquals(row[1], a.districtName(), (String) row[0]);
      assertEquals(row[2], a.province(), (String) row[0]);
      assertEquals(row[3], a.year(), (String) row[0]);
    }
  }

  @Test
  void everyBudgetParagraphHasTheBudgetTopic() {
    int budget = 0;
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Paragraph p : seed(prefix).paragraphs()) {
        if (String.join(" ", VietnameseAnalyzer.terms(p.text())).contains("ngân sách")) {
          budget++;
          assertTrue(p.topics().contains("ngan-sach"), prefix + " #" + p.ordinal() + " " + p.topics());
        }
      }
    }
    assertTrue(budget >= 5, "every seed talks about the budget: " + budget);
  }

  /** Paragraph kinds other than body, by ordinal, as read by a person. */
  @Test
  void captionsBylinesTitlesAndDatelinesAreNotBody() {
    Map<String, Map<Integer, ParagraphKind>> expected = Map.of(
        "000", Map.of(7, ParagraphKind.CAPTION, 12, ParagraphKind.BYLINE),
        "001", Map.of(1, ParagraphKind.TITLE, 2, ParagraphKind.DATELINE, 5, ParagraphKind.CAPTION, 9, ParagraphKind.CAPTION, 20, ParagraphKind.CAPTION),
        "002", Map.of(1, ParagraphKind.TITLE, 2, ParagraphKind.CAPTION, 11, ParagraphKind.BYLINE),
        "003", Map.of(1, ParagraphKind.TITLE, 3, ParagraphKind.CAPTION, 6, ParagraphKind.CAPTION, 8, ParagraphKind.CAPTION, 17, ParagraphKind.BYLINE),
        "004", Map.of(1, ParagraphKind.TITLE, 3, ParagraphKind.CAPTION, 5, ParagraphKind.CAPTION, 7, ParagraphKind.CAPTION,
            9, ParagraphKind.CAPTION, 11, ParagraphKind.CAPTION, 13, ParagraphKind.CAPTION, 18, ParagraphKind.BYLINE));
    for (var e : expected.entrySet()) {
      Map<Integer, ParagraphKind> actual = new TreeMap<>();
      for (Paragraph p : seed(e.getKey()).paragraphs()) {
        if (p.kind() != ParagraphKind.BODY) {
          actual.put(p.ordinal(), p.kind());
        }
      }
      assertEquals(new TreeMap<>(e.getValue()), actual, e.getKey());
    }
  }

  @Test
  void boilerplateIsDroppedAndNoParagraphStartsMidSentence() {
    Set<String> boilerplate = Set.of("Sign In", "Tag:", "File đính kèm", "BAN BIÊN TẬP", "Tin cùng chuyên mục");
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Set<String> starts = new TreeSet<>();
      for (Paragraph p : seed(prefix).paragraphs()) {
        for (String b : boilerplate) {
          assertFalse(p.text().startsWith(b), prefix + " keeps boilerplate: " + p.text());
        }
        int first = p.text().codePointAt(0);
        assertFalse(Character.isLowerCase(first), prefix + " #" + p.ordinal() + " starts mid-sentence");
        starts.add(p.text().substring(0, Math.min(3, p.text().length())));
      }
      assertFalse(starts.isEmpty());
    }
  }
}
