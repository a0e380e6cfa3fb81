package org.vnsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.ingest.ArticleReader;

/**
 * Every matching guarantee of the analyzer, checked by indexing short paragraphs and searching them: phrases
 * never miss because of segmentation, word boundaries rank higher, accent-less queries work and rank lower, tone
 * spellings and case do not matter, acronyms and synonyms work both ways, stopwords never break a phrase.
 */
class MatchingGuaranteesTest {
  @TempDir static Path dir;
  private static VietnameseIndex index;

  /** Paragraph texts by article id: one short article each. */
  private static final String[][] ARTICLES = {
    {"tong-thu", "Ước tổng thu ngân sách là trên 323 tỷ đồng."},
    {"tang-thu", "Tỷ lệ tăng thu ngân sách đạt 5%."},
    {"thu-nsnn", "Thu ngân sách nhà nước vượt dự toán."},
    {"dau-phay", "Trời vào mùa thu, ngân sách của xã còn eo hẹp."},
    {"khong-dau", "Tong thu ngan sach tren dia ban dat ke hoach."},
    {"hoc-sinh-gioi", "Huyện có nhiều học sinh giỏi cấp tỉnh."},
    {"dai-hoc", "Sau khi tốt nghiệp đại học sinh viên trở về quê."},
    {"ubnd", "UBND huyện Chi Lăng ban hành kế hoạch."},
    {"uy-ban", "Ủy ban nhân dân huyện Hữu Lũng họp thường kỳ."},
    {"uy-ban-cu", "Uỷ ban nhân dân xã tổ chức tiếp dân."},
    {"hoa-binh-moi", "Xã Hòa Bình đạt chuẩn nông thôn mới."},
    {"hoa-binh-cu", "Xã Hoà Bình triển khai nông thôn mới nâng cao."},
    {"bhyt", "Tỷ lệ tham gia BHYT đạt 95%."},
    {"bao-hiem", "Người dân tham gia bảo hiểm y tế đầy đủ."},
    {"cua-huyen", "Ngân sách của huyện được phân bổ hợp lý."},
    {"dong", "Giá trị sản xuất đạt 2.351 tỷ đồng."},
  };

  @BeforeAll
  static void build() throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    List<String> lines = new ArrayList<>();
    for (String[] a : ARTICLES) {
      lines.add("{\"id\": \"" + a[0] + "\", \"text\": \"" + a[1] + "\"}");
    }
    Files.write(jsonl, lines);
    index = VietnameseIndex.openForWriting(dir.resolve("index"), Optional.empty());
    new ArticleReader(index.config()).read(List.of(jsonl), new org.vnsearch.ingest.IngestListener() {
      @Override
      public void article(org.vnsearch.ingest.Article article) {
        index.add(article);
      }

      @Override
      public void problem(org.vnsearch.ingest.InputProblem problem) {
        throw new AssertionError(problem.toString());
      }
    });
    index.commit();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(String query) {
    return index.searcher().search(SearchRequest.of(query).withPage(50, 0)).hits().stream()
        .map(SearchResult.Hit::articleId)
        .toList();
  }

  private static void assertFinds(String query, String... expected) {
    List<String> found = ids(query);
    assertEquals(List.of(expected).stream().sorted().toList(), found.stream().sorted().toList(), query);
  }

  @Test
  void aPhraseMatchesWhereverItsSyllablesOccurWhateverTheSegmentation() {
    // "tổng thu" and "tăng thu" are words; the phrase still matches inside them, and not across a comma
    assertFinds("\"thu ngân sách\"", "tong-thu", "tang-thu", "thu-nsnn");
    assertFinds("\"tổng thu ngân sách\"", "tong-thu");
  }

  @Test
  void matchesOnWordBoundariesRankHigher() {
    List<String> found = ids("\"học sinh\"");
    assertEquals(List.of("hoc-sinh-gioi", "dai-hoc"), found);
  }

  @Test
  void accentlessQueriesFindAccentedTextRankedBelowExactMatches() {
    List<String> found = ids("thu ngan sach");
    assertTrue(found.containsAll(List.of("tong-thu", "tang-thu", "thu-nsnn", "khong-dau")), found.toString());
    assertEquals("khong-dau", found.get(0), "the text typed as the query ranks first: " + found);
    assertTrue(ids("\"thu ngan sach\"").contains("thu-nsnn"));
    assertTrue(ids("dong").contains("dong"), "đ folds to d");
    assertEquals(List.of(), ids("\"thu ngân sach\""), "a query with diacritics is matched as written");
  }

  @Test
  void caseAndToneMarkSpellingDoNotMatter() {
    assertFinds("\"THU NGÂN SÁCH NHÀ NƯỚC\"", "thu-nsnn");
    assertFinds("\"hòa bình\"", "hoa-binh-moi", "hoa-binh-cu");
    assertFinds("\"hoà bình\"", "hoa-binh-moi", "hoa-binh-cu");
  }

  @Test
  void acronymsAndSynonymsWorkBothWays() {
    assertFinds("UBND", "ubnd", "uy-ban", "uy-ban-cu");
    assertFinds("\"Ủy ban nhân dân\"", "ubnd", "uy-ban", "uy-ban-cu");
    assertFinds("\"UBND huyện\"", "ubnd", "uy-ban");
    assertFinds("BHYT", "bhyt", "bao-hiem");
    assertFinds("\"bảo hiểm y tế\"", "bhyt", "bao-hiem");
  }

  @Test
  void stopwordsNeverBreakAPhrase() {
    assertFinds("\"ngân sách của huyện\"", "cua-huyen");
    assertFinds("\"của huyện\"", "cua-huyen");
  }

  @Test
  void bareWordsAreAllRequiredAndExclusionsExclude() {
    assertFinds("ngân sách tỷ", "tong-thu", "tang-thu");
    assertFinds("ngân sách đồng", "tong-thu");
    assertFinds("\"thu ngân sách\" -tổng -nhà", "tang-thu");
  }

  @Test
  void highlightsMarkTheWholePhrase() {
    SearchResult r = index.searcher().search(SearchRequest.of("\"thu ngân sách\"").withPage(10, 0));
    for (SearchResult.Hit h : r.hits()) {
      SearchResult.Snippet s = h.snippet();
      assertEquals(1, s.highlights().size(), h.articleId() + ": " + s);
      String marked = s.text().substring(s.highlights().get(0).start(), s.highlights().get(0).end());
      assertEquals("thu ngân sách", marked.toLowerCase(), h.articleId());
    }
    SearchResult folded = index.searcher().search(SearchRequest.of("ngan sach").withPage(20, 0));
    SearchResult.Hit hit = folded.hits().stream().filter(h -> h.articleId().equals("thu-nsnn")).findFirst().orElseThrow();
    SearchResult.Snippet.Span span = hit.snippet().highlights().get(0);
    assertEquals("ngân sách", hit.snippet().text().substring(span.start(), span.end()), "accent-less matches are marked on the original text");
  }
}
