package org.vnsearch.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.ingest.TestData;

/** The subcommands, by exit code and captured output. */
class CommandsTest {
  @TempDir static Path dir;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void indexSamples() {
    index = dir.resolve("index");
    CliRunner.Result r = CliRunner.run("index", "--index", index.toString(), TestData.samples().toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("indexed 16 articles"), r.out());
  }

  @Test
  void indexingAgainSkipsUnchangedArticles() {
    CliRunner.Result r = CliRunner.run("index", "--index", index.toString(), TestData.samples().toString());
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("indexed 0 articles") && r.out().contains("unchanged 16"), r.out());
  }

  @Test
  void searchPrintsHitsAndFacets() {
    CliRunner.Result r = CliRunner.run("search", "--index", index.toString(), "\"thu ngân sách\"", "--facets", "district", "--limit", "2");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("28 paragraphs match \"thu ngân sách\""), r.out());
    assertTrue(r.out().contains("district:") && r.out().contains("Phú Tân (An Giang)"), r.out());
    assertFalse(r.out().contains("\u001b["), "no terminal escapes when output is captured");
  }

  @Test
  void searchJsonIsOneDocumentedObject() throws IOException {
    CliRunner.Result r = CliRunner.run(
        "search", "--index", index.toString(), "--json", "--facets", "district,year", "--district", "Phú Tân", "\"thu ngân sách\"");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("\"thu ngân sách\"", root.get("query").asText());
    assertEquals(2, root.get("total_hits").asInt());
    JsonNode hit = root.get("hits").get(0);
    for (String field : new String[] {"id", "article_id", "paragraph", "score", "title", "district", "province", "year", "topics", "kind", "snippet"}) {
      assertTrue(hit.has(field), field);
    }
    JsonNode span = hit.get("snippet").get("highlights").get(0);
    String text = hit.get("snippet").get("text").asText();
    assertEquals("thu ngân sách", text.substring(span.get("start").asInt(), span.get("end").asInt()));
    assertTrue(root.get("facets").get("district").size() > 1, "drill-sideways keeps the other districts");
    assertTrue(root.get("timing").has("total_ms"));
  }

  @Test
  void aQuerySyntaxErrorIsOneLineWithThePositionAndExitCode2() {
    CliRunner.Result r = CliRunner.run("search", "--index", index.toString(), "huyện \"thu ngân");
    assertEquals(2, r.exitCode());
    assertEquals(1, r.errLines().length, r.err());
    assertTrue(r.err().contains("position 7"), r.err());
    r = CliRunner.run("search", "--index", index.toString(), "--topic", "khong-co", "thu");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown topic"), r.err());
  }

  @Test
  void searchingSomethingThatIsNotAnIndexIsExitCode2() {
    CliRunner.Result r = CliRunner.run("search", "--index", dir.resolve("nothing").toString(), "thu");
    assertEquals(2, r.exitCode());
    assertEquals(1, r.errLines().length, r.err());
    assertTrue(r.err().contains("is not a vnsearch index"), r.err());
  }

  @Test
  void aSecondWriterIsToldTheIndexIsLocked() {
    Path locked = dir.resolve("locked");
    try (VietnameseIndex writer = VietnameseIndex.openForWriting(locked, Optional.empty())) {
      writer.commit();
      CliRunner.Result r = CliRunner.run("index", "--index", locked.toString(), TestData.samples().toString());
      assertEquals(1, r.exitCode());
      assertTrue(r.err().contains("locked by another process"), r.err());
      assertEquals(1, r.errLines().length, r.err());
    }
  }

  @Test
  void statsDescribesTheIndex() throws IOException {
    CliRunner.Result r = CliRunner.run("stats", "--index", index.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode s = JSON.readTree(r.out());
    assertEquals(16, s.get("articles").asInt());
    assertTrue(s.get("paragraphs").asInt() > 100);
    assertTrue(s.get("facet_cardinalities").get("district").asInt() >= 15);
    assertEquals("10.5.1", s.get("lucene_version").asText());
    assertTrue(Files.isRegularFile(index.resolve("vnsearch-config/vnsearch.conf")), "the configuration is recorded");
  }

  @Test
  void aDifferentAnalysisConfigurationIsRefused() throws IOException {
    Path config = dir.resolve("my-config");
    TestData.copyOfBundledConfig(config);
    Files.writeString(config.resolve("lexicon/user.tsv"), "một từ mới\t100\n");
    CliRunner.Result r = CliRunner.run("search", "--index", index.toString(), "--config", config.toString(), "thu");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("another analysis configuration"), r.err());
  }

  @Test
  void autoWithoutCoccocWarnsOnceALineWhenIndexingAndSearching() throws IOException {
    Path config = TestData.copyOfBundledConfig(dir.resolve("auto-config"));
    Path conf = config.resolve("vnsearch.conf");
    Files.writeString(
        conf,
        Files.readString(conf)
            .replace("analysis.segmenter = java", "analysis.segmenter = auto")
            .replaceAll("analysis.coccoc.library = .*", "analysis.coccoc.library = " + dir.resolve("no-such-lib.so")));
    Path small = dir.resolve("auto-index");
    Path jsonl = TestData.samples().resolve("extra-articles.jsonl");
    CliRunner.Result indexed =
        CliRunner.run("index", "--index", small.toString(), "--config", config.toString(), jsonl.toString());
    assertEquals(0, indexed.exitCode(), indexed.err());
    CliRunner.Result searched = CliRunner.run("search", "--index", small.toString(), "ngân sách");
    assertEquals(0, searched.exitCode(), searched.err());
    for (CliRunner.Result r : List.of(indexed, searched)) {
      List<String> warnings = Arrays.stream(r.errLines()).filter(l -> l.startsWith("vnsearch: warning:")).toList();
      assertEquals(1, warnings.size(), r.err());
      assertTrue(warnings.get(0).contains("no-such-lib.so") && warnings.get(0).endsWith("using the built-in segmenter"), r.err());
    }
  }

  @Test
  void deleteRemovesAnArticle() {
    Path small = dir.resolve("small");
    Path jsonl = TestData.samples().resolve("extra-articles.jsonl");
    assertEquals(0, CliRunner.run("index", "--index", small.toString(), jsonl.toString()).exitCode());
    CliRunner.Result r = CliRunner.run("index", "--index", small.toString(), "--delete", "extra-01");
    assertEquals(0, r.exitCode(), r.err());
    CliRunner.Result s = CliRunner.run("search", "--index", small.toString(), "--json", "--limit", "100", "district:\"Châu Thành\"");
    assertTrue(s.out().contains("\"total_hits\" : 0"), s.out());
  }

  @Test
  void inspectShowsParagraphMetadataAndFailsOnBadInput() throws IOException {
    CliRunner.Result r = CliRunner.run("inspect", TestData.samples().resolve("02-phu-tan-2024.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("district: Phú Tân (An Giang)"), r.out());
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{not json}\n");
    r = CliRunner.run("inspect", bad.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("bad.jsonl:1"), r.err());
  }

  @Test
  void analyzeListsTokensLikeElasticsearch() throws IOException {
    CliRunner.Result r = CliRunner.run("analyze", "--json", "Thu ngân sách");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode tokens = JSON.readTree(r.out()).get("tokens");
    assertEquals("thu", tokens.get(0).get("term").asText());
    assertTrue(tokens.toString().contains("\"position_length\":2"), tokens.toString());
    r = CliRunner.run("analyze", "--field", "text_folded", "Đồng");
    assertTrue(r.out().contains("dong"), r.out());
  }

  @Test
  void segmentWritesTheVlspFormat() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "Ủy ban nhân dân huyện, ngân sách.\n\nHỌC SINH giỏi\n");
    CliRunner.Result r = CliRunner.run("segment", in.toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n", -1);
    assertEquals("Ủy_ban_nhân_dân huyện , ngân_sách .", lines[0]);
    assertEquals("", lines[1]);
    assertEquals("HỌC_SINH giỏi", lines[2]);
  }

  @Test
  void segmentReportsABadFileOrLineAndStillSegmentsTheRest() throws IOException {
    Path bad = dir.resolve("bad.txt");
    byte[] notUtf8 = {'h', (byte) 0xC3, '\n'}; // 0xC3 starts a two-byte sequence that never ends
    Files.write(bad, concat("ngân sách\r\n".getBytes(UTF_8), notUtf8, notUtf8, "học sinh\n".getBytes(UTF_8)));
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "\uFEFFỦy ban nhân dân\n");
    CliRunner.Result r =
        CliRunner.run("segment", bad.toString(), dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(2, r.exitCode(), r.err());
    // one output line per input line, in order, the bad line kept in its place (U+FFFD is a symbol token)
    assertEquals(List.of("ngân_sách", "h \uFFFD", "h \uFFFD", "học_sinh", "Ủy_ban_nhân_dân"), r.out().lines().toList());
    assertEquals(
        List.of(
            "vnsearch: " + bad + ":2: not valid UTF-8 (its bad bytes written as U+FFFD; 1 more such lines)",
            "vnsearch: " + dir.resolve("missing.txt") + ": no such file"),
        r.err().lines().toList());
  }

  @Test
  void lexiconEstimateWritesTheListedWordsWithTheFrequenciesTheSegmenterCounts() throws IOException {
    Path words = dir.resolve("words.txt");
    Files.writeString(words, "# budget words\ntổng thu\nthu ngân\nngân sách\nhợp tác xã\n");
    Path corpus = dir.resolve("corpus.txt");
    Files.writeString(corpus, "Ước tổng thu ngân sách đạt kế hoạch.\n\nChị ấy làm thu ngân.\n\nTổng thu ngân sách tăng.\n");
    Path out = dir.resolve("estimated.tsv");
    CliRunner.Result r = CliRunner.run(
        "lexicon", "estimate", "--words", words.toString(), "--corpus", corpus.toString(), "--output", out.toString(),
        "--min-syllable-count", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(out + ": 4 words (3 seen in the corpus)", r.out().strip());
    List<String> lines = Files.readAllLines(out);
    assertEquals("# words: " + words, lines.get(1), "the header names the word list it was made from");
    assertEquals("# frequencies: what the segmenter counts in " + corpus, lines.get(2));
    assertTrue(lines.containsAll(List.of("tổng thu\t2", "ngân sách\t2", "thu ngân\t1", "hợp tác xã\t0", "ước\t1")), lines.toString());

    r = CliRunner.run("lexicon", "estimate", "--words", dir.resolve("none.txt").toString(), "--corpus", corpus.toString(),
        "--output", out.toString());
    assertEquals(2, r.exitCode());
    assertEquals(List.of("vnsearch: --words " + dir.resolve("none.txt") + ": no such file"), r.err().lines().toList());
  }

  @Test
  void lexiconEstimateChecksItsInputsFirstAndReportsABadCorpusLineOnce() throws IOException {
    Path words = dir.resolve("words2.txt");
    Files.writeString(words, "ngân sách\n");
    Path out = dir.resolve("not-written.tsv");
    CliRunner.Result r = CliRunner.run("lexicon", "estimate", "--words", words.toString(), "--corpus",
        dir.resolve("no-corpus").toString(), "--output", out.toString());
    assertEquals(2, r.exitCode());
    assertEquals(List.of("vnsearch: --corpus " + dir.resolve("no-corpus") + ": no such file or folder"), r.err().lines().toList());
    assertFalse(Files.exists(out), "nothing written");
    r = CliRunner.run("lexicon", "estimate", "--words", words.toString(), "--corpus", words.toString(), "--output", dir.toString());
    assertEquals(2, r.exitCode());
    assertEquals(List.of("vnsearch: --output " + dir + ": is a folder"), r.err().lines().toList());

    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, "{\"id\":\"1\",\"text\":\"Tổng thu ngân sách tăng.\"}\n{not json\n{\"id\":\"2\",\"text\":\"Ngân sách xã.\"}\n");
    r = CliRunner.run("lexicon", "estimate", "--words", words.toString(), "--corpus", corpus.toString(), "--output", out.toString());
    assertEquals(2, r.exitCode(), "a line of the corpus was not read");
    List<String> problems = r.err().lines().filter(line -> line.contains("corpus.jsonl:2")).toList();
    assertEquals(1, problems.size(), r.err());
    assertTrue(Files.readAllLines(out).contains("ngân sách\t2"), "the rest of the corpus still counted");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  @Test
  void demoIndexesTheBundledSamplesAndSearches() {
    CliRunner.Result r = CliRunner.run("demo", "--index", dir.resolve("demo").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Indexed 16 sample articles"), r.out());
    assertTrue(r.out().contains("28 paragraphs match \"thu ngân sách\""), r.out());
    assertTrue(r.out().contains("district:"), r.out());
  }
}
