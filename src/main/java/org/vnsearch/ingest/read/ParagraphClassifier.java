package org.vnsearch.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vnsearch.analysis.text.SyllableNormalizer;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.TsvFile;
import org.vnsearch.ingest.ParagraphKind;

/**
 * Tells what a paragraph of a scraped article is, from its text and its place in the article: site boilerplate
 * ({@code boilerplate.txt}), a dateline ("15:51 15/12/2023"), the title (a first paragraph without final period),
 * a photo caption ("Ảnh: ...", "Toàn cảnh Hội nghị.", "Đồng chí ... phát biểu tại hội nghị"), a byline at the end
 * ("Tiến Thụ", "THANH MAI - THANH CƯƠNG", "Tin, ảnh: Tuấn Bình"), or body text. Immutable, thread-safe.
 *
 * <p>Boilerplate file: one entry per line; a plain line matches a short paragraph that starts with it (ignoring
 * case and tone-mark spelling), {@code re:REGEX} a paragraph the regular expression finds a match in.
 */
public final class ParagraphClassifier {
  /** Boilerplate is short: a long paragraph that happens to start with "Chia sẻ" is text. */
  static final int BOILERPLATE_MAX_CHARS = 80;

  private static final int CAPTION_MAX_CHARS = 220;
  private static final int BYLINE_MAX_CHARS = 80;
  private static final int TITLE_MAX_CHARS = 300;

  private static final Pattern DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATELINE_NOISE =
      Pattern.compile(
          "(?iu)\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}(:\\d{2})?|gmt\\s*[+-]?\\s*\\d+"
              + "|thứ\\s+(hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật|cập\\s+nhật|ngày\\s+đăng|đăng\\s+ngày|ngày|lúc|giờ"
              + "|sáng|chiều|tối|am|pm|[\\s,|\\-–—:()]");

  private static final Pattern PHOTO_PREFIX = Pattern.compile("(?iu)^\\(?\\s*(ảnh|photo|video)\\s*(minh họa|minh hoạ)?\\s*[:.)]");
  private static final Pattern PHOTO_SUFFIX = Pattern.compile("(?iu)\\(\\s*ảnh\\s*[:.]?[^)]*\\)\\s*\\.?$");
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "(?iu)^(tin\\s*(,|và)\\s*ảnh|bài\\s*(,|và)\\s*ảnh|ảnh|tin|bài|nguồn|theo|video|nhóm\\s+pv|pv|ctv)\\s*[:.]?\\s*");

  private static final List<String> CAPTION_OPENERS =
      List.of(
          "toàn cảnh", "quang cảnh", "các đại biểu", "đại biểu", "đồng chí", "lãnh đạo", "ông", "bà",
          "đoàn công tác", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "trưởng ban", "thường trực",
          "các đồng chí", "tặng", "trao");
  private static final List<String> PERSON_OPENERS =
      List.of("đồng chí", "ông", "bà", "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "lãnh đạo", "các đồng chí");
  private static final List<String> CAPTION_SIGNALS =
      List.of(
          "phát biểu", "tham dự", "dự hội nghị", "dự kỳ họp", "chủ trì", "trao", "tặng", "chụp ảnh", "kiểm tra",
          "thăm", "biểu quyết", "thảo luận", "kết luận", "khai mạc", "bế mạc", "cắt băng", "trình bày",
          "quán triệt", "báo cáo", "hội nghị", "kỳ họp", "toàn cảnh", "quang cảnh", "dự lễ", "tại buổi",
          "thông qua", "tờ trình", "điều hành", "chúc mừng", "tuyên dương", "khen thưởng", "tiếp xúc cử tri");

  private final List<String> boilerplatePrefixes;
  private final List<Pattern> boilerplatePatterns;

  ParagraphClassifier(List<String> boilerplatePrefixes, List<Pattern> boilerplatePatterns) {
    this.boilerplatePrefixes = List.copyOf(boilerplatePrefixes);
    this.boilerplatePatterns = List.copyOf(boilerplatePatterns);
  }

  /** Loads the boilerplate entries of a configuration. */
  public static ParagraphClassifier load(ConfigSource source, String name) {
    List<String> prefixes = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    // One column a line: the table reader already handles comments, a BOM and strict UTF-8.
    for (TsvFile.Row row : TsvFile.read(source, name, 1, 1)) {
      String s = row.cell(0);
      if (s.startsWith("re:")) {
        try {
          patterns.add(Pattern.compile(s.substring(3).strip(), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
          throw row.error("bad regular expression: " + e.getDescription());
        }
      } else {
        prefixes.add(normalize(s));
      }
    }
    return new ParagraphClassifier(prefixes, patterns);
  }

  /** Lowercase with canonical tone marks, so "BAN BIÊN TẬP" and "Ban biên tập" compare equal. */
  private static String normalize(String s) {
    return SyllableNormalizer.normalizeWords(s);
  }

  public boolean isBoilerplate(String text) {
    for (Pattern p : boilerplatePatterns) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    if (text.length() > BOILERPLATE_MAX_CHARS) {
      return false;
    }
    String normalized = normalize(text);
    for (String prefix : boilerplatePrefixes) {
      if (normalized.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** A date and time on their own, with only weekday names and separators around them. */
  public static boolean isDateline(String text) {
    if (text.length() > 80 || !DATE.matcher(text).find()) {
      return false;
    }
    return DATELINE_NOISE.matcher(text).replaceAll("").isEmpty();
  }

  public static boolean isTitleLike(String text) {
    if (text.length() > TITLE_MAX_CHARS || text.length() < 8) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last != '.' && last != ',' && last != ';' && last != ':' || text.endsWith("...");
  }

  public static boolean isCaption(String text) {
    if (PHOTO_PREFIX.matcher(text).find()) {
      return true;
    }
    if (text.length() > CAPTION_MAX_CHARS) {
      return false;
    }
    if (PHOTO_SUFFIX.matcher(text).find()) {
      return true;
    }
    boolean finalPeriod = text.endsWith(".");
    String body = finalPeriod ? text.substring(0, text.length() - 1) : text;
    if (body.contains(". ") || body.contains("?") || body.contains(":") || words(body) > 35) {
      return false; // more than one sentence, or a list: body text
    }
    String lower = normalize(body);
    String opener = null;
    for (String o : CAPTION_OPENERS) {
      if (lower.startsWith(o + " ") || lower.equals(o)) {
        opener = o;
        break;
      }
    }
    if (opener == null) {
      return false;
    }
    if (opener.equals("toàn cảnh") || opener.equals("quang cảnh")) {
      return true;
    }
    boolean signal = false;
    String afterOpener = lower.substring(opener.length());
    for (String s : CAPTION_SIGNALS) {
      if (afterOpener.contains(s)) {
        signal = true;
        break;
      }
    }
    if (body.contains(";")) {
      // "Đồng chí X báo cáo kết quả năm 2023; phương hướng năm 2024." under a photo of the speaker
      return signal && PERSON_OPENERS.contains(opener);
    }
    // Without final punctuation a line that opens on a person or a scene is a caption; with it, only when it
    // describes what a photo shows.
    return !finalPeriod || signal;
  }

  /**
   * A byline: a short line of names, each word capitalized ("Tiến Thụ", "THANH MAI - THANH CƯƠNG", "Thế Anh /
   * Ảnh: Bàn Thanh"), optionally after "Tin, ảnh:", "Nguồn:", "Theo".
   */
  public static boolean isBylineLike(String text) {
    if (text.length() > BYLINE_MAX_CHARS) {
      return false;
    }
    String rest = BYLINE_PREFIX.matcher(text).replaceFirst("");
    boolean prefixed = rest.length() < text.length();
    String[] words = rest.split("[\\s,/&\\-–—:()]+");
    int names = 0;
    for (String w : words) {
      if (w.isEmpty() || w.equalsIgnoreCase("và") || w.equalsIgnoreCase("ảnh")) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      if (w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
      names++;
    }
    return names >= 1 && names <= 10 && (prefixed || names >= 2 || rest.equals(rest.toUpperCase(Locale.ROOT)));
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /**
   * Classifies the paragraphs of one article, in order. {@code hasTitle}: the article's title came from
   * metadata (JSON Lines), so no paragraph is taken for it.
   */
  public List<ParagraphKind> classify(List<String> paragraphs, boolean hasTitle) {
    List<ParagraphKind> kinds = new ArrayList<>(paragraphs.size());
    boolean titleSeen = hasTitle;
    boolean bodySeen = false;
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      String p = paragraphs.get(i);
      ParagraphKind kind;
      if (isBoilerplate(p)) {
        kind = ParagraphKind.BOILERPLATE;
      } else if (isDateline(p)) {
        kind = ParagraphKind.DATELINE;
      } else if (!titleSeen && !bodySeen && isTitleLike(p) && !PHOTO_PREFIX.matcher(p).find()) {
        // The first line of a scraped article is its title even when it reads like a caption
        // ("Hội nghị Ban Chấp hành Đảng bộ huyện ... lần thứ 15").
        kind = ParagraphKind.TITLE;
        titleSeen = true;
      } else if (i >= n - 3 && isBylineLike(p) && noBodyAfter(paragraphs, i)) {
        kind = ParagraphKind.BYLINE;
      } else if (isCaption(p)) {
        kind = ParagraphKind.CAPTION;
      } else {
        kind = ParagraphKind.BODY;
        bodySeen = true;
        titleSeen = true; // an article that starts with body text has no title paragraph
      }
      kinds.add(kind);
    }
    return kinds;
  }

  /** A byline ends the article: only boilerplate and other credit lines may follow it. */
  private boolean noBodyAfter(List<String> paragraphs, int i) {
    for (int j = i + 1; j < paragraphs.size(); j++) {
      String p = paragraphs.get(j);
      if (!isBoilerplate(p) && !isBylineLike(p) && !isCaption(p)) {
        return false;
      }
    }
    return true;
  }
}
