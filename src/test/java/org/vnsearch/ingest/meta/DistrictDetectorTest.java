package org.vnsearch.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.IngestResources;

class DistrictDetectorTest {
  private final DistrictDetector detector = IngestResources.forConfig(VnsearchConfig.defaults()).districts();

  private DistrictDetector.Decision decide(String... paragraphs) {
    List<DistrictDetector.Mention> all = new ArrayList<>();
    for (String p : paragraphs) {
      all.addAll(detector.mentions(TextTokens.of(p)));
    }
    return detector.decide(all);
  }

  @Test
  void aDistrictAfterItsTypeWordInAnyToneSpelling() {
    DistrictDetector.Decision d = decide("Ngày 8/7, Huyện uỷ Chiêm Hoá tổ chức hội nghị sơ kết.");
    assertEquals("Chiêm Hóa (Tuyên Quang)", d.districtLabel());
    assertEquals("Tuyên Quang", d.province().name());
  }

  @Test
  void theNameMustBeCapitalized() {
    assertNull(decide("Các cấp ủy cần đoàn kết, thống nhất cao trong lãnh đạo, chỉ đạo.").districtLabel());
    assertEquals(
        "Thống Nhất (Đồng Nai)",
        decide("Bí thư Huyện ủy Thống Nhất chủ trì hội nghị.", "Các cấp ủy cần đoàn kết, thống nhất.").districtLabel());
  }

  @Test
  void aSharedNameIsDecidedByThePlacesTheArticleNames() {
    DistrictDetector.Decision d = decide("Huyện Phú Tân tổng kết năm.", "Thị trấn Cái Đôi Vàm đạt chuẩn văn minh đô thị.");
    assertEquals("Phú Tân (Cà Mau)", d.districtLabel());
    d = decide("Huyện Phú Tân tổng kết năm.", "Thị trấn Chợ Vàm được đầu tư chỉnh trang.");
    assertEquals("Phú Tân (An Giang)", d.districtLabel());
  }

  @Test
  void aSharedNameIsDecidedByTheProvinceTheArticleNames() {
    assertEquals(
        "Châu Thành (Tiền Giang)",
        decide("Huyện Châu Thành, tỉnh Tiền Giang tổng kết năm 2023.").districtLabel());
  }

  @Test
  void withoutEvidenceTheProvinceStaysEmpty() {
    DistrictDetector.Decision d = decide("Huyện Phú Tân tổng kết công tác năm.");
    assertEquals("Phú Tân", d.districtName());
    assertNull(d.province());
    assertEquals("Phú Tân (?)", d.districtLabel());
  }

  @Test
  void theTypeWordChoosesBetweenACityAndADistrictOfOneName() {
    String city = decide("Thành phố Cao Lãnh, tỉnh Đồng Tháp đón nhận danh hiệu.").districtLabel();
    String district = decide("Huyện Cao Lãnh, tỉnh Đồng Tháp tổng kết năm.").districtLabel();
    assertTrue(city.contains("thành phố"), city);
    assertTrue(district.contains("huyện") && !district.equals(city), district);
  }

  @Test
  void theMostMentionedDistrictWinsAndOthersAreListedPerParagraph() {
    List<DistrictDetector.Mention> p1 = detector.mentions(TextTokens.of("Huyện Chi Lăng tổng kết năm 2023."));
    List<DistrictDetector.Mention> p2 =
        detector.mentions(TextTokens.of("Huyện Chi Lăng phối hợp với huyện Hữu Lũng xây dựng tuyến đường."));
    List<DistrictDetector.Mention> all = new ArrayList<>(p1);
    all.addAll(p2);
    assertEquals("Chi Lăng (Lạng Sơn)", detector.decide(all).districtLabel());
    assertEquals(List.of("Chi Lăng (Lạng Sơn)", "Hữu Lũng (Lạng Sơn)"), detector.mentionedDistricts(p2, all));
  }

  @Test
  void provinceAloneWhenNoDistrictIsNamed() {
    DistrictDetector.Decision d = decide("Tỉnh ủy Cà Mau tổ chức hội nghị.");
    assertNull(d.districtLabel());
    assertEquals("Cà Mau", d.province().name());
  }
}
