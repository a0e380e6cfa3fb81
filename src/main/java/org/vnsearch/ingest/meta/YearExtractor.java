package org.vnsearch.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Years in Vietnamese news text.
 *
 * <ul>
 *   <li>{@link #yearsMentioned}: every year a paragraph names: "năm 2024", a date "15/12/2023", both ends of
 *       "2020 - 2025" or "2021-2025", and a bare four-digit year that is not a quantity ("2.023 tỷ", "2023 ha").
 *   <li>{@link #dateOf}: the first complete date of a dateline or an opening sentence ("15:51 15/12/2023",
 *       "Ngày 08/7/2024, ...", "ngày 5 tháng 3 năm 2024").
 *   <li>{@link Votes}: the year an undated report is about. Mentions in a results context ("kết quả năm 2023",
 *       "trong năm 2023") count for a year, mentions in a plans context ("phương hướng, nhiệm vụ năm 2024", "kế
 *       hoạch năm 2024") count against it, and ranges ("nhiệm kỳ 2020 - 2025") not at all: a year-end report on
 *       2023 with plans for 2024 is about 2023.
 * </ul>
 */
public final class YearExtractor {
  public static final int MIN_YEAR = 1945;
  public static final int MAX_YEAR = 2100;

  /** Words after a number that make it a quantity, not a year. */
  private static final Set<String> UNITS =
      Set.of(
          "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "ha", "héc", "người", "hộ", "tấn", "km", "m", "m2", "m3",
          "con", "lượt", "trường", "học", "sinh", "cán", "đảng", "xã", "chiếc", "căn", "ngôi", "cây", "kg", "lít",
          "usd", "đô", "phần", "điểm", "ca", "vụ", "bộ", "hồ", "dự", "công", "cơ", "doanh", "lao", "giờ", "phút");

  private static final Set<String> RESULT_WORDS =
      Set.of(
          "kết quả", "thực hiện", "tổng kết", "sơ kết", "trong năm", "năm qua", "đạt", "ước", "ước đạt", "cả năm",
          "đầu năm", "cuối năm", "tháng đầu năm", "đã", "hoàn thành", "thu ngân sách");

  private static final Set<String> PLAN_WORDS =
      Set.of(
          "phương hướng", "kế hoạch", "mục tiêu", "dự kiến", "phấn đấu", "đến năm", "cho năm", "sang năm",
          "năm tới", "chỉ tiêu", "giải pháp", "đề ra");

  private YearExtractor() {}

  /** The years a paragraph names, in ascending order. */
  public static Set<Integer> yearsMentioned(TextTokens t) {
    Set<Integer> years = new TreeSet<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.isNumber(i)) {
        addYears(t, i, years);
      }
    }
    return years;
  }

  private static void addYears(TextTokens t, int i, Set<Integer> years) {
    String term = t.term(i);
    // dates and ranges written as one token: 15/12/2023, 12/2023, 2021-2025
    if (term.indexOf('/') > 0) {
      Integer year = year(term.substring(term.lastIndexOf('/') + 1));
      if (year != null) {
        years.add(year);
      }
      return;
    }
    int dash = Math.max(term.indexOf('-'), term.indexOf('\u2013'));
    if (dash > 0) {
      Integer from = year(term.substring(0, dash));
      Integer to = year(term.substring(dash + 1));
      if (from != null && to != null && from <= to) {
        years.add(from);
        years.add(to);
      }
      return;
    }
    Integer year = year(term);
    if (year == null) {
      return;
    }
    boolean afterNam = i > 0 && t.term(i - 1).equals("năm");
    boolean rangeEnd = i > 0 && t.isNumber(i - 1) && year(t.term(i - 1)) != null && dashBetween(t, i - 1, i);
    boolean rangeStart = i + 1 < t.size() && t.isNumber(i + 1) && year(t.term(i + 1)) != null && dashBetween(t, i, i + 1);
    boolean quantity = i + 1 < t.size() && t.adjacent[i + 1] && UNITS.contains(t.term(i + 1));
    if (afterNam || rangeStart || rangeEnd || !quantity) {
      years.add(year);
    }
  }

  private static boolean dashBetween(TextTokens t, int a, int b) {
    String between = t.text.substring(t.ends[a], t.starts[b]).strip();
    return between.equals("-") || between.equals("\u2013") || between.equals("\u2014") || between.equals("đến");
  }

  /** A plausible year, or null: four digits from 1945 to 2100. */
  static Integer year(String digits) {
    if (digits.length() != 4) {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return null;
      }
    }
    int y = Integer.parseInt(digits);
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
  }

  /**
   * The first complete date in a text: "15/12/2023", "15-12-2023", "ngày 5 tháng 3 năm 2024". Null when there is
   * none.
   */
  public static LocalDate dateOf(TextTokens t) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.isNumber(i)) {
        continue;
      }
      LocalDate date = parseDate(t.term(i));
      if (date != null) {
        return date;
      }
      // "ngày 5 tháng 3 năm 2024"
      if (i + 4 < t.size()
          && t.term(i + 1).equals("tháng")
          && t.isNumber(i + 2)
          && t.term(i + 3).equals("năm")
          && t.isNumber(i + 4)) {
        date = date(t.term(i + 4), t.term(i + 2), t.term(i));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** A dd/mm/yyyy or dd-mm-yyyy token as a date, or null. */
  public static LocalDate parseDate(String term) {
    String[] parts = term.split("[/.\\-]");
    if (parts.length != 3) {
      return null;
    }
    return date(parts[2], parts[1], parts[0]);
  }

  /** A day and month without a year ("17/12"), as {month, day}, or null. */
  static int[] dayMonth(String term) {
    String[] parts = term.split("/");
    if (parts.length != 2 || parts[0].length() > 2 || parts[1].length() > 2) {
      return null;
    }
    try {
      int day = Integer.parseInt(parts[0]);
      int month = Integer.parseInt(parts[1]);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? new int[] {month, day} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String y, String m, String d) {
    Integer year = year(y);
    if (year == null) {
      return null;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** Collects, over an article, how strongly the text says it reports on each year. */
  public static final class Votes {
    private final Map<Integer, Integer> score = new TreeMap<>();
    private final Map<Integer, Integer> mentions = new TreeMap<>();

    /** Counts the year mentions of one paragraph. */
    public void add(TextTokens t) {
      for (int i = 0; i < t.size(); i++) {
        if (!t.isNumber(i)) {
          continue;
        }
        Integer year = year(t.term(i));
        if (year == null || inRange(t, i)) {
          continue;
        }
        mentions.merge(year, 1, Integer::sum);
        score.merge(year, 1 + context(t, i), Integer::sum);
      }
    }

    private static boolean inRange(TextTokens t, int i) {
      boolean end = i > 0 && t.isNumber(i - 1) && dashBetween(t, i - 1, i);
      boolean start = i + 1 < t.size() && t.isNumber(i + 1) && dashBetween(t, i, i + 1);
      return start || end;
    }

    /** +2 for a results context in the six words before the year, -2 for a plans context. */
    private static int context(TextTokens t, int i) {
      int from = Math.max(0, i - 6);
      int result = 0;
      for (int a = from; a < i; a++) {
        for (int len = 1; len <= 3 && a + len <= i; len++) {
          String key = t.key(a, a + len);
          if (PLAN_WORDS.contains(key)) {
            result = -2;
          } else if (RESULT_WORDS.contains(key) && result == 0) {
            result = 2;
          }
        }
      }
      return result;
    }

    /** The year the text reports on: the best score, the earlier year on a tie; null without mentions. */
    public Integer reportedYear() {
      Integer best = null;
      int bestScore = Integer.MIN_VALUE;
      for (var e : score.entrySet()) {
        if (e.getValue() > bestScore) {
          best = e.getKey();
          bestScore = e.getValue();
        }
      }
      return best;
    }

    /** All the years counted, for callers that want to see the evidence. */
    public List<Integer> years() {
      return new ArrayList<>(mentions.keySet());
    }
  }
}
