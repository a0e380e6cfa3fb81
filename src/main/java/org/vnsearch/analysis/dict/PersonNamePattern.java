package org.vnsearch.analysis.dict;

import java.util.Arrays;
import java.util.List;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * The commonest shapes of a Vietnamese person's name, which segmented Vietnamese writes as one word: family name +
 * middle name + given name ("Nguyễn Văn An", "Trần Thị Hoa"), and women's names with a second middle name after
 * "thị" ("Nguyễn Thị Kim Oanh"). No lexicon can list every name, and case must not decide segmentation, so the
 * pattern is recognised from the syllables alone: a frequent family name, then a frequent middle name, then any
 * syllable (for four syllables: "thị", a middle name, and a syllable that is not among the commonest of the
 * language). Family names that are also common words ("cao", "mai", "hà") only count before the unmistakable
 * middle names "văn" and "thị". It never applies where the lexicon already sees a word across the family name
 * ("quản lý", "vương quốc") or a common word after it ("quản lý thị trường", "đoàn công tác"): there the dictionary
 * decides. Immutable and thread-safe once built for a lexicon.
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
  /**
   * Middle names. The last twelve, from "hải" on, made 142 more names on 83,701 news paragraphs, one of them wrong
   * ("Lê Hải cho"); "tấn", "anh", "hoàng", "trung", "nguyên", "sĩ" and "viết" were measured and left out: they end
   * two-syllable names as often ("Lê Hoàng đã") or start words ("triệu tấn", "võ sỹ", "Vũ viết").
   */
  private static final List<String> MIDDLE_NAMES = List.of(
      "văn", "thị", "đức", "hữu", "công", "đình", "bá", "trọng", "quốc", "xuân", "ngọc", "thanh", "minh", "quang",
      "thu", "kim", "hồng", "thế", "duy", "tiến", "mạnh", "phương", "thành", "huy", "hoài", "khắc", "bảo", "gia",
      "tuấn", "việt", "đăng", "phúc", "nhật", "chí", "mỹ", "bích", "thúy", "diệu", "lệ", "quý", "thiện", "ánh",
      "tuyết", "diễm", "khánh", "vĩnh", "tường", "hải", "phú", "đắc", "thúc", "doãn",
      "cẩm", "thùy", "quỳnh", "ái", "tuệ", "phước", "bửu");

  private static final byte FAMILY = 1;
  private static final byte AMBIGUOUS_FAMILY = 2;
  private static final byte MIDDLE = 4;
  private static final byte CLEAR_MIDDLE = 8;
  private static final byte FEMALE_MIDDLE = 16;
  private static final byte VERY_COMMON = 32;
  /**
   * How many of the lexicon's most frequent syllables (at most a tenth of them) count as too common to end a
   * four-syllable name: they are the function words and verbs that follow a three-syllable name ("Nguyễn Thị
   * Tuyết và", "... đã"). On 200,000 news paragraphs, 300 kept 1,378 new four-syllable names, all capitalised as
   * names, against 15 that were not; 100 let 29 through, 1,000 lost half of the names.
   */
  private static final int VERY_COMMON_SYLLABLES = 300;

  /**
   * The cost (negative log share of all words) of a word at least as common as 35 per million words: only such a
   * word, made of a middle name and the next syllable, vetoes a name ("thị trường", "công tác"). A rarer one is
   * more likely a name's own tail: a commune named like a person ("Văn Bình", "Quốc Việt") or a rare word ("phúc
   * tra"). On the training split of UD Vietnamese-VTB, 10 to 100 per million score within 0.0001 of each other and
   * better than no threshold; on 83,701 news paragraphs 35 per million made 636 more names, 14 of them not
   * capitalised.
   */
  private static final float MIDDLE_WORD_VETO_COST = (float) -Math.log(35e-6);

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
    mark(lexicon, roles, List.of("thị"), FEMALE_MIDDLE);
    float[] costs = new float[roles.length];
    for (int id = 0; id < costs.length; id++) {
      costs[id] = lexicon.singleCost(id);
    }
    Arrays.sort(costs);
    int veryCommon = Math.min(VERY_COMMON_SYLLABLES, costs.length / 10);
    if (veryCommon > 0) {
      float limit = costs[veryCommon - 1];
      for (int id = 0; id < roles.length; id++) {
        if (lexicon.singleCost(id) <= limit) {
          roles[id] |= VERY_COMMON;
        }
      }
    }
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
   * Whether the three-syllable name that {@link #matchesAt} found at {@code start} goes on to a fourth syllable:
   * "thị", then a second middle name, then a given name that is not among the commonest syllables and starts no
   * word with the syllable after it ("Nguyễn Thị Kim Oanh").
   */
  public boolean hasFourthSyllable(int[] ids, int start, int end, Lexicon.Matcher matcher) {
    return start + 4 <= end
        && (roles[ids[start + 1]] & FEMALE_MIDDLE) != 0
        && ids[start + 2] >= 0
        && (roles[ids[start + 2]] & MIDDLE) != 0
        && (ids[start + 3] < 0 || (roles[ids[start + 3]] & VERY_COMMON) == 0)
        && !matcher.isWord(ids, start + 2, 2)
        && (start + 4 == end || !matcher.isWord(ids, start + 3, 2));
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
        && !(matcher.wordCost(ids, start + 1, 2) <= MIDDLE_WORD_VETO_COST)
        && (start == 0 || !matcher.isWord(ids, start - 1, 2));
  }
}
