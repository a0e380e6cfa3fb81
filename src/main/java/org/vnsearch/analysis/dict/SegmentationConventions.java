package org.vnsearch.analysis.dict;

import java.util.List;
import java.util.Set;

/**
 * Word-segmentation conventions of the VLSP guidelines that a dictionary does not encode: some two-syllable
 * sequences that dictionaries list are two words in segmented Vietnamese text. The lexicon estimator leaves such
 * entries out, so the segmenter splits them; phrase search is not affected (every syllable is indexed).
 *
 * <ul>
 *   <li>a verb and its directional complement: "đưa ra", "trở về", "nhìn lên" (but "ra vào", "đi lại", and "qua",
 *       which forms words: "thông qua", "trải qua");
 *   <li>ordinals: "thứ hai", "thứ nhất";
 *   <li>a noun and a demonstrative: "sau đó", "lúc này", "khi ấy", "năm nay";
 *   <li>a position word and a direction: "bên trong", "phía trước";
 *   <li>"tiếng" and a language: "tiếng Việt", "tiếng Anh";
 *   <li>a quantifier and a noun: "mọi người", "các nước", "từng bước".
 * </ul>
 */
public final class SegmentationConventions {
  private static final Set<String> DIRECTIONALS = Set.of("ra", "vào", "lên", "xuống", "về", "lại", "sang", "tới", "đến");
  private static final Set<String> MOTION = Set.of("ra", "vào", "lên", "xuống", "về", "lại", "qua", "sang", "tới", "đến", "đi", "lui");
  private static final Set<String> ORDINALS = Set.of("nhất", "nhì", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");
  private static final Set<String> DEMONSTRATIVES = Set.of("đó", "này", "kia", "ấy");
  private static final Set<String> TIME_NOUNS = Set.of("năm", "tháng", "tuần", "ngày", "đêm", "sáng", "chiều", "tối");
  private static final Set<String> POSITIONS = Set.of("trong", "ngoài", "trên", "dưới", "cạnh", "trái", "phải", "trước", "sau", "kia");
  private static final Set<String> LANGUAGES = Set.of("việt", "anh", "pháp", "nga", "trung", "hoa", "nhật", "hàn", "đức", "ý", "lào", "thái", "tây");
  private static final Set<String> QUANTIFIERS = Set.of("mọi", "các", "những", "mỗi", "từng");

  private SegmentationConventions() {}

  /** Whether a word (normalized syllables) is two words by these conventions. */
  public static boolean splits(List<String> syllables) {
    if (syllables.size() != 2) {
      return false;
    }
    String a = syllables.get(0);
    String b = syllables.get(1);
    return (DIRECTIONALS.contains(b) && !MOTION.contains(a))
        || (a.equals("thứ") && ORDINALS.contains(b))
        || DEMONSTRATIVES.contains(b)
        || (b.equals("nay") && TIME_NOUNS.contains(a))
        || ((a.equals("bên") || a.equals("phía")) && POSITIONS.contains(b))
        || (a.equals("tiếng") && LANGUAGES.contains(b))
        || QUANTIFIERS.contains(a);
  }
}
