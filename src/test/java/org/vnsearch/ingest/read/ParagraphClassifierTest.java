package org.vnsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.config.ConfigException;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.ParagraphKind;

class ParagraphClassifierTest {
  private final ParagraphClassifier classifier =
      ParagraphClassifier.load(VnsearchConfig.defaults().source(), VnsearchConfig.defaults().ingest().boilerplate());

  @Test
  void boilerplateFromTheConfiguredListAnyCaseAndToneSpelling() {
    for (String s : List.of("Sign In", "Tag:", "File đính kèm", "Tin cùng chuyên mục", "BAN BIÊN TẬPcg", "Ban biên tập", "Chia sẻ", "***", "© 2024 Báo X")) {
      assertTrue(classifier.isBoilerplate(s), s);
    }
    assertFalse(classifier.isBoilerplate("Chia sẻ kinh nghiệm giảm nghèo của các xã vùng cao là nội dung chính của hội thảo năm nay."));
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFirstEntryAndABadPatternNamesItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ok.txt"), "\uFEFFXem thêm\n# comment\nre:^Nguồn:", StandardCharsets.UTF_8);
    ParagraphClassifier custom = ParagraphClassifier.load(ConfigSource.directory(dir), "ok.txt");
    assertTrue(custom.isBoilerplate("xem thêm"));
    assertTrue(custom.isBoilerplate("Nguồn: báo địa phương"));
    assertFalse(custom.isBoilerplate("Sign In"), "only the configured list counts");

    Files.writeString(dir.resolve("bad.txt"), "Xem thêm\n\nre:(unclosed\n", StandardCharsets.UTF_8);
    ConfigException e =
        assertThrows(ConfigException.class, () -> ParagraphClassifier.load(ConfigSource.directory(dir), "bad.txt"));
    assertTrue(e.getMessage().contains("bad.txt:3"), e.getMessage());
    assertTrue(e.getMessage().contains("bad regular expression"), e.getMessage());
  }

  @Test
  void datelines() {
    for (String s : List.of("15:51 15/12/2023", "Thứ Sáu, 15/12/2023 - 10:20", "Cập nhật: 09:15 20/12/2023 GMT+7")) {
      assertTrue(ParagraphClassifier.isDateline(s), s);
    }
    assertFalse(ParagraphClassifier.isDateline("Ngày 15/12/2023, Huyện ủy tổ chức hội nghị."));
  }

  @Test
  void captions() {
    for (String s : List.of(
        "Ảnh: Quang cảnh Hội nghị",
        "Toàn cảnh Hội nghị.",
        "Các đại biểu tham dự Hội nghị.",
        "Đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị",
        "Đồng chí Trần Văn Bình phát biểu tại kỳ họp (Ảnh: Minh Khôi)")) {
      assertTrue(ParagraphClassifier.isCaption(s), s);
    }
    for (String s : List.of(
        "Đồng chí Bí thư đề nghị các xã tập trung thu ngân sách. Các ngành phối hợp chặt chẽ.",
        "Năm 2023, tổng thu ngân sách đạt 300 tỷ đồng.",
        "Tại hội nghị, các đại biểu đã thảo luận sôi nổi.")) {
      assertFalse(ParagraphClassifier.isCaption(s), s);
    }
  }

  @Test
  void bylines() {
    for (String s : List.of("Tiến Thụ", "THANH MAI - THANH CƯƠNG", "Tin, ảnh: Tuấn Bình", "Thế Anh / Ảnh: Bàn Thanh", "Nguồn: Báo Cà Mau")) {
      assertTrue(ParagraphClassifier.isBylineLike(s), s);
    }
    for (String s : List.of("Ảnh: Quang cảnh hội nghị", "Năm 2024", "Kinh tế tiếp tục phát triển")) {
      assertFalse(ParagraphClassifier.isBylineLike(s), s);
    }
  }

  @Test
  void anArticleIsClassifiedByTextAndPlace() {
    List<String> paragraphs = List.of(
        "Sign In",
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15",
        "09:15 20/12/2023",
        "Ngày 20/12/2023, Huyện ủy tổ chức hội nghị tổng kết năm. Tổng thu ngân sách đạt 300 tỷ đồng.",
        "Toàn cảnh hội nghị.",
        "Hội nghị thống nhất các chỉ tiêu năm 2024.",
        "Minh Khôi",
        "Tag:");
    assertEquals(
        List.of(ParagraphKind.BOILERPLATE, ParagraphKind.TITLE, ParagraphKind.DATELINE, ParagraphKind.BODY,
            ParagraphKind.CAPTION, ParagraphKind.BODY, ParagraphKind.BYLINE, ParagraphKind.BOILERPLATE),
        classifier.classify(paragraphs, false));
  }

  @Test
  void anArticleThatStartsInTheMiddleHasNoTitle() {
    assertEquals(
        List.of(ParagraphKind.BODY, ParagraphKind.BODY),
        classifier.classify(List.of("Công tác xây dựng Đảng được chú trọng. Huyện kết nạp 130 đảng viên.", "Kinh tế tăng trưởng khá"), false));
  }
}
