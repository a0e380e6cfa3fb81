package org.vnsearch.analysis.dict;

import java.util.List;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * The commonest shape of a Vietnamese person's name, family name + middle name + given name ("Nguyễn Văn An",
 * "Trần Thị Hoa"), which segmented Vietnamese writes as one word. No lexicon can list every name, and case must not
 * decide segmentation, so the pattern is recognised from the syllables alone: a frequent family name, then a
 * frequent middle name, then any syllable. Family names that are also common words ("cao", "mai", "hà") only count
 * before the unmistakable middle names "văn" and "thị". It never applies where the lexicon already sees a word in
 * the three syllables or across the family name ("quản lý thị trường", "đoàn công tác", "vương quốc"): there the
 * dictionary decides. Immutable and thread-safe once built for a lexicon.
 */
public final class PersonNamePattern {
  private static final List<String> FAMILY_NAMES = List.of(
      "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương",
      "đinh", "trịnh", "đoàn", "lương", "trương", "quách", "triệu", "vương", "đàm", "khổng", "hứa", "diệp", "lưu",
      "lã", "tạ", "kiều");
  /** Family names that are also everyday words. */
  private static final List<String> AMBIGUOUS_FAMILY_NAMES = List.of(
      "hồ", "lý", "cao", "mai", "hà", "tô", "la", "thái", "lâm", "chu", "giang", "lò", "thân", "lục", "mạc", "âu",
      "châu", "tăng", "nông");
  private static final List<String> CLEAR_MIDDLE_NAMES = List.of("văn", "thị");
  private static final List<String> MIDDLE_NAMES = List.of(
      "văn", "thị", "đức", "hữu", "công", "đình", "bá", "trọng", "quốc", "xuân", "ngọc", "thanh", "minh", "quang",
      "thu", "kim", "hồng", "thế", "duy", "tiến", "mạnh", "phương", "thành", "huy", "hoài", "khắc", "bảo", "gia",
      "tuấn", "việt", "đăng", "phúc", "nhật", "chí", "mỹ", "bích", "thúy", "diệu", "lệ", "quý", "thiện", "ánh",
      "tuyết", "diễm", "khánh", "vĩnh", "tường");

  private static final byte FAMILY = 1;
  private static final byte AMBIGUOUS_FAMILY = 2;
  private static final byte MIDDLE = 4;
  private static final byte CLEAR_MIDDLE = 8;

  /** Per syllable id, which roles the syllable can play. */
  private final byte[] roles;

  private PersonNamePattern(byte[] roles) {
    this.roles = roles;
  }

  public static PersonNamePattern forLexicon(Lexicon lexicon) {
    byte[] roles = new byte[lexicon.syllableCount()];
    mark(lexicon, roles, FAMILY_NAMES, FAMILY);
    mark(lexicon, roles, AMBIGUOUS_FAMILY_NAMES, AMBIGUOUS_FAMILY);
    mark(lexicon, roles, MIDDLE_NAMES, MIDDLE);
    mark(lexicon, roles, CLEAR_MIDDLE_NAMES, CLEAR_MIDDLE);
    return new PersonNamePattern(roles);
  }

  private static void mark(Lexicon lexicon, byte[] roles, List<String> syllables, byte role) {
    for (String syllable : syllables) {
      char[] chars = SyllableNormalizer.normalize(syllable).toCharArray();
      int id = lexicon.syllableId(chars, 0, chars.length);
      if (id >= 0) {
        roles[id] |= role;
      }
    }
  }

  /**
   * Whether {@code ids[start, start + 3)} (syllable ids of a run ending at {@code end}) is a person's name by
   * this pattern and no lexicon word overlaps it ({@code matcher} belongs to the same lexicon).
   */
  public boolean matchesAt(int[] ids, int start, int end, Lexicon.Matcher matcher) {
    if (start + 3 > end || ids[start] < 0 || ids[start + 1] < 0) {
      return false;
    }
    byte family = roles[ids[start]];
    byte middle = roles[ids[start + 1]];
    boolean shape = ((family & FAMILY) != 0 && (middle & MIDDLE) != 0)
        || ((family & AMBIGUOUS_FAMILY) != 0 && (middle & CLEAR_MIDDLE) != 0);
    return shape
        && !matcher.isWord(ids, start, 2)
        && !matcher.isWord(ids, start + 1, 2)
        && (start == 0 || !matcher.isWord(ids, start - 1, 2));
  }
}
