package org.vnsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * Tokenizes Vietnamese text into normalized syllables and, stacked over them, the words a dictionary
 * segmentation finds.
 *
 * <p>Every syllable is a token at its own position, so a phrase query over syllables matches wherever its
 * syllables occur in order, whatever the segmenter decided. A multi-syllable word is an extra token
 * ("ngân_sách", type {@code <WORD>}) at the position of its first syllable with a position length equal to its
 * syllable count: word-level matches can rank higher without ever being required.
 *
 * <p>Tokens: syllables (letters, with combining marks, zero-width characters and inner apostrophes as in
 * "M'gar"), numbers with their separators ("19,7", "6.250", "15/12/2023", "2020-2025", "72%"), letter-digit
 * mixes ("h5n1"), URLs and e-mail addresses. Punctuation is dropped, and no word spans it; after the end of a
 * sentence or clause (". , ; : ! ?") positions skip one, so that no phrase matches across it. Terms are normalized
 * by {@link SyllableNormalizer} (NFKC, lowercase, canonical tone marks) before segmentation, so case and
 * spelling variants do not change the words; offsets always point into the original text.
 *
 * <p>Only per-stream state lives here; the lexicon is shared and immutable.
 */
public final class VietnameseTokenizer extends Tokenizer {
  public static final String TYPE_SYLLABLE = "<SYLLABLE>";
  public static final String TYPE_WORD = "<WORD>";
  public static final String TYPE_NUM = "<NUM>";
  public static final String TYPE_ALNUM = "<ALNUM>";
  public static final String TYPE_URL = "<URL>";
  public static final String TYPE_EMAIL = "<EMAIL>";

  static final byte SYLLABLE = 0;
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte ALNUM = 3;
  static final byte URL = 4;
  static final byte EMAIL = 5;
  private static final String[] TYPE_NAMES = {
    TYPE_SYLLABLE, TYPE_WORD, TYPE_NUM, TYPE_ALNUM, TYPE_URL, TYPE_EMAIL
  };

  /** Longest token; longer letter runs are cut (a term must stay far below Lucene's 32 KB limit). */
  public static final int MAX_TOKEN_LENGTH = 255;
  static final int MAX_URL_LENGTH = 1000;
  private static final int MAX_EMAIL_LOCAL_PART = 64;
  /** Position increment after sentence or clause punctuation: phrases do not match across it. */
  public static final int CLAUSE_GAP = 2;

  /** Syllables segmented together at most: bounds memory on endless lines without punctuation. */
  static final int MAX_RUN = 256;

  private static final int LOOKAHEAD = MAX_URL_LENGTH + 8;

  // Character classes of the BMP, computed once: the scanner asks them for every character.
  private static final byte C_OTHER = 0;
  private static final byte C_LETTER = 1;
  private static final byte C_DIGIT = 2;
  private static final byte C_MARK = 3;
  private static final byte C_IGNORABLE = 4;
  private static final byte C_SPACE = 5;
  private static final byte[] BMP_CLASS = buildClasses();

  private static byte[] buildClasses() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < classes.length; c++) {
      classes[c] = classOf(c);
    }
    return classes;
  }

  private static byte classOf(int cp) {
    if (Character.isLetter(cp)) {
      return C_LETTER;
    }
    if (Character.isDigit(cp)) {
      return C_DIGIT;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return C_MARK;
    }
    if (type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return C_IGNORABLE;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return C_SPACE;
    }
    return C_OTHER;
  }

  /** The class of a code point: a table lookup in the BMP. */
  private static byte charClass(int cp) {
    return cp < 0x10000 ? BMP_CLASS[cp] : classOf(cp);
  }
  private static final int BUFFER_SIZE = 8192;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final Lexicon lexicon;
  private final SyllableSegmenter segmenter;

  // Input window: buf[0, limit) holds chars from absolute offset bufferStart; scanning is at pos.
  private final char[] buf = new char[BUFFER_SIZE];
  private int bufferStart;
  private int pos;
  private int limit;
  private boolean eof;
  /**
   * Where the search for the next '@' in buf stands: the '@' it found, or where it stopped (the end of the chars
   * read then) having found none; -1 to search afresh. Most text has no '@', and then no token needs the e-mail
   * scan; searching on from here keeps the cost linear.
   */
  private int atSignSearch = -1;

  // The token just scanned.
  private int tokenStart;
  private int tokenEnd;
  private byte tokenType;
  private boolean punctuationBefore;
  private boolean clauseBreakBefore;
  private boolean firstToken = true;

  private final char[] normalized = new char[SyllableNormalizer.maxNormalizedLength(MAX_URL_LENGTH)];
  private final TokenBuffer run = new TokenBuffer();
  private final TokenBuffer out = new TokenBuffer();
  private int[] runIds = new int[MAX_RUN];
  private final int[] wordLengths = new int[MAX_RUN];
  /** False for {@link LineSegmenter}, which reads offsets and types only: queued tokens then carry no term text. */
  private boolean termsNeeded = true;

  /**
   * A tokenizer that stacks the words of {@code lexicon} over the syllables; with a null lexicon it emits
   * syllables only (for queries, whose phrases must match syllable by syllable).
   */
  public VietnameseTokenizer(Lexicon lexicon) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, lexicon);
  }

  public VietnameseTokenizer(AttributeFactory factory, Lexicon lexicon) {
    this(factory, lexicon, lexicon == null ? null : new WordSegmenter(lexicon));
  }

  /** A tokenizer whose words come from {@code segmenter} (the dictionary's, or another backend's). */
  public VietnameseTokenizer(AttributeFactory factory, Lexicon lexicon, SyllableSegmenter segmenter) {
    super(factory);
    this.lexicon = lexicon;
    this.segmenter = segmenter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (!out.hasNext()) {
      out.clear();
      if (!produce()) {
        return false;
      }
    }
    int t = out.head++;
    clearAttributes();
    termAtt.copyBuffer(out.chars, out.termStart[t], out.termLength[t]);
    offsetAtt.setOffset(correctOffset(out.startOffset[t]), correctOffset(out.endOffset[t]));
    posIncAtt.setPositionIncrement(out.positionIncrement[t]);
    posLenAtt.setPositionLength(out.positionLength[t]);
    typeAtt.setType(TYPE_NAMES[out.type[t]]);
    return true;
  }

  /**
   * The next token without filling the attributes, for {@link LineSegmenter}, which writes the original text
   * between offsets and so needs neither terms nor attribute copies: its index in {@link #queued()}, or -1 at
   * the end of the input. Offsets there are not corrected (a LineSegmenter reads no char filter's output).
   */
  int nextQueued() throws IOException {
    while (!out.hasNext()) {
      out.clear();
      if (!produce()) {
        return -1;
      }
    }
    return out.head++;
  }

  /** The tokens {@link #nextQueued()} indexes into. */
  TokenBuffer queued() {
    return out;
  }

  /** Stops copying term text into queued tokens; only for callers of {@link #nextQueued()}. */
  void omitTerms() {
    termsNeeded = false;
  }

  /** Scans until at least one token is ready in {@code out}; false at the end of the input. */
  private boolean produce() throws IOException {
    while (out.size == 0) {
      if (!scan()) {
        flushRun();
        return out.size > 0;
      }
      int start = bufferStart + tokenStart;
      int end = bufferStart + tokenEnd;
      int length = SyllableNormalizer.normalize(buf, tokenStart, tokenEnd - tokenStart, normalized);
      if (length == 0) {
        continue; // only ignorable characters
      }
      // A position gap after the end of a sentence or clause: a phrase never matches across ". , ; : ! ?".
      int posInc = clauseBreakBefore && !firstToken ? CLAUSE_GAP : 1;
      firstToken = false;
      if (tokenType == SYLLABLE && segmenter != null) {
        if (punctuationBefore || run.size == MAX_RUN) {
          flushRun();
        }
        run.add(normalized, 0, length, start, end, SYLLABLE, posInc, 1, lexicon.syllableId(normalized, 0, length));
      } else {
        flushRun();
        out.add(normalized, 0, length, start, end, tokenType, posInc, 1, -1);
      }
    }
    return true;
  }

  /** Segments the pending run of syllables and queues its syllables with their words stacked on them. */
  private void flushRun() {
    int n = run.size;
    if (n == 0) {
      return;
    }
    if (runIds.length < n) {
      runIds = new int[n];
    }
    System.arraycopy(run.syllableId, 0, runIds, 0, n);
    int words = segmenter.segment(run.chars, run.termStart, run.termLength, runIds, n, wordLengths);
    int syllable = 0;
    for (int w = 0; w < words; w++) {
      int length = wordLengths[w];
      queueSyllable(syllable);
      if (length > 1) {
        if (termsNeeded) {
          out.addJoined(run, syllable, length, WORD, 0);
        } else {
          int end = run.endOffset[syllable + length - 1];
          out.add(run.chars, 0, 0, run.startOffset[syllable], end, WORD, 0, length, -1);
        }
      }
      for (int i = syllable + 1; i < syllable + length; i++) {
        queueSyllable(i);
      }
      syllable += length;
    }
    run.clear();
  }

  private void queueSyllable(int i) {
    out.add(
        run.chars, run.termStart[i], termsNeeded ? run.termLength[i] : 0, run.startOffset[i], run.endOffset[i],
        SYLLABLE, run.positionIncrement[i], 1, -1);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Scanning

  /** Finds the next token in the input; false at the end. Sets tokenStart, tokenEnd, tokenType. */
  private boolean scan() throws IOException {
    punctuationBefore = false;
    clauseBreakBefore = false;
    while (true) {
      ensureLookahead();
      if (pos >= limit) {
        return false;
      }
      char ch = buf[pos];
      int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(buf, pos, limit) : ch;
      byte cls = charClass(cp);
      if (cls == C_LETTER || cls == C_DIGIT) {
        break;
      }
      if (cls == C_OTHER) {
        punctuationBefore = true; // punctuation, symbols, emoji, unpaired surrogates
        clauseBreakBefore |= isClauseBreak(cp);
      }
      pos += Character.charCount(cp);
    }
    tokenStart = pos;
    if (startsUrl(pos)) {
      scanUrl();
    } else if (!(atSignNear(pos) && scanEmail())) {
      scanWord();
    }
    pos = tokenEnd;
    return true;
  }

  private void scanWord() {
    boolean letters = false;
    boolean digits = false;
    int i = tokenStart;
    while (i < limit && i - tokenStart < MAX_TOKEN_LENGTH) {
      char ch = buf[i];
      int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(buf, i, limit) : ch;
      int width = Character.charCount(cp);
      if (i - tokenStart + width > MAX_TOKEN_LENGTH) {
        break;
      }
      byte cls = charClass(cp);
      if (cls == C_LETTER) {
        letters = true;
      } else if (cls == C_DIGIT) {
        digits = true;
      } else if (cls == C_MARK || cls == C_IGNORABLE) {
        // part of the syllable: "hoa" + U+0300, or a zero-width joiner inside a word
      } else if ((cp == '\'' || cp == '\u2019') && letters && !digits && letterAt(i + 1)) {
        // an apostrophe inside a name: "M'gar", "H'Mông"
      } else if (isNumberSeparator(cp) && digits && !letters && digitAt(i + 1)) {
        // "19,7", "6.250", "15/12/2023", "2020-2025", "10:30"
      } else if (cp == '%' && digits && !letters) {
        i += width;
        break;
      } else {
        break;
      }
      i += width;
    }
    tokenEnd = i;
    tokenType = letters && digits ? ALNUM : letters ? SYLLABLE : NUM;
  }

  private boolean startsUrl(int at) {
    char first = (char) (buf[at] | 0x20); // ASCII lowercase; anything else fails the comparisons below anyway
    if (first != 'h' && first != 'w') {
      return false; // almost every syllable: skip the three comparisons
    }
    return regionMatchesIgnoreCase(at, "http://")
        || regionMatchesIgnoreCase(at, "https://")
        || regionMatchesIgnoreCase(at, "www.");
  }

  private void scanUrl() {
    int i = tokenStart;
    while (i < limit && i - tokenStart < MAX_URL_LENGTH) {
      char c = buf[i];
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '<' || c == '>' || c == '"') {
        break;
      }
      i++;
    }
    if (i < limit && Character.isLowSurrogate(buf[i]) && Character.isHighSurrogate(buf[i - 1])) {
      i--; // cut at the length limit: never between the halves of a surrogate pair
    }
    while (i > tokenStart + 1 && ".,;:!?)]}'\u2019\u201d\u2026".indexOf(buf[i - 1]) >= 0) {
      i--; // punctuation that ends the sentence, not the URL
    }
    tokenEnd = i;
    tokenType = URL;
  }

  /** Whether an '@' follows {@code at} closely enough to end an e-mail address's local part that starts there. */
  private boolean atSignNear(int at) {
    int i = Math.max(at, atSignSearch);
    while (i < limit && buf[i] != '@') {
      i++;
    }
    atSignSearch = i;
    return i < limit && i - at <= MAX_EMAIL_LOCAL_PART;
  }

  /** An e-mail address: local part, '@', a dotted domain ending in letters. */
  private boolean scanEmail() {
    if (!isAsciiLetterOrDigit(buf[tokenStart])) {
      return false; // a Vietnamese syllable: no address starts with one
    }
    int i = tokenStart;
    while (i < limit && i - tokenStart < MAX_EMAIL_LOCAL_PART && isEmailLocalChar(buf[i])) {
      i++;
    }
    if (i == tokenStart || i >= limit || buf[i] != '@') {
      return false;
    }
    int domainStart = ++i;
    int lastDot = -1;
    while (i < limit && i - domainStart < 253) {
      char c = buf[i];
      if (c == '.' && i > domainStart && buf[i - 1] != '.') {
        lastDot = i;
      } else if (!(isAsciiLetterOrDigit(c) || c == '-')) {
        break;
      }
      i++;
    }
    if (i > domainStart && buf[i - 1] == '.') {
      i--; // a sentence-ending period
      lastDot = -1;
      for (int t = i - 1; t > domainStart; t--) {
        if (buf[t] == '.') {
          lastDot = t;
          break;
        }
      }
    }
    if (lastDot < 0 || lastDot >= i - 2) {
      return false;
    }
    for (int t = lastDot + 1; t < i; t++) {
      if (!Character.isLetter(buf[t])) {
        return false;
      }
    }
    tokenEnd = i;
    tokenType = EMAIL;
    return true;
  }

  private void ensureLookahead() throws IOException {
    if (eof || limit - pos >= LOOKAHEAD) {
      return;
    }
    int remaining = limit - pos;
    System.arraycopy(buf, pos, buf, 0, remaining);
    bufferStart += pos;
    atSignSearch = -1; // buf shifts: look again
    limit = remaining;
    pos = 0;
    while (limit < buf.length) {
      int read = input.read(buf, limit, buf.length - limit);
      if (read < 0) {
        eof = true;
        break;
      }
      limit += read;
      if (limit - pos >= LOOKAHEAD) {
        break;
      }
    }
  }

  private boolean regionMatchesIgnoreCase(int at, String prefix) {
    if (limit - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase(buf[at + i]) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean letterAt(int i) {
    return i < limit && charClass(Character.codePointAt(buf, i, limit)) == C_LETTER;
  }

  private boolean digitAt(int i) {
    return i < limit && charClass(Character.codePointAt(buf, i, limit)) == C_DIGIT;
  }

  /** Punctuation that ends a sentence or a clause (not hyphens, slashes, quotes or brackets). */
  private static boolean isClauseBreak(int cp) {
    return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == '\u2026'
        || cp == '\u3002' || cp == '\uFF0C' || cp == '\uFF1B' || cp == '\uFF1A' || cp == '\uFF01' || cp == '\uFF1F';
  }

  private static boolean isNumberSeparator(int cp) {
    return cp == '.' || cp == ',' || cp == '/' || cp == '-' || cp == ':' || cp == '\u2013';
  }

  private static boolean isEmailLocalChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  // ---------------------------------------------------------------------------------------------------------

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(bufferStart + limit);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufferStart = 0;
    pos = 0;
    limit = 0;
    eof = false;
    atSignSearch = -1;
    run.clear();
    out.clear();
    firstToken = true;
  }
}
