package org.vnsearch.analysis.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonNamePatternTest {
  /** Common syllables alone, plus the words that must keep the pattern away. */
  private static final Lexicon LEXICON = new LexiconBuilder(6)
      .addFile(new ByteArrayInputStream(("""
          ông\t9000
          bà\t8000
          nguyễn\t3000
          trần\t2000
          văn\t2000
          thị\t3000
          quang\t900
          cao\t4000
          thắng\t800
          hạnh\t300
          cho\t20000
          biết\t9000
          quản lý\t6000
          thị trường\t5000
          đoàn\t2000
          công tác\t4000
          của\t50000
          vương quốc\t300
          anh\t9000
          văn hóa\t3000
          thanh\t2000
          cho biết\t8000
          phan\t500
          khắc\t200
          kim\t400
          oanh\t100
          dũng\t700
          bình\t600
          văn bình\t2
          phú\t300
          thúc\t100
          hào\t100
          """).getBytes(StandardCharsets.UTF_8)), "names-test.tsv", false)
      .build();

  private static int[] segment(String text) {
    return LexiconTest.segment(LEXICON, text);
  }

  @Test
  void familyMiddleAndGivenNameAreOneWordInAnyCase() {
    assertArrayEquals(new int[] {1, 3, 2}, segment("ông nguyễn văn thắng cho biết"));
    assertArrayEquals(new int[] {1, 3, 2}, segment("Ông Nguyễn Văn Thắng cho biết"));
    assertArrayEquals(new int[] {1, 3, 2}, segment("ÔNG NGUYỄN VĂN THẮNG CHO BIẾT"));
    assertArrayEquals(new int[] {1, 3}, segment("bà trần thị hạnh"));
  }

  @Test
  void lessCommonMiddleNamesCountToo() {
    assertArrayEquals(new int[] {1, 3, 2}, segment("ông phan khắc dũng cho biết"));
    assertArrayEquals(new int[] {1, 3, 2}, segment("ông trần phú hào cho biết"));
    assertArrayEquals(new int[] {1, 3, 2}, segment("ông nguyễn thúc hào cho biết"));
  }

  @Test
  void aSecondMiddleNameAfterThiMakesFourSyllables() {
    assertArrayEquals(new int[] {1, 4, 2}, segment("bà nguyễn thị kim oanh cho biết"));
    // Not when the syllable after the second middle name is one of the commonest ("của" here): "Kim" is her name.
    assertArrayEquals(new int[] {1, 3, 1, 1}, segment("bà nguyễn thị kim của ông"));
    // Nor after "văn": men's names rarely have four syllables.
    assertArrayEquals(new int[] {1, 3, 1}, segment("ông nguyễn văn kim oanh"));
  }

  @Test
  void aGivenNameOutsideTheLexiconStillCompletesTheName() {
    assertArrayEquals(new int[] {1, 3, 2}, segment("ông trần quang xyzw cho biết"));
  }

  @Test
  void lexiconWordsOverlappingThePatternWin() {
    // "lý" is a family name, but "quản lý" and "thị trường" are words.
    assertArrayEquals(new int[] {2, 2}, segment("quản lý thị trường"));
    // "đoàn" is a family name and "công" a middle name, but "công tác" is a word.
    assertArrayEquals(new int[] {1, 2, 1}, segment("đoàn công tác của"));
    // "vương quốc" is a word, not "Vương" + "Quốc".
    assertArrayEquals(new int[] {2, 1}, segment("vương quốc anh"));
  }

  @Test
  void aRareWordOfTheMiddleAndGivenNameDoesNotStopTheName() {
    // "Văn Bình" is the name of a commune, far rarer than the names that end with it.
    assertArrayEquals(new int[] {1, 3, 2}, segment("ông trần văn bình cho biết"));
    // Where no family name comes first, the commune stays one word.
    assertArrayEquals(new int[] {1, 2}, segment("ông văn bình"));
  }

  @Test
  void familyNamesThatAreEverydayWordsNeedAnUnmistakableMiddleName() {
    // "cao" (high) before "thanh" stays apart; before "văn" it starts a name.
    assertArrayEquals(new int[] {1, 1, 1}, segment("cao thanh thắng"));
    assertArrayEquals(new int[] {3}, segment("cao văn thắng"));
  }
}
