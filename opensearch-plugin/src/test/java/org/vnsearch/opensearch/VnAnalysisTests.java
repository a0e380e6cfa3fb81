package org.vnsearch.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.AnalysisMode;
import org.opensearch.index.analysis.AnalysisTestsHelper;
import org.opensearch.index.analysis.NamedAnalyzer;
import org.opensearch.test.OpenSearchTestCase.TestAnalysis;
import org.opensearch.test.OpenSearchTokenStreamTestCase;
import org.vnsearch.analysis.AnalyzedToken;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.config.VnsearchConfig;

/**
 * The plugin's analysis components as OpenSearch builds them from index settings: the same tokens as the core
 * analyzers, and every parameter.
 */
public class VnAnalysisTests extends OpenSearchTokenStreamTestCase {
  /** No synonym in it: the search analyzers give the core's query-side syllables. */
  private static final String TEXT =
      "Tổng thu ngân sách trên địa bàn huyện Chiêm Hoá ước đạt 132,5 tỷ đồng, bằng 104% dự toán; "
          + "xem https://example.vn/tin hoặc viết cho toasoan@example.vn.";

  private Path home;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    home = createTempDir();
    Files.createDirectories(home.resolve("config"));
  }

  private void configFile(String name, String content) throws IOException {
    Path file = home.resolve("config").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private TestAnalysis analysis(Settings indexAnalysis) throws IOException {
    Settings settings =
        Settings.builder()
            .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
            .put(indexAnalysis)
            .build();
    return AnalysisTestsHelper.createTestAnalysisFromSettings(
        settings, home.resolve("config"), new VnsearchAnalysisPlugin());
  }

  private static List<AnalyzedToken> tokens(Analyzer analyzer, String text) {
    return AnalyzedToken.analyze(analyzer, "text", text);
  }

  private static Set<String> terms(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(AnalyzedToken::term).collect(Collectors.toSet());
  }

  /**
   * The messages of a failed index analysis build: OpenSearch wraps a component's exception (as the cause, or
   * suppressed in "Failed to build analyzers").
   */
  private static String failure(ThrowingRunnable build) {
    StringBuilder messages = new StringBuilder();
    collect(expectThrows(IllegalArgumentException.class, build), messages);
    return messages.toString();
  }

  private static void collect(Throwable t, StringBuilder messages) {
    if (t == null) {
      return;
    }
    messages.append(t.getMessage()).append(" / ");
    for (Throwable s : t.getSuppressed()) {
      collect(s, messages);
    }
    collect(t.getCause(), messages);
  }

  public void testReadyAnalyzersGiveTheCoreTokens() throws IOException {
    TestAnalysis analysis = analysis(Settings.EMPTY);
    assertEquals(
        tokens(new VietnameseAnalyzer(), TEXT), tokens(analysis.indexAnalyzers.get("vietnamese"), TEXT));
    assertEquals(
        tokens(VietnameseAnalyzer.folded(VnsearchConfig.defaults()), TEXT),
        tokens(analysis.indexAnalyzers.get("vietnamese_folded"), TEXT));
    assertEquals(
        tokens(VietnameseAnalyzer.syllables(false), TEXT), tokens(analysis.indexAnalyzers.get("vietnamese_search"), TEXT));
    assertEquals(
        tokens(VietnameseAnalyzer.syllables(true), TEXT),
        tokens(analysis.indexAnalyzers.get("vietnamese_search_folded"), TEXT));
    // stacked words, canonical tone marks, clause gaps: what the index side is for
    List<AnalyzedToken> index = tokens(analysis.indexAnalyzers.get("vietnamese"), TEXT);
    assertTrue(index.stream().anyMatch(t -> t.term().equals("ngân_sách") && t.positionLength() == 2));
    assertTrue(index.stream().anyMatch(t -> t.term().equals("hóa")));
    assertTrue(index.stream().anyMatch(t -> t.term().equals("132,5")));
  }

  public void testTokenizerAndFiltersInACustomAnalyzer() throws IOException {
    TestAnalysis analysis =
        analysis(
            Settings.builder()
                .put("index.analysis.analyzer.words_folded.type", "custom")
                .put("index.analysis.analyzer.words_folded.tokenizer", "vietnamese")
                .putList("index.analysis.analyzer.words_folded.filter", "vietnamese_folding")
                .put("index.analysis.analyzer.std.type", "custom")
                .put("index.analysis.analyzer.std.tokenizer", "standard")
                .putList("index.analysis.analyzer.std.filter", "vietnamese_normalization", "vietnamese_folding")
                .build());
    assertEquals(
        tokens(VietnameseAnalyzer.folded(VnsearchConfig.defaults()), TEXT),
        tokens(analysis.indexAnalyzers.get("words_folded"), TEXT));
    assertEquals(
        List.of("chiem", "hoa", "thuy", "loi"),
        tokens(analysis.indexAnalyzers.get("std"), "Chiêm Hoá THUỶ Lợi").stream().map(AnalyzedToken::term).toList());
  }

  public void testFiltersInAKeywordNormalizer() throws IOException {
    TestAnalysis analysis =
        analysis(
            Settings.builder()
                .put("index.analysis.normalizer.vn.type", "custom")
                .putList("index.analysis.normalizer.vn.filter", "vietnamese_normalization", "vietnamese_folding")
                .build());
    NamedAnalyzer normalizer = analysis.indexAnalyzers.getNormalizer("vn");
    assertEquals("chiem hoa", normalizer.normalize("district", "Chiêm Hoá").utf8ToString());
    assertEquals("chiem hoa", normalizer.normalize("district", "CHIÊM HÒA").utf8ToString());
  }

  public void testSearchAnalyzersExpandSynonymsBothWays() throws IOException {
    TestAnalysis analysis = analysis(Settings.EMPTY);
    Analyzer search = analysis.indexAnalyzers.get("vietnamese_search");
    assertTrue(terms(search, "UBND").containsAll(Set.of("ubnd", "ủy", "ban", "nhân", "dân")));
    assertTrue(terms(search, "Uỷ ban Nhân dân").contains("ubnd"));
    Analyzer folded = analysis.indexAnalyzers.get("vietnamese_search_folded");
    assertTrue(terms(folded, "UBND").containsAll(Set.of("ubnd", "uy", "ban", "nhan", "dan")));
    assertTrue(terms(folded, "uy ban nhan dan").contains("ubnd"));
    // the graph: "ubnd" spans the four syllables of its alternative
    assertTrue(
        tokens(search, "UBND huyện").stream().anyMatch(t -> t.term().equals("ubnd") && t.positionLength() == 4));
  }

  public void testSynonymsFromAFileAndInline() throws IOException {
    configFile("vn/synonyms.txt", "# mine\nBCĐ, ban chỉ đạo\nTP => thành phố\n");
    TestAnalysis analysis =
        analysis(
            Settings.builder()
                .put("index.analysis.analyzer.q.type", "vietnamese_search")
                .put("index.analysis.analyzer.q.synonyms_path", "vn/synonyms.txt")
                .put("index.analysis.analyzer.inline.type", "vietnamese_search")
                .putList("index.analysis.analyzer.inline.synonyms", "BCĐ, ban chỉ đạo")
                .put("index.analysis.analyzer.none.type", "vietnamese_search")
                .putList("index.analysis.analyzer.none.synonyms")
                .build());
    Analyzer q = analysis.indexAnalyzers.get("q");
    assertTrue(terms(q, "BCĐ").containsAll(Set.of("bcđ", "ban", "chỉ", "đạo")));
    assertTrue(terms(q, "ban chỉ đạo").contains("bcđ"));
    // "a => b" adds b and keeps a, as the embedded engine does; not the other way round
    assertTrue(terms(q, "TP").containsAll(Set.of("tp", "thành", "phố")));
    assertFalse(terms(q, "thành phố").contains("tp"));
    // the file replaces the bundled synonyms
    assertEquals(Set.of("ubnd"), terms(q, "UBND"));
    assertTrue(terms(analysis.indexAnalyzers.get("inline"), "BCĐ").contains("đạo"));
    assertEquals(Set.of("ubnd"), terms(analysis.indexAnalyzers.get("none"), "UBND"));
  }

  public void testSynonymFilterFollowsFolding() throws IOException {
    TestAnalysis analysis =
        analysis(
            Settings.builder()
                .put("index.analysis.tokenizer.syllables.type", "vietnamese")
                .put("index.analysis.tokenizer.syllables.words", false)
                .put("index.analysis.analyzer.q.type", "custom")
                .put("index.analysis.analyzer.q.tokenizer", "syllables")
                .putList("index.analysis.analyzer.q.filter", "vietnamese_folding", "vietnamese_synonym_graph")
                .put("index.analysis.analyzer.accented.type", "custom")
                .put("index.analysis.analyzer.accented.tokenizer", "syllables")
                .putList("index.analysis.analyzer.accented.filter", "vietnamese_synonym_graph")
                .build());
    assertTrue(terms(analysis.indexAnalyzers.get("q"), "uy ban nhan dan").contains("ubnd"));
    assertTrue(terms(analysis.indexAnalyzers.get("q"), "UBND").containsAll(Set.of("uy", "nhan")));
    assertTrue(terms(analysis.indexAnalyzers.get("accented"), "UBND").containsAll(Set.of("ủy", "nhân")));
    assertEquals(AnalysisMode.SEARCH_TIME, analysis.indexAnalyzers.get("q").getAnalysisMode());
    assertEquals(AnalysisMode.SEARCH_TIME, analysis.tokenFilter.get("vietnamese_synonym_graph").getAnalysisMode());
  }

  public void testSynonymsNeedSyllables() {
    String message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.analyzer.q.type", "custom")
                        .put("index.analysis.analyzer.q.tokenizer", "vietnamese")
                        .putList("index.analysis.analyzer.q.filter", "vietnamese_synonym_graph")
                        .build()));
    assertTrue(message, message.contains("\"words\": false"));
    message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.analyzer.q.type", "vietnamese")
                        .putList("index.analysis.analyzer.q.synonyms", "a, b")
                        .build()));
    assertTrue(message, message.contains("\"words\": false"));
  }

  public void testUserDictionaryAndLexiconFromTheConfigDirectory() throws IOException {
    configFile("vn/user.tsv", "# words of my own\nxoài cát hòa lộc\n");
    configFile("vn/tiny.tsv", "ngân sách\t100\n");
    TestAnalysis analysis =
        analysis(
            Settings.builder()
                .put("index.analysis.analyzer.mine.type", "vietnamese")
                .putList("index.analysis.analyzer.mine.user_dictionary", "vn/user.tsv")
                .put("index.analysis.tokenizer.tiny.type", "vietnamese")
                .put("index.analysis.tokenizer.tiny.lexicon", "vn/tiny.tsv")
                .put("index.analysis.tokenizer.tiny.user_dictionary", "vn/user.tsv")
                .put("index.analysis.tokenizer.tiny.gazetteer_words", false)
                .put("index.analysis.analyzer.tiny.type", "custom")
                .put("index.analysis.analyzer.tiny.tokenizer", "tiny")
                .put("index.analysis.tokenizer.syllables.type", "vietnamese")
                .put("index.analysis.tokenizer.syllables.words", false)
                .put("index.analysis.analyzer.syllables.type", "custom")
                .put("index.analysis.analyzer.syllables.tokenizer", "syllables")
                .build());
    String text = "Xoài cát Hòa Lộc và ngân sách huyện Chiêm Hóa";
    assertFalse(terms(analysis.indexAnalyzers.get("vietnamese"), text).contains("xoài_cát_hòa_lộc"));
    Set<String> mine = terms(analysis.indexAnalyzers.get("mine"), text);
    assertTrue(mine.toString(), mine.containsAll(Set.of("xoài_cát_hòa_lộc", "ngân_sách", "chiêm_hóa")));
    Set<String> tiny = terms(analysis.indexAnalyzers.get("tiny"), text);
    assertTrue(tiny.toString(), tiny.containsAll(Set.of("xoài_cát_hòa_lộc", "ngân_sách")));
    assertFalse("no gazetteer names: " + tiny, tiny.contains("chiêm_hóa"));
    assertTrue(terms(analysis.indexAnalyzers.get("syllables"), text).stream().noneMatch(t -> t.contains("_")));
  }

  public void testFilesMustBeInsideTheConfigDirectory() throws IOException {
    Files.writeString(home.resolve("outside.tsv"), "ngân sách\t1\n");
    String message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.tokenizer.t.type", "vietnamese")
                        .put("index.analysis.tokenizer.t.user_dictionary", "../outside.tsv")
                        .build()));
    assertTrue(message, message.contains("inside the node's config directory"));
    message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.analyzer.q.type", "vietnamese_search")
                        .put("index.analysis.analyzer.q.synonyms_path", "nowhere/synonyms.txt")
                        .build()));
    assertTrue(message, message.contains("not found"));
  }

  public void testBadParametersAreRejected() throws IOException {
    String message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.analyzer.a.type", "vietnamese")
                        .put("index.analysis.analyzer.a.user_dictionnary", "x.tsv")
                        .build()));
    assertTrue(message, message.contains("unknown parameters [user_dictionnary]"));
    message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.tokenizer.t.type", "vietnamese")
                        .put("index.analysis.tokenizer.t.max_word_syllables", 40)
                        .build()));
    assertTrue(message, message.contains("max_word_syllables"));
    configFile("bad-synonyms.txt", "UBND\n");
    message =
        failure(
            () ->
                analysis(
                    Settings.builder()
                        .put("index.analysis.analyzer.q.type", "vietnamese_search")
                        .put("index.analysis.analyzer.q.synonyms_path", "bad-synonyms.txt")
                        .build()));
    assertTrue(message, message.contains("bad-synonyms.txt:1"));
  }
}
