package org.vnsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.meta.Gazetteer;

class ArticleReaderTest {
  private static final ArticleReader READER = new ArticleReader(VnsearchConfig.defaults());
  @TempDir Path dir;

  /** One row of samples-expected.tsv: what a person decided each sample article is about. */
  record Expected(String file, String article, String district, String provinceId, int year, int budgetParagraphs) {}

  static List<Expected> expected() throws IOException {
    List<Expected> rows = new ArrayList<>();
    for (String line : Files.readAllLines(
        Path.of(System.getProperty("vnsearch.basedir", ".")).resolve("src/test/resources/org/vnsearch/ingest/samples-expected.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      rows.add(new Expected(c[0], c[1], c[2], c[3], Integer.parseInt(c[4]), Integer.parseInt(c[5])));
    }
    return rows;
  }

  @Test
  void everySampleGetsItsDistrictProvinceAndYear() throws IOException {
    List<InputProblem> problems = new ArrayList<>();
    List<Article> articles = READER.readAll(List.of(TestData.samples()), problems);
    assertTrue(problems.stream().noneMatch(p -> p.severity() == InputProblem.Severity.ERROR), problems.toString());
    Map<String, Article> byKey = new TreeMap<>();
    for (Article a : articles) {
      String key = a.id().startsWith("/") ? Path.of(a.id()).getFileName().toString() : a.id();
      byKey.put(key, a);
    }
    Gazetteer gazetteer = READER.resources().gazetteer();
    List<Expected> rows = expected();
    assertEquals(16, rows.size());
    for (Expected e : rows) {
      Article a = byKey.get(e.article().equals("-") ? e.file() : e.article());
      assertNotNull(a, e.toString());
      assertEquals(e.district(), a.districtName(), e.file());
      assertEquals(gazetteer.provinces().get(e.provinceId()).name(), a.province(), e.file());
      assertEquals(e.year(), a.year(), e.file());
      long budget = a.paragraphs().stream().filter(p -> p.text().contains("thu ngân sách")).count();
      assertEquals(e.budgetParagraphs(), budget, e.file() + ": paragraphs with the phrase");
    }
  }

  @Test
  void budgetParagraphsOfTheSamplesHaveTheBudgetTopicUnlessTopicsAreExplicit() {
    for (Article a : READER.readAll(List.of(TestData.samples()))) {
      for (Paragraph p : a.paragraphs()) {
        if (p.text().toLowerCase().contains("thu ngân sách") && !a.id().equals("extra-02")) {
          assertTrue(p.topics().contains("ngan-sach"), a.id() + " #" + p.ordinal() + ": " + p.text());
        }
      }
    }
  }

  @Test
  void explicitMetadataWins() {
    Map<String, Article> byId = new TreeMap<>();
    for (Article a : READER.readAll(List.of(TestData.samples().resolve("extra-articles.jsonl")))) {
      byId.put(a.id(), a);
    }
    assertEquals("Châu Thành (Hậu Giang)", byId.get("extra-01").district());
    for (Paragraph p : byId.get("extra-02").paragraphs()) {
      assertEquals(List.of("nong-nghiep", "kinh-te"), p.topics());
    }
    assertEquals(ParagraphKind.TITLE, byId.get("extra-01").paragraphs().get(0).kind());
  }

  @Test
  void paragraphsKeepTheirOffsetsInTheSourceFile() throws IOException {
    Path file = TestData.samples().resolve("05-thanh-oai-2024.txt");
    String source = Files.readString(file);
    Article a = READER.readAll(List.of(file)).get(0);
    for (Paragraph p : a.paragraphs()) {
      String span = source.substring((int) p.startOffset(), (int) p.endOffset()).replaceAll("\\s+", " ");
      assertEquals(p.text(), span, "paragraph " + p.ordinal());
    }
    assertFalse(a.paragraphs().stream().anyMatch(p -> p.text().contains("BAN BIÊN TẬP")), "boilerplate is dropped");
  }

  private List<InputProblem> problems(Path... paths) {
    List<InputProblem> problems = new ArrayList<>();
    READER.readAll(List.of(paths), problems);
    return problems;
  }

  @Test
  void invalidUtf8IsReportedWithTheByteOffsetAndAHint() throws IOException {
    Path bad = dir.resolve("bad.txt");
    byte[] start = "Huyện tổ chức hội nghị. ".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(bad)) {
      out.write(start);
      out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
      out.write(" tiếp".getBytes(StandardCharsets.UTF_8));
    }
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Huyện Chi Lăng tổng kết năm 2023.");
    List<InputProblem> problems = new ArrayList<>();
    List<Article> articles = READER.readAll(List.of(dir), problems);
    assertEquals(1, articles.size(), "the good file is still read");
    assertEquals(1, problems.size(), problems.toString());
    InputProblem p = problems.get(0);
    assertEquals(InputProblem.Severity.ERROR, p.severity());
    assertEquals(start.length, p.byteOffset());
    assertTrue(p.toString().contains("bad.txt") && p.toString().contains("windows-1258"), p.toString());
  }

  @Test
  void legacyWindows1258FilesReadWithTheEncodingOption() throws IOException {
    Path legacy = dir.resolve("legacy.txt");
    Charset cp1258 = Charset.forName("windows-1258");
    Files.write(legacy, TestData.toneDecomposed("Huyện Chi Lăng hòa bình thu ngân sách.").getBytes(cp1258));
    assertEquals(InputProblem.Severity.ERROR, problems(legacy).get(0).severity());
    List<Article> articles = new ArticleReader(VnsearchConfig.defaults(), cp1258).readAll(List.of(legacy));
    assertEquals("Huyện Chi Lăng hòa bình thu ngân sách.", articles.get(0).paragraphs().get(0).text());
    assertEquals("Chi Lăng (Lạng Sơn)", articles.get(0).district());
  }

  @Test
  void byteOrderMarksAndUtf16AreRecognized() throws IOException {
    String text = "Huyện Chi Lăng tổng kết.";
    Files.write(dir.resolve("bom8.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
    Files.write(dir.resolve("bom16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(dir.resolve("nobom16.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    List<InputProblem> problems = new ArrayList<>();
    List<Article> articles = READER.readAll(List.of(dir), problems);
    assertEquals(List.of(), problems);
    assertEquals(3, articles.size());
    for (Article a : articles) {
      assertEquals(text, a.paragraphs().get(0).text(), a.id());
    }
  }

  @Test
  void emptyBinaryAndPunctuationOnlyFilesAreSkipped() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("spaces.txt"), "  \n\t\n   ");
    Files.writeString(dir.resolve("dots.txt"), "... --- !!!\n***");
    Files.write(dir.resolve("doc.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("img.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    List<InputProblem> problems = problems(dir);
    assertEquals(5, problems.size(), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.severity() == InputProblem.Severity.SKIPPED), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.toString().contains("PDF")));
  }

  @Test
  void jsonLinesProblemsNameTheLineAndTheRestIsRead() throws IOException {
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(
        jsonl,
        String.join(
            "\n",
            "{\"id\": \"a1\", \"title\": \"Tin một\", \"text\": \"Huyện Chi Lăng tổng kết.\", \"year\": 2023}",
            "{\"id\": \"a2\", \"text\": \"thiếu dấu ngoặc\"",
            "{\"id\": \"a3\", \"text\": \"Năm sai kiểu.\", \"year\": \"hai nghìn\"}",
            "{\"id\": \"a4\", \"text\": \"Có trường lạ.\", \"category\": \"x\"}",
            "{\"id\": \"a1\", \"text\": \"Bản sửa của a1.\"}",
            "[1, 2]",
            "{\"id\": \"a5\", \"text\": \"Dòng cuối bị cắt"));
    List<InputProblem> problems = new ArrayList<>();
    List<Article> articles = READER.readAll(List.of(jsonl), problems);
    assertEquals(List.of("a1", "a4", "a1"), articles.stream().map(Article::id).toList());
    assertEquals(2023, articles.get(0).year());
    List<String> lines = problems.stream().map(InputProblem::toString).toList();
    assertTrue(lines.get(0).contains("articles.jsonl:2") && lines.get(0).contains("malformed JSON"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains(":3") && l.contains("'year'")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains(":4") && l.contains("warning") && l.contains("category")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains(":5") && l.contains("duplicate id 'a1'")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains(":6") && l.contains("expected a JSON object")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains(":7") && l.contains("malformed JSON")), lines.toString());
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path gz = dir.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"id\": \"g1\", \"text\": \"Huyện Chi Lăng.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("g1", READER.readAll(List.of(gz)).get(0).id());
  }

  @Test
  void articleIdsDoNotDependOnTheWorkingDirectory() throws IOException {
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "Huyện Chi Lăng.");
    String a = READER.readAll(List.of(file)).get(0).id();
    Files.createDirectories(dir.resolve("sub"));
    String b = READER.readAll(List.of(dir.resolve("./sub/../x.txt"))).get(0).id();
    assertEquals(a, b);
    assertNull(READER.readAll(List.of(file)).get(0).date());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
