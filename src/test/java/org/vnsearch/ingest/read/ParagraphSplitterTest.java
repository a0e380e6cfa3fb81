package org.vnsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vnsearch.ingest.read.ParagraphSplitter.RawParagraph;

class ParagraphSplitterTest {
  private static final Set<String> NAMES = Set.of("chi lăng", "phú tân");

  static List<RawParagraph> split(String text) {
    List<RawParagraph> out = new ArrayList<>();
    ParagraphSplitter splitter =
        new ParagraphSplitter(NAMES::contains, line -> line.equalsIgnoreCase("Tag:") || line.equals("09:15 20/12/2023"), out::add);
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      splitter.accept(new LineReader.Piece(line, offset, true));
      offset += line.length() + 1;
    }
    splitter.finish();
    return out;
  }

  static List<String> texts(String text) {
    return split(text).stream().map(RawParagraph::text).toList();
  }

  @Test
  void hardWrappedLinesJoinUntilASentenceEndsBeforeACapital() {
    String text =
        """
        Năm nay huyện đã kết
        nạp 120 đảng viên mới, đạt chỉ tiêu đề
        ra. Công tác kiểm tra được chú trọng.
        Tổng thu ngân sách ước đạt 300 tỷ đồng, bằng
        105% dự toán.""";
    assertEquals(
        List.of(
            "Năm nay huyện đã kết nạp 120 đảng viên mới, đạt chỉ tiêu đề ra. Công tác kiểm tra được chú trọng.",
            "Tổng thu ngân sách ước đạt 300 tỷ đồng, bằng 105% dự toán."),
        texts(text));
  }

  @Test
  void blankLinesAlwaysSeparate() {
    assertEquals(List.of("Một câu chưa", "xong"), texts("Một câu chưa\n\nxong"));
    assertEquals(List.of("A.", "B."), texts("A.\n \u00A0\n\u200BB."));
  }

  @Test
  void capitalsThatVietnameseWritesMidSentenceDoNotStartAParagraph() {
    // "Đảng", "Nhân dân", "Huyện ủy", proper names continue the sentence after a wrap
    assertEquals(
        List.of("Công tác xây dựng Đảng được chú trọng."),
        texts("Công tác xây dựng\nĐảng được chú trọng."));
    assertEquals(
        List.of("Bí thư Huyện ủy huyện Chi Lăng chủ trì hội nghị."),
        texts("Bí thư Huyện ủy huyện\nChi Lăng chủ trì hội nghị."));
    assertEquals(
        List.of("Đồng chí Nguyễn Văn An phát biểu."),
        texts("Đồng chí Nguyễn Văn\nAn phát biểu."));
  }

  @Test
  void aCaptionLineWithoutPunctuationEndsBeforeACapitalizedCommonWord() {
    assertEquals(
        List.of("Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị", "Tăng cường đổi mới phương pháp lãnh đạo."),
        texts("Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị\nTăng cường đổi\nmới phương pháp lãnh đạo."));
  }

  @Test
  void listItemsStartParagraphs() {
    assertEquals(
        List.of("Nhiệm vụ năm tới gồm:", "1. Tăng thu ngân sách;", "2. Giải ngân vốn đầu tư công."),
        texts("Nhiệm vụ năm tới gồm:\n1. Tăng thu ngân sách;\n2. Giải ngân vốn đầu tư công."));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("Đoàn công tác của TP. Hồ Chí Minh đã đến."), texts("Đoàn công tác của TP.\nHồ Chí Minh đã đến."));
  }

  @Test
  void standaloneLinesAreNeverJoined() {
    assertEquals(List.of("Phương Linh", "Tag:", "BAN"), texts("Phương Linh\nTag:\nBAN"));
    assertEquals(List.of("Tiêu đề", "09:15 20/12/2023", "Nội dung."), texts("Tiêu đề\n09:15 20/12/2023\nNội dung."));
  }

  @Test
  void offsetsPointAtTheParagraphInTheSource() {
    String text = "  Dòng một\ncòn tiếp.\n\nĐoạn hai.  ";
    List<RawParagraph> ps = split(text);
    assertEquals(2, ps.size());
    assertEquals("Dòng một", text.substring((int) ps.get(0).start(), (int) ps.get(0).start() + 8));
    assertEquals("tiếp.", text.substring((int) ps.get(0).end() - 5, (int) ps.get(0).end()));
    assertEquals("Đoạn hai.", text.substring((int) ps.get(1).start(), (int) ps.get(1).end()));
  }

  @Test
  void whitespaceIsCollapsedAndTextIsNfc() {
    String nfd = java.text.Normalizer.normalize("Hòa  bình", java.text.Normalizer.Form.NFD);
    assertEquals(List.of("Hòa bình"), texts(nfd));
  }

  @Test
  void endlessParagraphsAreCutAtSentenceEnds() {
    StringBuilder line = new StringBuilder();
    while (line.length() < ParagraphSplitter.MAX_PARAGRAPH_CHARS * 3) {
      line.append("Huyện tăng thu ngân sách năm nay. ");
    }
    List<String> ps = texts(line.toString());
    assertTrue(ps.size() >= 3, "cut into several paragraphs");
    for (String p : ps) {
      assertTrue(p.length() <= ParagraphSplitter.MAX_PARAGRAPH_CHARS);
      assertTrue(p.startsWith("Huyện"), "each part starts at a sentence: " + p.substring(0, 20));
      assertTrue(p.endsWith("."));
    }
  }

  @Test
  void endsSentenceKnowsInitialsAndEllipses() {
    assertTrue(ParagraphSplitter.endsSentence("đạt chỉ tiêu đề ra..."));
    assertTrue(ParagraphSplitter.endsSentence("“đoàn kết - kỷ cương”."));
    assertTrue(!ParagraphSplitter.endsSentence("Nguyễn V."));
    assertTrue(!ParagraphSplitter.endsSentence("tỷ lệ đạt"));
  }
}
