package org.vnsearch.analysis.dict;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnsearch.analysis.text.SyllableNormalizer;

class SegmentationConventionsTest {
  private static boolean splits(String word) {
    return SegmentationConventions.splits(List.of(word.split(" ")).stream().map(SyllableNormalizer::normalize).toList());
  }

  @Test
  void aVerbAndItsDirectionalComplementAreTwoWords() {
    for (String w : List.of("đưa ra", "xảy ra", "nhìn lên", "dừng lại")) {
      assertTrue(splits(w), w);
    }
  }

  @Test
  void motionVerbsAndWordsWhoseDirectionalIsNoDirectionStayWhole() {
    for (String w : List.of("ra vào", "đi lại", "trở về", "trở lại", "thông qua", "ngoài ra", "ngược lại", "thực ra",
        "lối vào", "đầu ra", "vụng về", "giàu sang", "ỷ lại")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void causativeChoBeforeAVerbOfKnowingOrSaying() {
    for (String w : List.of("cho biết", "cho rằng", "cho thấy", "cho hay")) {
      assertTrue(splits(w), w);
    }
    for (String w : List.of("cho phép", "cho nên", "cho dù")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void toneSpellingDoesNotMatter() {
    assertFalse(splits("hoá ra"));
    assertFalse(splits("hóa ra"));
  }

  @Test
  void ordinalsDemonstrativesPositionsLanguagesAndQuantifiers() {
    for (String w : List.of("thứ hai", "sau đó", "năm nay", "bên trong", "miền Trung", "tiếng Việt", "mọi người")) {
      assertTrue(splits(w), w);
    }
    assertFalse(splits("ngân sách"));
    assertFalse(splits("ủy ban nhân dân"), "only two-syllable words");
  }

  @Test
  void perceptionReciprocalMomentAndTimeWords() {
    for (String w : List.of("nhìn thấy", "nghe thấy", "gần đây", "khác nhau", "cùng nhau", "trong khi", "có lúc",
        "buổi sáng", "hằng ngày", "hàng năm", "hàng chục", "cuối năm", "đầu tháng", "giữa trưa", "trưa nay", "cô gái", "con trai")) {
      assertTrue(splits(w), w);
    }
    for (String w : List.of("cảm thấy", "khi nào", "lúc nãy", "buổi học", "hàng hóa", "hàng xóm", "cuối cùng", "đầu tiên", "con người", "bạn gái",
        "con gái", "sau này", "giờ đây")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void comparisonsWithNhuAndVoiAreTwoWordsButAdverbsMadeWithThemAreOne() {
    for (String w : List.of("giống như", "gần như", "cũng như", "như thế", "so với", "cùng với")) {
      assertTrue(splits(w), w);
    }
    for (String w : List.of("dường như", "hầu như", "hình như", "nếu như", "giá như", "coi như", "đối với", "như vậy")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void aClassifierBeforeANounOfItsOwn() {
    assertTrue(splits("người dân"));
    assertTrue(splits("con đường"));
    assertTrue(splits("trận đấu"));
    assertTrue(splits("bữa ăn"));
    for (String w : List.of("người ta", "người nhà", "con người", "con số", "trận địa", "niềm nở", "tấm lòng")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void aVerbAndItsObjectAreTwoWordsButCompoundsStayWhole() {
    for (String w : List.of("lấy chồng", "vay vốn", "gọi điện", "giảm giá", "đi bộ", "hút thuốc", "cho vay", "đứng dậy")) {
      assertTrue(splits(w), w);
    }
    for (String w : List.of("trả lời", "làm việc", "nâng cấp", "giảm thiểu", "mua sắm", "đặt hàng", "tiếp theo", "nổi dậy")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void anEdgeOrFootAndWhatItBelongsToAndCrossroads() {
    for (String w : List.of("bờ sông", "bờ biển", "bờ vực", "chân núi", "ngã ba", "ngã tư")) {
      assertTrue(splits(w), w);
    }
    for (String w : List.of("bờ cõi", "bờ rào", "chân thành", "chân dung", "ngã giá")) {
      assertFalse(splits(w), w);
    }
  }

  @Test
  void howEarlyOrLateAndTheCountryAsAWhole() {
    for (String w : List.of("sáng sớm", "đêm khuya", "cả nước", "trong nước")) {
      assertTrue(splits(w), w);
    }
    for (String w : List.of("sớm muộn", "thức khuya", "phiền muộn", "nhà nước", "cả gan", "trong sạch")) {
      assertFalse(splits(w), w);
    }
  }
}
