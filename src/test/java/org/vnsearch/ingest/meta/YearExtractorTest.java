package org.vnsearch.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YearExtractorTest {
  @Test
  void yearsMentioned() {
    assertEquals(
        Set.of(2020, 2023, 2024, 2025),
        YearExtractor.yearsMentioned(TextTokens.of("Kết quả năm 2023, kế hoạch 2024, nhiệm kỳ 2020 - 2025.")));
    assertEquals(Set.of(2021, 2025), YearExtractor.yearsMentioned(TextTokens.of("giai đoạn 2021-2025")));
    assertEquals(Set.of(2023), YearExtractor.yearsMentioned(TextTokens.of("Ngày 15/12/2023")));
    // quantities are not years
    assertEquals(Set.of(), YearExtractor.yearsMentioned(TextTokens.of("trồng 2023 ha rừng, thu 2.024 tỷ đồng, 1999 hộ")));
  }

  @Test
  void datesFromDatelinesAndSentences() {
    assertEquals(LocalDate.of(2023, 12, 15), YearExtractor.dateOf(TextTokens.of("15:51 15/12/2023")));
    assertEquals(LocalDate.of(2024, 7, 8), YearExtractor.dateOf(TextTokens.of("Ngày 08/7/2024, Huyện ủy họp.")));
    assertEquals(LocalDate.of(2024, 3, 5), YearExtractor.dateOf(TextTokens.of("ngày 5 tháng 3 năm 2024")));
    assertNull(YearExtractor.dateOf(TextTokens.of("Ngày 17/12, Ban Chấp hành họp.")));
    assertNull(YearExtractor.dateOf(TextTokens.of("ngày 31/02/2024")));
  }

  @Test
  void theReportedYearIsTheOneOfResultsNotOfPlans() {
    YearExtractor.Votes votes = new YearExtractor.Votes();
    for (String p : List.of(
        "Ngày 17/12, hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023; phương hướng nhiệm vụ năm 2024.",
        "Trong năm 2023, tổng thu ngân sách ước đạt 300 tỷ đồng.",
        "Mục tiêu năm 2024 là tăng trưởng 8%, phấn đấu năm 2024 thu ngân sách tăng 5%.",
        "Nhiệm kỳ 2020 - 2025 đã qua 3 năm.")) {
      votes.add(TextTokens.of(p));
    }
    assertEquals(2023, votes.reportedYear());
  }

  @Test
  void noYearNoVote() {
    YearExtractor.Votes votes = new YearExtractor.Votes();
    votes.add(TextTokens.of("Huyện tổ chức hội nghị."));
    assertNull(votes.reportedYear());
  }
}
