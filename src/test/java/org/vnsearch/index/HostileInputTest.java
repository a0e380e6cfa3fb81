package org.vnsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.cli.CliProcess;
import org.vnsearch.search.SearchRequest;

/**
 * Odd and hostile input, generated here (deterministically), indexed by {@code vnsearch index} in a separate JVM
 * with a 256 MB heap: every bad file gets its one-line message naming the file and the line or byte offset, every
 * good file is indexed, memory stays bounded (a 50 MB line, a million syllables), and the exit code is 2.
 */
class HostileInputTest {
  static final String HEAP = "256m";
  @TempDir static Path dir;
  static Path inputs;
  static Path index;
  static List<String> errLines;
  static int exitCode;
  static String stdout;
  static long badMiddleOffset;
  static long badEndOffset;
  static boolean root;

  static final String SENTENCE = "Huyện Chi Lăng tổ chức hội nghị tổng kết, thu ngân sách đạt 120% dự toán. ";

  @BeforeAll
  static void indexHostileCorpus() throws Exception {
    inputs = dir.resolve("inputs");
    Files.createDirectories(inputs);
    byte[] text = "Huyện Chi Lăng tổng kết năm 2023.".getBytes(StandardCharsets.UTF_8);
    write("bad-utf8-start.txt", new byte[] {(byte) 0xC3, 0x28}, text);
    write("bad-utf8-middle.txt", text, new byte[] {(byte) 0xE1, (byte) 0x80, 0x20}, text);
    badMiddleOffset = text.length;
    write("bad-utf8-end.txt", text, new byte[] {(byte) 0xE1, (byte) 0x80});
    badEndOffset = text.length;
    write("utf16le-bom.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, "Huyện Hữu Lũng tổng kết.".getBytes(StandardCharsets.UTF_16LE));
    write("utf16be-bom.txt", new byte[] {(byte) 0xFE, (byte) 0xFF}, "Huyện Văn Lãng tổng kết.".getBytes(StandardCharsets.UTF_16BE));
    write("utf16le-nobom.txt", "Huyện Bình Gia tổng kết.".getBytes(StandardCharsets.UTF_16LE));
    write("windows-1258.txt", org.vnsearch.ingest.TestData.toneDecomposed("Huyện Tràng Định tổng kết năm 2023.").getBytes(Charset.forName("windows-1258")));
    write("nfd.txt", java.text.Normalizer.normalize("Huyện Đình Lập hoàn thành thu ngân sách.", java.text.Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
    write("empty.txt");
    write("whitespace.txt", " \n\t\n  \u00A0 \n".getBytes(StandardCharsets.UTF_8));
    write("punctuation.txt", "... --- !!! ??? ***\n«»".getBytes(StandardCharsets.UTF_8));
    write("document.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    byte[] random = new byte[4096];
    new Random(8).nextBytes(random);
    write("random.bin", random);
    write("deep-unicode.txt", ("Huyện Cao Lộc 👩‍👩‍👧‍👦 tổng kết: a\u0301\u0302\u0303\u0304\u0305 \u200F\u202Eđảo\u202C \u200Dthu\u200C ngân\uFE0F sách "
        + "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 𝓥𝓲𝓮̣̂𝓽 ﷽ \u0000? no: ok.").replace("\u0000", "").getBytes(StandardCharsets.UTF_8));
    try (OutputStream out = Files.newOutputStream(inputs.resolve("long-line.txt"))) {
      byte[] sentence = SENTENCE.getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += sentence.length) {
        out.write(sentence);
      }
    }
    try (OutputStream out = Files.newOutputStream(inputs.resolve("million-syllables.txt"))) {
      byte[] syllable = "ngân ".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 1_000_000; i++) {
        out.write(syllable);
      }
    }
    Files.writeString(
        inputs.resolve("articles.jsonl"),
        String.join("\n",
            "{\"id\": \"j1\", \"title\": \"Tin một\", \"text\": \"Huyện Lộc Bình tổng kết năm 2023.\"}",
            "{\"id\": \"j2\", \"text\": \"Năm sai kiểu.\", \"year\": \"năm ngoái\"}",
            "{\"id\": \"j3\", \"text\": \"Trường lạ.\", \"mood\": \"vui\"}",
            "{\"id\": \"j1\", \"text\": \"Bản sửa của j1: huyện Lộc Bình.\"}",
            "{\"id\": \"j4\", \"text\": \"Nửa cặp \\ud800 surrogate và emoji \\ud83d\\ude00.\"}",
            "{\"id\": \"j5\", \"text\": \"Dòng cuối bị cắt"));
    Path loop = inputs.resolve("loop");
    Files.createDirectories(loop);
    Files.createSymbolicLink(loop.resolve("back-up"), Path.of(".."));
    Files.createSymbolicLink(inputs.resolve("broken-link.txt"), inputs.resolve("does-not-exist.txt"));
    Path secret = inputs.resolve("unreadable.txt");
    Files.writeString(secret, "Huyện Bắc Sơn.");
    secret.toFile().setReadable(false, false);
    root = Files.isReadable(secret); // root reads everything: the permission case cannot be produced then

    index = dir.resolve("index");
    CliProcess.Started p = CliProcess.start(dir.resolve("work"), HEAP, "index", "--index", index.toString(), inputs.toString());
    exitCode = p.waitFor(600);
    stdout = p.stdout();
    errLines = p.stderr().lines().filter(l -> !l.startsWith("WARNING")).toList();
  }

  private static void write(String name, byte[]... parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(inputs.resolve(name))) {
      for (byte[] part : parts) {
        out.write(part);
      }
    }
  }

  private static String lineAbout(String file) {
    return errLines.stream().filter(l -> l.contains(file)).findFirst().orElse(null);
  }

  private static void assertMessage(String file, String... fragments) {
    String line = lineAbout(file);
    assertTrue(line != null, file + " has a message: " + errLines);
    for (String f : fragments) {
      assertTrue(line.contains(f), "'" + f + "' in: " + line);
    }
    assertEquals(1, errLines.stream().filter(l -> l.contains(file + ":") || l.contains(file + " ")).count(), "one line for " + file + ": " + errLines);
  }

  @Test
  void badEncodingsNameTheByteOffset() {
    assertMessage("bad-utf8-start.txt", "error", "byte 0", "windows-1258");
    assertMessage("bad-utf8-middle.txt", "error", "byte " + badMiddleOffset);
    assertMessage("bad-utf8-end.txt", "error", "byte " + badEndOffset);
    assertMessage("windows-1258.txt", "error", "windows-1258");
  }

  @Test
  void filesThatAreNotArticlesAreSkipped() {
    assertMessage("empty.txt", "skipped", "empty");
    assertMessage("whitespace.txt", "skipped", "no text");
    assertMessage("punctuation.txt", "skipped", "no text");
    assertMessage("document.pdf", "skipped", "PDF");
    assertMessage("image.png", "skipped", "PNG");
    assertMessage("random.bin", "skipped", "binary");
    assertMessage("broken-link.txt", "skipped", "broken symbolic link");
    assertMessage("back-up", "skipped", "loop");
    if (!root) {
      assertMessage("unreadable.txt", "error", "permission denied");
    } else {
      System.out.println("running as root: the unreadable-file case cannot be produced (root reads everything)");
    }
  }

  @Test
  void jsonLinesProblemsNameTheirLine() {
    String j = "articles.jsonl";
    assertTrue(errLines.stream().anyMatch(l -> l.contains(j + ":2") && l.contains("'year'")), errLines.toString());
    assertTrue(errLines.stream().anyMatch(l -> l.contains(j + ":3") && l.contains("warning") && l.contains("'mood'")), errLines.toString());
    assertTrue(errLines.stream().anyMatch(l -> l.contains(j + ":4") && l.contains("duplicate id 'j1'")), errLines.toString());
    assertTrue(errLines.stream().anyMatch(l -> l.contains(j + ":6") && l.contains("malformed JSON")), errLines.toString());
  }

  @Test
  void everythingElseIsIndexedWithinA256MbHeapAndTheExitCodeIs2() throws Exception {
    assertEquals(2, exitCode, String.join("\n", errLines));
    for (String line : errLines) {
      assertFalse(line.startsWith("\tat ") || line.contains("Exception"), "no stack trace: " + line);
    }
    Map<String, Integer> articles = IndexChecks.paragraphsPerArticle(index);
    for (String good : List.of("utf16le-bom.txt", "utf16be-bom.txt", "utf16le-nobom.txt", "nfd.txt", "deep-unicode.txt", "long-line.txt", "million-syllables.txt")) {
      assertTrue(articles.keySet().stream().anyMatch(id -> id.endsWith(good)), good + " is indexed: " + articles.keySet());
    }
    assertTrue(articles.containsKey("j1") && articles.containsKey("j3") && articles.containsKey("j4"));
    assertTrue(articles.keySet().stream().filter(id -> id.contains("long-line.txt")).count() >= 30, "a 50 MB line is read in parts of about a million chars");
    IndexChecks.assertClean(index);
    try (VietnameseIndex idx = VietnameseIndex.openForSearch(index, Optional.empty())) {
      assertEquals(1, idx.searcher().search(SearchRequest.of("\"Đình Lập hoàn thành\"")).totalHits(), "NFD text matches an NFC query");
      var locBinh = idx.searcher().search(SearchRequest.of("\"Lộc Bình\""));
      assertEquals(1, locBinh.totalHits(), "the later j1 replaced the earlier");
      assertTrue(locBinh.hits().get(0).snippet().text().startsWith("Bản sửa"), locBinh.hits().toString());
    }
    assertTrue(stdout.contains("errors "), stdout);
  }
}
