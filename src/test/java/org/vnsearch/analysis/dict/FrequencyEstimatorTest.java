package org.vnsearch.analysis.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequencyEstimatorTest {
  /** 30 budget reports, 5 paragraphs about a shop's cashier, and one about a cashier alone. */
  private static final List<String> CORPUS = new ArrayList<>();

  static {
    CORPUS.addAll(Collections.nCopies(30, "Ước tổng thu ngân sách năm nay đạt kế hoạch."));
    CORPUS.addAll(Collections.nCopies(5, "Chị ấy làm thu ngân ở cửa hàng."));
    CORPUS.add("Thu ngân.");
  }

  private static Map<String, Long> estimate(List<String> words, int iterations, int minSyllableCount) {
    return new FrequencyEstimator(words, 6).estimate(consumer -> CORPUS.forEach(consumer), iterations, minSyllableCount);
  }

  @Test
  void theFirstPassCountsEveryOccurrenceOfEachListedWord() {
    Map<String, Long> counts = estimate(List.of("tổng thu", "thu ngân", "ngân sách", "kế hoạch"), 0, 1);
    assertEquals(30L, counts.get("tổng thu"));
    assertEquals(36L, counts.get("thu ngân"), "overlapping occurrences count too, before segmenting");
    assertEquals(30L, counts.get("ngân sách"));
  }

  @Test
  void segmentationPassesCountOnlyTheWordsOfTheBestSegmentation() {
    Map<String, Long> counts = estimate(List.of("tổng thu", "thu ngân", "ngân sách", "kế hoạch"), 2, 1);
    assertEquals(30L, counts.get("tổng thu"));
    assertEquals(30L, counts.get("ngân sách"));
    // Inside "tổng thu ngân sách" the two-word reading wins; only the cashier paragraphs keep "thu ngân".
    assertEquals(6L, counts.get("thu ngân"));
    assertEquals(30L, counts.get("kế hoạch"));
    // A syllable counts on its own only where no word covers it.
    assertEquals(30L, counts.get("ước"));
    assertFalse(counts.containsKey("ngân"), "always inside a word");
  }

  @Test
  void listedWordsTheCorpusNeverUsesGetZeroAndRareSyllablesAreLeftOut() {
    Map<String, Long> counts = estimate(List.of("Ngân_sách", "hợp tác xã"), 1, 6);
    assertEquals(30L, counts.get("ngân sách"), "spelling and underscores normalized");
    assertEquals(0L, counts.get("hợp tác xã"));
    assertEquals(30L, counts.get("ước"));
    assertFalse(counts.containsKey("chị"), "5 times on its own, under the minimum of 6");
  }
}
