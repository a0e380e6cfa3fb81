package org.vnsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The segment command's line format, on a small lexicon so that only the formatting rules are under test. */
class LineSegmenterTest {
  private final LineSegmenter segmenter = new LineSegmenter(TestLexicons.small());

  @Test
  void wordsJoinWithUnderscoresAndPunctuationStandsApart() {
    assertEquals("Ước tổng_thu ngân_sách , đạt 72% .", segmenter.segment("Ước tổng thu ngân sách, đạt 72%."));
  }

  @Test
  void aMarkInsideATokenWithoutSpacesKeepsTheTokenWhole() {
    assertEquals("GD-ĐT", segmenter.segment("GD-ĐT"));
    assertEquals("học TP.HCM và knock-out , 43H-016 km/h M’Nông", segmenter.segment("học TP.HCM và knock-out, 43H-016 km/h M’Nông"));
  }

  @Test
  void aMarkWithASpaceOnEitherSideStaysItsOwnToken() {
    assertEquals("kinh_tế - xã_hội", segmenter.segment("kinh tế - xã hội"));
    assertEquals("kinh_tế - xã_hội", segmenter.segment("kinh tế -xã hội"));
    assertEquals("thu - , học .", segmenter.segment("thu -, học."));
  }

  @Test
  void anAbbreviationKeepsItsPeriodButTheSentenceEndDoesNot() {
    assertEquals("TP. ngân_sách .", segmenter.segment("TP. ngân sách."));
    assertEquals("đạt 72% .", segmenter.segment("đạt 72%."));
  }
}
