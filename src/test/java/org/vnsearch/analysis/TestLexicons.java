package org.vnsearch.analysis;

import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.dict.LexiconBuilder;

/** Small hand-made lexicons, so that tokenizer tests do not change whenever the bundled lexicon grows. */
public final class TestLexicons {
  private TestLexicons() {}

  /** A few words with frequencies chosen so that the segmentations asserted in the tests are the best ones. */
  public static Lexicon small() {
    LexiconBuilder b = new LexiconBuilder(6);
    String[][] entries = {
      {"ngân sách", "5000"}, {"tổng thu", "800"}, {"học sinh", "4000"}, {"sinh viên", "3000"},
      {"đại học", "3000"}, {"hòa bình", "2000"}, {"kinh tế", "6000"}, {"xã hội", "6000"},
      {"ủy ban", "3000"}, {"nhân dân", "5000"}, {"tỷ đồng", "3000"}, {"hội nghị", "4000"},
      {"ước", "900"}, {"tổng", "1500"}, {"thu", "20000"}, {"ngân", "100"}, {"sách", "3000"},
      {"học", "8000"}, {"sinh", "2000"}, {"giỏi", "1000"}, {"đại", "500"}, {"viên", "400"},
      {"là", "90000"}, {"trên", "20000"}, {"tỷ", "8000"}, {"đồng", "9000"}, {"thủy", "300"},
      {"Chiêm Hóa", "50"}, {"khỏe", "800"}, {"sức khỏe", "2500"}
    };
    for (String[] e : entries) {
      b.add(e[0], Double.parseDouble(e[1]));
    }
    return b.build();
  }
}
