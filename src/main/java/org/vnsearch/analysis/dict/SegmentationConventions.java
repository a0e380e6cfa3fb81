package org.vnsearch.analysis.dict;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * Word-segmentation conventions of the VLSP guidelines that a dictionary does not encode: some two-syllable
 * sequences that dictionaries list are two words in segmented Vietnamese text. The lexicon estimator leaves such
 * entries out, so the segmenter splits them; phrase search is not affected (every syllable is indexed).
 *
 * <ul>
 *   <li>a verb and its directional complement: "đưa ra", "xảy ra", "nhìn lên" (but a motion verb and a direction
 *       are one word: "ra vào", "đi lại", "trở về"; so is "qua", which forms words: "thông qua", "trải qua"; and so
 *       are words whose second syllable is no direction there: "ngoài ra", "lối vào", "vụng về");
 *   <li>causative "cho" and a verb of knowing or saying: "cho biết", "cho rằng", "cho thấy", "cho hay";
 *   <li>ordinals: "thứ hai", "thứ nhất";
 *   <li>a perception verb and its result "thấy": "nhìn thấy", "nghe thấy" (but "cảm thấy", to feel, is one word);
 *   <li>a noun and a demonstrative: "sau đó", "lúc này", "khi ấy", "gần đây", "năm nay" (but the time adverbs
 *       "sau này", later, and "giờ đây", now, are words);
 *   <li>the reciprocal pronoun "nhau" after its verb: "khác nhau", "cùng nhau", "lẫn nhau";
 *   <li>"khi"/"lúc" (a moment) after "trong" or a word of quantity: "trong khi", "có lúc", "đôi khi";
 *   <li>"đầu"/"cuối"/"giữa" and a period: "đầu năm", "cuối tháng"; a part of the day and how early or late it is:
 *       "sáng sớm", "đêm khuya";
 *   <li>"buổi"/"hằng"/"hàng" and a time noun: "buổi sáng", "hằng ngày", "hàng năm"; "hàng" and a round number:
 *       "hàng chục";
 *   <li>a position word and a direction: "bên trong", "phía trước"; "miền" (region) and a point of the compass:
 *       "miền Trung", "miền Nam";
 *   <li>"bờ" (bank, edge) and "chân" (foot) and what they are the edge or foot of: "bờ sông", "bờ vực", "chân
 *       núi" (but "bờ cõi", "bờ rào", "chân thành" are words); "ngã" (crossroads) and its number of ways: "ngã ba";
 *   <li>"tiếng" and a language: "tiếng Việt", "tiếng Anh";
 *   <li>a quantifier and a noun: "mọi người", "các nước", "từng bước"; the country as a whole or its inside: "cả
 *       nước", "trong nước";
 *   <li>"như" (like, as) after the word it compares with: "giống như", "gần như", "cũng như" (but adverbs and
 *       conjunctions made with it are words: "dường như", "hầu như", "hình như", "nếu như", "giá như"); and "như
 *       thế" (like that), "như" and a demonstrative;
 *   <li>"với" (with) after the word it links: "so với", "cùng với" (but "đối với", regarding, is one word);
 *   <li>a classifier and a noun that is a word of its own: "người dân", "con đường", "cô gái", "con trai" (the
 *       treebank writes "con gái" as one word slightly more often, and so does the lexicon), "niềm tin", "trận
 *       đấu", "món quà", "nụ cười", "bữa ăn"; only where the first syllable is a classifier ("trận địa", "niềm nở",
 *       "tấm lòng" are words).
 * </ul>
 */
public final class SegmentationConventions {
  private static final Set<String> DIRECTIONALS = Set.of("ra", "vào", "lên", "xuống", "về", "lại", "sang", "tới", "đến");
  private static final Set<String> MOTION = Set.of("ra", "vào", "lên", "xuống", "về", "lại", "qua", "sang", "tới", "đến", "đi", "lui", "trở");
  /**
   * Words ending in a directional syllable that is no directional complement there: sentence connectives
   * ("ngoài ra", "thật ra"), nouns ("lối vào", "đầu ra", "điểm đến", "ga ra", "quan lại"), adjectives and verbs
   * where the syllable has another meaning ("giàu sang", "vụng về", "vỗ về", "ỷ lại").
   */
  private static final Set<String> NOT_DIRECTIONAL = words(
      "ngoài ra", "ngược lại", "trái lại", "thật ra", "thực ra", "lẽ ra", "thì ra", "hóa ra", "té ra", "tóm lại",
      "vả lại", "lối ra", "lối vào", "đầu ra", "đầu vào", "điểm đến", "ga ra", "quan lại", "lượt về", "cao sang",
      "giàu sang", "hạng sang", "sửa sang", "vụng về", "vỗ về", "ỷ lại", "ỉ lại", "chín tới", "phả lại");
  private static final Set<String> ORDINALS = Set.of("nhất", "nhì", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");
  private static final Set<String> DEMONSTRATIVES = Set.of("đó", "này", "kia", "ấy", "đây");
  private static final Set<String> TIME_ADVERBS_WITH_DEMONSTRATIVE = words("sau này", "giờ đây");
  private static final Set<String> PERCEPTION = Set.of("nhìn", "nghe", "nhận", "trông");
  /** Words before "khi"/"lúc" that make it a moment counted or located, not part of a word. */
  private static final Set<String> BEFORE_MOMENT = Set.of("trong", "có", "nhiều", "ít", "đôi", "lắm", "đúng", "hiếm");
  private static final Set<String> MOMENTS = Set.of("khi", "lúc");
  /** "buổi" (a part of the day) and "hằng"/"hàng" (every, two spellings of one word). */
  private static final Set<String> EVERY = Set.of("buổi", "hằng", "hàng");
  private static final Set<String> PART_OF = Set.of("đầu", "cuối", "giữa");
  private static final Set<String> ROUND_NUMBERS = Set.of("chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ");
  /** Periods and parts of the day (after "nay", "buổi"/"hằng"/"hàng", "đầu"/"cuối"/"giữa"). */
  private static final Set<String> TIME_NOUNS = Set.of(
      "năm", "tháng", "tuần", "ngày", "đêm", "sáng", "trưa", "chiều", "tối", "quý", "giờ", "buổi", "mùa", "vụ");
  private static final Set<String> EARLY_OR_LATE = Set.of("sớm", "khuya", "muộn");
  private static final Set<String> POSITIONS = Set.of("trong", "ngoài", "trên", "dưới", "cạnh", "trái", "phải", "trước", "sau", "kia");
  /** What "bờ" is the bank or edge of in a phrase: water, fields, dikes, an abyss. */
  private static final Set<String> EDGED = Set.of("biển", "sông", "suối", "hồ", "ao", "kênh", "ruộng", "tre", "đê", "kè", "vực");
  private static final Set<String> FOOTED = Set.of("núi", "đồi", "đê", "cầu");
  private static final Set<String> COMPASS = Set.of("bắc", "trung", "nam", "đông", "tây");
  private static final Set<String> LANGUAGES = Set.of("việt", "anh", "pháp", "nga", "trung", "hoa", "nhật", "hàn", "đức", "ý", "lào", "thái", "tây");
  private static final Set<String> KNOWING = Set.of("biết", "rằng", "thấy", "hay");
  private static final Set<String> QUANTIFIERS = Set.of("mọi", "các", "những", "mỗi", "từng");
  private static final Set<String> COUNTRY_AS_A_WHOLE = words("cả nước", "trong nước");
  /** Words ending in "như" that are adverbs or conjunctions, not a comparison: one word. */
  private static final Set<String> WORDS_WITH_NHU = Set.of("dường", "hầu", "hình", "chừng", "nếu", "coi", "tựa", "ví", "giả", "giá");
  /** Words ending in "với" that are no verb and its preposition: "đối với" (regarding), "chới với" (floundering). */
  private static final Set<String> WORDS_WITH_VOI = Set.of("đối", "chới");
  private static final Set<String> CLASSIFIER_AND_NOUN = words(
      "người dân", "con đường", "cô gái", "con trai", "niềm tin", "niềm vui", "nỗi buồn", "nỗi nhớ", "trận đấu",
      "trận chiến", "trận đánh", "trận cầu", "món quà", "món ăn", "nụ cười", "nụ hôn", "điếu thuốc", "bữa ăn",
      "bữa cơm", "bữa sáng", "bữa trưa", "bữa tối", "bữa tiệc");

  /**
   * A verb and its object or result, each with its own meaning: "lấy chồng" (take a husband), "vay vốn", "gọi
   * điện", "giảm giá", "đi bộ", "biến mất", "kèm theo", "đứng dậy". Not the compounds whose meaning is more than
   * the parts: "trả lời", "làm việc", "nâng cấp", "giảm thiểu", "tiếp theo", "nổi dậy".
   */
  private static final Set<String> VERB_AND_OBJECT = words(
      "lấy chồng", "lấy vợ", "lấy máu", "vay vốn", "vay nợ", "gọi điện", "lái xe", "lái đò", "đua ngựa",
      "đua thuyền", "đua xe", "thắp hương", "thắp nhang", "siết chặt", "nâng cao", "nâng giá", "nâng ly", "nâng cốc",
      "thoát nghèo", "thoát nước", "thoát hiểm", "thoát lũ", "thoát nạn", "giảm nghèo", "giảm giá", "giảm cân",
      "giảm án", "giảm đau", "giảm tốc", "bỏ học", "bỏ việc", "bỏ nghề", "bỏ vốn", "bỏ trốn", "bỏ chạy", "bỏ đi",
      "dạy nghề", "giữ nghề", "kiếm sống", "kiếm ăn", "kiếm lời", "chạy thử", "ăn sáng", "ăn cỗ", "ăn trầu",
      "ăn khuya", "thu phí", "nhận tội", "nhận lỗi", "đóng vai", "đóng dấu", "đóng thuế", "đi bộ", "đi vắng",
      "bán hàng", "trả phí", "rút quân", "chuyển nghề", "đặt phòng", "đặt tên", "trồng rừng", "đánh bom", "đánh cá",
      "bắt giam", "cắt tóc", "đốt pháo", "hút thuốc", "rửa mặt", "tắm biển", "ngủ trưa", "học nghề", "cho vay",
      "biến mất", "kèm theo", "bám theo", "chạy theo", "kéo theo", "làm theo", "đứng dậy", "ngồi dậy", "thức dậy");

  private SegmentationConventions() {}

  /** Two-syllable words as normalized lookup keys ("a b"), whatever their tone-mark spelling in the source. */
  private static Set<String> words(String... words) {
    return Stream.of(words).map(SyllableNormalizer::normalizeWords).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a word (normalized syllables) is two words by these conventions. */
  public static boolean splits(List<String> syllables) {
    if (syllables.size() != 2) {
      return false;
    }
    String a = syllables.get(0);
    String b = syllables.get(1);
    String word = a + " " + b;
    return (DIRECTIONALS.contains(b) && !MOTION.contains(a) && !NOT_DIRECTIONAL.contains(word))
        || (a.equals("cho") && KNOWING.contains(b))
        || (a.equals("thứ") && ORDINALS.contains(b))
        || (PERCEPTION.contains(a) && b.equals("thấy"))
        || (DEMONSTRATIVES.contains(b) && !TIME_ADVERBS_WITH_DEMONSTRATIVE.contains(word))
        || b.equals("nhau")
        || (BEFORE_MOMENT.contains(a) && MOMENTS.contains(b))
        || (EVERY.contains(a) && TIME_NOUNS.contains(b))
        || (a.equals("hàng") && ROUND_NUMBERS.contains(b))
        || (PART_OF.contains(a) && TIME_NOUNS.contains(b))
        || (TIME_NOUNS.contains(a) && EARLY_OR_LATE.contains(b))
        || (b.equals("nay") && TIME_NOUNS.contains(a))
        || ((a.equals("bên") || a.equals("phía")) && POSITIONS.contains(b))
        || (a.equals("miền") && COMPASS.contains(b))
        || (a.equals("bờ") && EDGED.contains(b))
        || (a.equals("chân") && FOOTED.contains(b))
        || (a.equals("ngã") && ORDINALS.contains(b))
        || (a.equals("tiếng") && LANGUAGES.contains(b))
        || QUANTIFIERS.contains(a)
        || COUNTRY_AS_A_WHOLE.contains(word)
        || (b.equals("như") && !WORDS_WITH_NHU.contains(a))
        || (a.equals("như") && b.equals("thế"))
        || (b.equals("với") && !WORDS_WITH_VOI.contains(a))
        || CLASSIFIER_AND_NOUN.contains(word)
        || VERB_AND_OBJECT.contains(word);
  }
}
