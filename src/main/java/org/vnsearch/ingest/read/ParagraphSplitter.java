package org.vnsearch.ingest.read;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * Rebuilds paragraphs from lines, including hard-wrapped lines whose paragraphs are not separated by blank lines.
 *
 * <ul>
 *   <li>A blank line always ends a paragraph; text on both sides of one is never joined.
 *   <li>A line is joined to the next unless the next starts a new paragraph: it is a list item, or the line ends a
 *       sentence (. ! ? … possibly followed by a quote or bracket, but not an abbreviation such as "TP.") and the
 *       next starts with a capital letter or a digit.
 *   <li>A line without final punctuation followed by a capitalized line is a heading or caption ending, unless the
 *       capital is one Vietnamese writes in mid-sentence: a proper name (two capitalized syllables, or a name split
 *       across the lines) or a capitalized institution word ("Đảng", "Nhân dân", "Huyện ủy" ...).
 * </ul>
 *
 * So a paragraph never starts in the middle of a sentence. Whitespace runs become one space, text is NFC, and
 * paragraphs longer than {@link #MAX_PARAGRAPH_CHARS} are cut at a sentence end (memory stays bounded on endless
 * lines). Offsets are char offsets in the source.
 */
public final class ParagraphSplitter {
  /** A paragraph and where its text starts and ends in the source (char offsets). */
  public record RawParagraph(String text, long start, long end) {}

  /** Longest paragraph; a longer one is cut at the last sentence end before this. */
  public static final int MAX_PARAGRAPH_CHARS = 8_000;

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Words Vietnamese capitalizes in mid-sentence (normalized), so a capital after a wrap is no new sentence. */
  private static final Set<String> MID_SENTENCE_CAPITALS =
      Set.of(
          "đảng", "nhà", "nhân", "chính", "quốc", "trung", "tỉnh", "huyện", "thành", "thị", "quận", "hội", "nghị", "ban", "bộ", "sở", "ủy", "mặt", "bí", "chủ", "phó", "thủ", "bác", "tổ", "quân", "công",
          "thường", "văn", "đoàn", "liên", "nông", "phụ", "cựu", "chương", "hợp", "ngân", "viện", "tòa", "kho",
          "sư", "trường", "xã", "phường", "thôn", "bản", "ấp", "tổng", "cục", "vụ", "chi", "hđnd", "ubnd",
          "mttq", "đbqh", "bch", "btv", "tw");

  private static final Set<String> ABBREVIATIONS =
      Set.of("tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "ls", "q", "p", "x", "h", "st", "mr", "ms", "dr",
          "vs", "tx", "nxb", "đ", "ng", "ths.bs");

  private final Predicate<String> isKnownName;
  private final Predicate<String> isStandalone;
  private final Consumer<RawParagraph> sink;

  private final StringBuilder text = new StringBuilder();
  private long start = -1;
  private long end;
  private String previousLine = "";
  private boolean lineOpen;
  private boolean lineHasText;
  private boolean previousStandalone;

  /**
   * @param isKnownName whether a normalized word or two-word sequence is a known proper name (a district or
   *     province): a capitalized name after a wrap continues the sentence
   * @param isStandalone whether a line always stands alone (site boilerplate, a dateline): it is never joined
   *     to the lines around it
   * @param sink receives the paragraphs in order
   */
  public ParagraphSplitter(
      Predicate<String> isKnownName, Predicate<String> isStandalone, Consumer<RawParagraph> sink) {
    this.isKnownName = isKnownName;
    this.isStandalone = isStandalone;
    this.sink = sink;
  }

  /** Feeds the next piece of the input. */
  public void accept(LineReader.Piece piece) {
    String raw = piece.text();
    int first = firstNonSpace(raw);
    if (!lineOpen) {
      lineHasText = false;
    }
    if (first < raw.length()) {
      int last = lastNonSpace(raw);
      String content = raw.substring(first, last + 1);
      if (lineOpen && lineHasText) {
        // the continuation of a line longer than one piece: no separator decision to make
        appendText(raw.substring(0, last + 1), piece.offset(), piece.offset() + last + 1, false);
      } else {
        startLine(content, piece.offset() + first, piece.offset() + last + 1);
      }
      lineHasText = true;
      previousLine = tail(lineOpen ? previousLine + raw.substring(0, last + 1) : content);
    } else if (piece.endsLine() && !(lineOpen && lineHasText)) {
      flush(); // a blank line
      previousLine = "";
      previousStandalone = false;
    }
    lineOpen = !piece.endsLine();
  }

  /** Ends the input: emits the last paragraph. */
  public void finish() {
    flush();
  }

  private void startLine(String content, long contentStart, long contentEnd) {
    boolean standalone = isStandalone.test(content);
    if (start >= 0 && (standalone || previousStandalone || !joins(previousLine, content))) {
      flush();
    }
    previousStandalone = standalone;
    appendText(content, contentStart, contentEnd, start >= 0);
  }

  private void appendText(String content, long contentStart, long contentEnd, boolean space) {
    if (start < 0) {
      start = contentStart;
    } else if (space) {
      text.append(' ');
    }
    boolean lastWasSpace = text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (isSpace(c)) {
        if (!lastWasSpace) {
          text.append(' ');
          lastWasSpace = true;
        }
      } else {
        text.append(c);
        lastWasSpace = false;
      }
    }
    end = contentEnd;
    while (text.length() > MAX_PARAGRAPH_CHARS) {
      cutLongParagraph();
    }
  }

  /** Emits the first part of an over-long paragraph, cut at a sentence end where there is one. */
  private void cutLongParagraph() {
    int cut = -1;
    for (int i = MAX_PARAGRAPH_CHARS - 1; i > MAX_PARAGRAPH_CHARS / 4; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && text.charAt(i + 1) == ' ') {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      cut = text.lastIndexOf(" ", MAX_PARAGRAPH_CHARS - 1);
    }
    if (cut <= 0) {
      cut = MAX_PARAGRAPH_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
    }
    // Offsets of the cut are approximate when whitespace was collapsed; they stay within the paragraph.
    long cutOffset = Math.min(end, start + cut);
    emit(text.substring(0, cut).strip(), start, cutOffset);
    int rest = cut;
    while (rest < text.length() && text.charAt(rest) == ' ') {
      rest++;
    }
    text.delete(0, rest);
    start = Math.min(end, cutOffset + (rest - cut));
  }

  private void flush() {
    if (start >= 0 && text.length() > 0) {
      emit(text.toString().strip(), start, end);
    }
    text.setLength(0);
    start = -1;
  }

  private void emit(String paragraph, long from, long to) {
    if (!paragraph.isEmpty()) {
      sink.accept(new RawParagraph(NFC.isNormalized(paragraph) ? paragraph : NFC.normalize(paragraph), from, to));
    }
  }

  /** Whether {@code next} continues the paragraph that {@code previous} (a line's last chars) belongs to. */
  boolean joins(String previous, String next) {
    if (startsListItem(next)) {
      return false;
    }
    int firstLetter = next.codePointAt(0);
    if (Character.isLowerCase(firstLetter)) {
      return true;
    }
    boolean endsSentence = endsSentence(previous);
    if (Character.isDigit(firstLetter) || !Character.isLetter(firstLetter)) {
      return !endsSentence;
    }
    if (endsSentence) {
      return false;
    }
    char last = previous.charAt(previous.length() - 1);
    if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(') {
      return true;
    }
    // A capital after a line without final punctuation: a name or institution word continues the sentence,
    // any other capital starts a new one, so the previous line was a heading or a caption.
    String[] nextWords = firstWords(next, 2);
    String lastWord = lastWord(previous);
    if (!lastWord.isEmpty() && Character.isUpperCase(lastWord.codePointAt(0))) {
      return true; // a name broken across the lines: "Cao Tiến / Sỹ"
    }
    if (nextWords.length >= 2
        && !nextWords[1].isEmpty()
        && Character.isUpperCase(nextWords[1].codePointAt(0))) {
      return true; // "Nguyễn Văn", "Cà Mau"
    }
    String firstKey = SyllableNormalizer.normalize(nextWords[0]);
    return MID_SENTENCE_CAPITALS.contains(firstKey)
        || isKnownName.test(firstKey)
        || (nextWords.length >= 2
            && !nextWords[1].isEmpty()
            && isKnownName.test(firstKey + " " + SyllableNormalizer.normalize(nextWords[1])));
  }

  static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = line.charAt(i);
    if (c == '!' || c == '?' || c == '\u2026') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    int wordEnd = i;
    int wordStart = wordEnd;
    while (wordStart > 0 && !isSpace(line.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = line.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
    if (word.endsWith(".")) {
      return true; // "..." or "v.v.."
    }
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    // An initial: "Nguyễn V."
    return !(word.length() == 1 && Character.isUpperCase(line.charAt(wordStart)));
  }

  private static boolean startsListItem(String line) {
    char c = line.charAt(0);
    if (c == '-' || c == '+' || c == '\u2022' || c == '*' || c == '\u2013' || c == '\u2014') {
      return line.length() > 1 && isSpace(line.charAt(1));
    }
    // "1.", "2)", "a)", "IV." followed by a space
    int i = 0;
    while (i < line.length() && i < 5 && Character.isLetterOrDigit(line.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= line.length() - 1 || (line.charAt(i) != '.' && line.charAt(i) != ')')) {
      return false;
    }
    String marker = line.substring(0, i);
    boolean numeric = marker.chars().allMatch(Character::isDigit);
    boolean roman = marker.chars().allMatch(ch -> "IVXLivxl".indexOf(ch) >= 0);
    boolean letter = marker.length() == 1 && Character.isLetter(marker.charAt(0));
    return (numeric || roman || letter) && isSpace(line.charAt(i + 1));
  }

  private static String[] firstWords(String line, int n) {
    String[] parts = line.split("[\\s\\p{Z}]+", n + 1);
    String[] words = new String[Math.min(n, parts.length)];
    for (int i = 0; i < words.length; i++) {
      words[i] = stripPunctuation(parts[i]);
    }
    return words.length > 0 && !words[words.length - 1].isEmpty() ? words : new String[] {line};
  }

  private static String lastWord(String line) {
    int i = line.length();
    while (i > 0 && !isSpace(line.charAt(i - 1))) {
      i--;
    }
    return stripPunctuation(line.substring(i));
  }

  private static String stripPunctuation(String word) {
    int a = 0;
    int b = word.length();
    while (a < b && !Character.isLetterOrDigit(word.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
      b--;
    }
    return word.substring(a, b);
  }

  private static String tail(String line) {
    return line.length() <= 200 ? line : line.substring(line.length() - 200);
  }

  private static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonSpace(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isSpace(s.charAt(i))) {
      i--;
    }
    return i;
  }

  /** Whitespace, no-break spaces and the invisible characters scrapes leave in blank lines. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u200C'
        || c == '\u200D';
  }
}
