package org.vnsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockCharFilter;
import org.apache.lucene.tests.util.TestUtil;
import org.vnsearch.analysis.dict.Lexicon;

public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {
  private static final String S = VietnameseTokenizer.TYPE_SYLLABLE;
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String N = VietnameseTokenizer.TYPE_NUM;

  private static Lexicon lexicon;
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    if (lexicon == null) {
      lexicon = TestLexicons.small();
    }
    analyzer = new VietnameseAnalyzer(lexicon, false);
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testWordsAreStackedOverSyllables() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "ước tổng thu ngân sách",
        new String[] {"ước", "tổng", "tổng_thu", "thu", "ngân", "ngân_sách", "sách"},
        new int[] {0, 4, 4, 9, 13, 13, 18},
        new int[] {3, 8, 12, 12, 17, 22, 22},
        new String[] {S, S, W, S, S, W, S},
        new int[] {1, 1, 0, 1, 1, 0, 1},
        new int[] {1, 1, 2, 1, 1, 2, 1});
  }

  public void testBestTotalScoreChoosesTheSegmentation() throws IOException {
    // "đại học sinh viên": đại_học + sinh_viên beats đại + học_sinh + viên
    assertAnalyzesTo(
        analyzer,
        "đại học sinh viên",
        new String[] {"đại", "đại_học", "học", "sinh", "sinh_viên", "viên"},
        null,
        null,
        null,
        new int[] {1, 0, 1, 1, 0, 1},
        new int[] {1, 2, 1, 1, 2, 1});
    assertAnalyzesTo(
        analyzer,
        "học sinh giỏi",
        new String[] {"học", "học_sinh", "sinh", "giỏi"},
        null,
        null,
        null,
        new int[] {1, 0, 1, 1},
        new int[] {1, 2, 1, 1});
  }

  public void testCaseDoesNotChangeTheSegmentation() throws IOException {
    String[] expected = {"đại", "đại_học", "học", "sinh", "sinh_viên", "viên"};
    assertAnalyzesTo(analyzer, "ĐẠI HỌC SINH VIÊN", expected);
    assertAnalyzesTo(analyzer, "Đại Học Sinh Viên", expected);
    assertAnalyzesTo(analyzer, "đại HỌC sinh VIÊN", expected);
  }

  public void testPunctuationEndsWords() throws IOException {
    assertAnalyzesTo(analyzer, "ngân, sách", new String[] {"ngân", "sách"});
    assertAnalyzesTo(analyzer, "kinh tế-xã hội", new String[] {"kinh", "kinh_tế", "tế", "xã", "xã_hội", "hội"});
    // a line break inside a paragraph is only whitespace: hard-wrapped text still forms words
    assertAnalyzesTo(analyzer, "ngân\nsách", new String[] {"ngân", "ngân_sách", "sách"});
  }

  public void testPositionsSkipOneAfterSentenceAndClausePunctuation() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "mùa thu, ngân sách. Kinh tế - xã hội (tăng)",
        new String[] {"mùa", "thu", "ngân", "ngân_sách", "sách", "kinh", "kinh_tế", "tế", "xã", "xã_hội", "hội", "tăng"},
        null,
        null,
        null,
        new int[] {1, 1, 2, 0, 1, 2, 0, 1, 1, 0, 1, 1},
        null);
  }

  public void testNumbersKeepTheirSeparators() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "trên 323 tỷ, 72% và 19,7% (6.250 ha) ngày 15/12/2023, nhiệm kỳ 2020-2025; lúc 10:30.",
        new String[] {
          "trên", "323", "tỷ", "72%", "và", "19,7%", "6.250", "ha", "ngày", "15/12/2023", "nhiệm", "kỳ",
          "2020-2025", "lúc", "10:30"
        },
        new String[] {S, N, S, N, S, N, N, S, S, N, S, S, N, S, N});
    assertAnalyzesTo(analyzer, "2020 - 2025", new String[] {"2020", "2025"});
    assertAnalyzesTo(
        analyzer,
        "H5N1 và COVID-19",
        new String[] {"h5n1", "và", "covid", "19"},
        new String[] {VietnameseTokenizer.TYPE_ALNUM, S, S, N});
  }

  public void testUrlsAndEmailsStayWhole() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Xem https://example.vn/tin-tuc/a.html, hoặc www.example.vn. Gửi về banbientap@example.vn.",
        new String[] {
          "xem", "https://example.vn/tin-tuc/a.html", "hoặc", "www.example.vn", "gửi", "về", "banbientap@example.vn"
        },
        new String[] {
          S, VietnameseTokenizer.TYPE_URL, S, VietnameseTokenizer.TYPE_URL, S, S, VietnameseTokenizer.TYPE_EMAIL
        });
  }

  /** The tokenizer looks ahead for '@' once, not per token: addresses past buffer refills must still be found. */
  public void testEmailsFarIntoALongTextAndNearAtSigns() throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      text.append("tin số ").append(i).append(' ');
      expected.addAll(List.of("tin", "số", Integer.toString(i)));
      if (i % 700 == 699) {
        text.append("a").append(i).append("@example.vn, @ mai @@ ");
        expected.addAll(List.of("a" + i + "@example.vn", "mai"));
      }
    }
    text.append("cuối x.y@example.vn");
    expected.addAll(List.of("cuối", "x.y@example.vn"));
    try (TokenStream ts = analyzer.tokenStream("f", text.toString())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      List<String> terms = new ArrayList<>();
      ts.reset();
      while (ts.incrementToken()) {
        if (!type.type().equals(VietnameseTokenizer.TYPE_WORD)) {
          terms.add(term.toString());
          assertEquals(term.toString(), term.toString().contains("@"), type.type().equals(VietnameseTokenizer.TYPE_EMAIL));
        }
      }
      ts.end();
      int differ = 0;
      while (differ < Math.min(expected.size(), terms.size()) && expected.get(differ).equals(terms.get(differ))) {
        differ++;
      }
      assertEquals("first difference at token " + differ, expected.size(), differ);
      assertEquals(expected.size(), terms.size());
    }
  }

  public void testNormalizesUnicodeCaseAndToneMarks() throws IOException {
    // old and new tone-mark placement, upper case, decomposed (NFD) input, zero-width and no-break spaces
    assertAnalyzesTo(analyzer, "HOÀ", new String[] {"hòa"});
    assertAnalyzesTo(analyzer, "thuỷ thủy", new String[] {"thủy", "thủy"});
    assertAnalyzesTo(analyzer, "Uỷ ban", new String[] {"ủy", "ủy_ban", "ban"});
    assertAnalyzesTo(analyzer, "sức khoẻ", new String[] {"sức", "sức_khỏe", "khỏe"});
    assertAnalyzesTo(analyzer, "Chiêm Hoá", new String[] {"chiêm", "chiêm_hóa", "hóa"});
    String nfd = java.text.Normalizer.normalize("Hòa bình", java.text.Normalizer.Form.NFD);
    assertAnalyzesTo(
        analyzer,
        nfd,
        new String[] {"hòa", "hòa_bình", "bình"},
        new int[] {0, 0, nfd.indexOf(' ') + 1},
        new int[] {nfd.indexOf(' '), nfd.length(), nfd.length()});
    assertAnalyzesTo(analyzer, "ngân\u200Bsách", new String[] {"ngânsách"});
    assertAnalyzesTo(analyzer, "ngân\u00A0sách", new String[] {"ngân", "ngân_sách", "sách"});
    assertAnalyzesTo(analyzer, "Cư M'gar", new String[] {"cư", "m'gar"});
  }

  public void testOffsetsPointIntoTheOriginalTextThroughCharFilters() throws IOException {
    Analyzer withCharFilter =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new VietnameseTokenizer(lexicon));
          }

          @Override
          protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return new MockCharFilter(reader, 7);
          }
        };
    checkRandomData(random(), withCharFilter, 200 * RANDOM_MULTIPLIER);
    withCharFilter.close();
  }

  public void testSyllablesOnlyWithoutLexicon() throws IOException {
    Analyzer syllables = VietnameseAnalyzer.syllables(false);
    assertAnalyzesTo(syllables, "Tổng thu ngân sách", new String[] {"tổng", "thu", "ngân", "sách"});
    syllables.close();
  }

  public void testFoldedAnalyzerRemovesDiacritics() throws IOException {
    Analyzer folded = new VietnameseAnalyzer(lexicon, true);
    assertAnalyzesTo(folded, "Ngân sách Đồng", new String[] {"ngan", "ngan_sach", "sach", "dong"});
    folded.close();
  }

  public void testLongRunsAreSegmentedInBoundedChunks() throws IOException {
    StringBuilder text = new StringBuilder();
    int syllables = VietnameseTokenizer.MAX_RUN * 3 + 17;
    for (int i = 0; i < syllables; i++) {
      text.append(i % 2 == 0 ? "ngân " : "sách ");
    }
    List<String> terms = terms(analyzer, text.toString());
    assertEquals(syllables, terms.stream().filter(t -> !t.contains("_")).count());
    assertTrue(terms.contains("ngân_sách"));
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
    Analyzer folded = new VietnameseAnalyzer(lexicon, true);
    checkRandomData(random(), folded, 200 * RANDOM_MULTIPLIER);
    folded.close();
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
  }

  public void testRandomVietnameseText() throws IOException {
    String[] syllables = {"thu", "ngân", "sách", "HỌC", "sinh", "viên", "đại", "Hoà", "bình", "72%", "19,7", ",", ".", "—", "\u0301", "\u200B"};
    for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
      StringBuilder text = new StringBuilder();
      int n = TestUtil.nextInt(random(), 1, 400);
      for (int j = 0; j < n; j++) {
        text.append(syllables[random().nextInt(syllables.length)]).append(random().nextInt(5) == 0 ? "" : " ");
      }
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString());
    }
  }

  public void testResetException() throws IOException {
    checkResetException(analyzer, "thu ngân sách");
  }

  public void testTypesAreReported() throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", new StringReader("ngân sách 2024"))) {
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      List<String> types = new ArrayList<>();
      while (ts.incrementToken()) {
        types.add(type.type());
      }
      ts.end();
      assertEquals(List.of(S, W, S, N), types);
    }
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }
}
