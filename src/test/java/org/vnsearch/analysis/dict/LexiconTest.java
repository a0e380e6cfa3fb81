package org.vnsearch.analysis.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vnsearch.BadInputException;
import org.vnsearch.analysis.WordSegmenter;

class LexiconTest {
  private static Lexicon build(String text, boolean user) {
    return new LexiconBuilder(6)
        .addFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv", user)
        .build();
  }

  private static int[] ids(Lexicon lexicon, String... syllables) {
    int[] ids = new int[syllables.length];
    for (int i = 0; i < ids.length; i++) {
      char[] c = org.vnsearch.analysis.text.SyllableNormalizer.normalize(syllables[i]).toCharArray();
      ids[i] = lexicon.syllableId(c, 0, c.length);
    }
    return ids;
  }

  /** The word lengths, in syllables, of the built-in segmentation of space-separated syllables. */
  static int[] segment(Lexicon lexicon, String text) {
    String[] syllables = text.split(" ");
    int[] lengths = new int[syllables.length];
    int n = new WordSegmenter(lexicon).segment(ids(lexicon, syllables), syllables.length, lengths);
    return java.util.Arrays.copyOf(lengths, n);
  }

  @Test
  void ourFormatAndCoccocsMultitermLinesBothRead() {
    Lexicon ours = build("# comment\nngân sách\t5000\nthu\t900\nsách\t10\n", false);
    Lexicon coccoc = build("ngân sách 5000\nthu 900\nsách 10\n", false);
    assertArrayEquals(new int[] {1, 2}, segment(ours, "thu ngân sách"));
    assertArrayEquals(segment(ours, "thu ngân sách"), segment(coccoc, "thu ngân sách"));
    assertEquals(3, ours.wordCount());
  }

  @Test
  void entriesAreNormalizedLikeTheTokenizerNormalizesText() {
    Lexicon lexicon = build("Hoà Bình\t100\nUỶ BAN\t100\nngân_sách\t100\n", false);
    assertArrayEquals(new int[] {2}, segment(lexicon, "hòa bình"));
    assertArrayEquals(new int[] {2}, segment(lexicon, "ủy ban"));
    assertArrayEquals(new int[] {2}, segment(lexicon, "ngân sách"));
  }

  @Test
  void malformedLinesNameFileAndLine() {
    BadInputException e = assertThrows(BadInputException.class, () -> build("ngân sách\t5000\nthu\tnhiều\n", false));
    assertTrue(e.getMessage().startsWith("test.tsv:2: "), e.getMessage());
    e = assertThrows(BadInputException.class, () -> build("ngân sách\n", false));
    assertTrue(e.getMessage().contains("test.tsv:1") && e.getMessage().contains("word<TAB>frequency"), e.getMessage());
    assertEquals(1, build("ngân sách\n", true).wordCount(), "a user dictionary may leave out frequencies");
  }

  @Test
  void theCompiledFormRoundTrips() throws IOException {
    Lexicon lexicon = build("ngân sách\t5000\ntổng thu\t800\nthu\t900\nngân\t3\nsách\t10\nhợp tác xã\t300\n", false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lexicon.write(out);
    Lexicon read = Lexicon.read(out.toByteArray());
    for (String text : new String[] {"tổng thu ngân sách", "hợp tác xã thu ngân sách", "không có gì"}) {
      assertArrayEquals(segment(lexicon, text), segment(read, text), text);
    }
    assertEquals(lexicon.wordCount(), read.wordCount());
    assertEquals(lexicon.syllableCount(), read.syllableCount());
    assertThrows(IOException.class, () -> Lexicon.read(new byte[] {1, 2, 3, 4}));
  }

  @Test
  void theBundledLexiconIsLargeAndKnowsTheNewsVocabulary() {
    Lexicon lexicon = Lexicons.defaults();
    assertTrue(lexicon.wordCount() > 25_000, "entries: " + lexicon.wordCount());
    assertArrayEquals(new int[] {4, 1, 2}, segment(lexicon, "ủy ban nhân dân huyện chi lăng"));
    assertArrayEquals(new int[] {1, 2, 2}, segment(lexicon, "thu ngân sách nhà nước"));
  }

  @Test
  void gazetteerNamesAreWordsButTheirAbbreviatedVariantsAreNot() {
    Lexicon lexicon = Lexicons.defaults();
    assertArrayEquals(new int[] {1, 2}, segment(lexicon, "huyện krông pa"), "a name outside Vietnamese syllable rules");
    assertArrayEquals(new int[] {3}, segment(lexicon, "hồ chí minh"));
    // provinces.tsv lists "TP HCM" and "TP. HCM" as spellings of Hồ Chí Minh: each abbreviation stays a word
    assertArrayEquals(new int[] {1, 1}, segment(lexicon, "tp hcm"));
    assertArrayEquals(new int[] {1, 3}, segment(lexicon, "tp hồ chí minh"));
  }
}
