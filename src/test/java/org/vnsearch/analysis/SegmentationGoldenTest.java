package org.vnsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vnsearch.config.VnsearchConfig;

/** The golden file: sentences written for the project and their reviewed segmentation with the bundled lexicon. */
class SegmentationGoldenTest {
  @Test
  void everyGoldenSentenceSegmentsAsReviewed() throws IOException {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    LineSegmenter segmenter = new LineSegmenter(VnsearchConfig.defaults());
    try (var in = getClass().getResourceAsStream("segmentation-golden.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        cases++;
        String actual = segmenter.segment(cols[0]);
        if (!actual.equals(cols[1])) {
          failures.add("input:    " + cols[0] + "\nexpected: " + cols[1] + "\nactual:   " + actual);
        }
      }
    }
    assertTrue(cases >= 30, "golden cases: " + cases);
    assertEquals(List.of(), failures, String.join("\n\n", failures));
  }

  @Test
  void caseAndToneSpellingDoNotChangeTheSegmentation() {
    LineSegmenter segmenter = new LineSegmenter(VnsearchConfig.defaults());
    String lower = segmenter.segment("ủy ban nhân dân huyện hòa bình tổng kết công tác thu ngân sách");
    String upper = segmenter.segment("UỶ BAN NHÂN DÂN HUYỆN HOÀ BÌNH TỔNG KẾT CÔNG TÁC THU NGÂN SÁCH");
    assertEquals(lower.replace(" ", "|").replaceAll("[^|_]", ""), upper.replace(" ", "|").replaceAll("[^|_]", ""));
  }
}
