package org.vnsearch.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnsearch.analysis.Synonyms;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.IngestResources;

class TopicClassifierTest {
  private static final Synonyms SYNONYMS =
      Synonyms.parse(new ByteArrayInputStream("BHYT, bảo hiểm y tế\n".getBytes(StandardCharsets.UTF_8)), "test");

  private static final TopicClassifier SMALL =
      new TopicClassifier(
          List.of(
              new Topic("ngan-sach", "Ngân sách", List.of(new Topic.KeyPhrase("thu ngân sách", 5), new Topic.KeyPhrase("thuế", 1))),
              new Topic("y-te", "Y tế", List.of(new Topic.KeyPhrase("bảo hiểm y tế", 4), new Topic.KeyPhrase("khỏe", 2)))),
          SYNONYMS,
          4);

  @Test
  void weightsAddUpToTheThreshold() {
    assertEquals(List.of("ngan-sach"), SMALL.classify(TextTokens.of("Tổng thu ngân sách đạt 300 tỷ đồng.")));
    assertEquals(List.of(), SMALL.classify(TextTokens.of("Nợ thuế giảm, thuế thu nhập tăng.")), "a weak phrase counts once");
  }

  @Test
  void acronymsToneSpellingAndMissingDiacriticsMatch() {
    assertEquals(List.of("y-te"), SMALL.classify(TextTokens.of("Tỷ lệ tham gia BHYT đạt 95%.")));
    assertEquals(List.of("y-te"), SMALL.classify(TextTokens.of("Người dân tham gia bảo hiểm y tế, sức khoẻ tốt hơn.")));
    assertEquals(List.of("ngan-sach"), SMALL.classify(TextTokens.of("Tong thu ngan sach nam nay dat ke hoach")));
  }

  @Test
  void phrasesDoNotSpanPunctuation() {
    assertEquals(List.of(), SMALL.classify(TextTokens.of("Mùa thu, ngân sách hạn hẹp.")));
  }

  @Test
  void theBundledTaxonomyHasTheNineTopics() {
    TopicClassifier bundled = IngestResources.forConfig(VnsearchConfig.defaults()).topics();
    List<String> ids = bundled.topics().stream().map(Topic::id).toList();
    assertEquals(
        List.of("ngan-sach", "kinh-te", "nong-nghiep", "dau-tu-ha-tang", "dat-dai-moi-truong", "van-hoa-xa-hoi",
            "quoc-phong-an-ninh", "xay-dung-dang", "cai-cach-hanh-chinh"),
        ids);
    assertTrue(bundled.classify(TextTokens.of("Thu ngân sách nhà nước trên địa bàn đạt 120% dự toán.")).contains("ngan-sach"));
    assertFalse(bundled.classify(TextTokens.of("Huyện tổ chức hội nghị.")).contains("ngan-sach"));
  }
}
