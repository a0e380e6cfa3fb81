package org.vnsearch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.RawArticle;
import org.vnsearch.ingest.read.ParagraphSplitter.RawParagraph;

/**
 * Reads a plain-text file as one article: lines decoded with the file's encoding (UTF-8 unless a byte-order mark
 * or {@code --encoding} says otherwise) and rebuilt into paragraphs. A file too large to be one article (over
 * {@link #MAX_ARTICLE_CHARS} chars) is read as consecutive parts, so memory stays bounded.
 */
final class TextFileReader {
  /** Chars of paragraphs held before an article part is handed on. */
  static final int MAX_ARTICLE_CHARS = 1 << 20;

  private final Predicate<String> isKnownName;
  private final Predicate<String> isStandalone;

  TextFileReader(Predicate<String> isKnownName, Predicate<String> isStandalone) {
    this.isKnownName = isKnownName;
    this.isStandalone = isStandalone;
  }

  /**
   * Reads {@code in} (positioned after nothing: the reader skips a BOM itself) as {@code charset}. Returns false
   * when the file held no text at all.
   */
  boolean read(Path file, String id, InputStream in, Charset charset, RawArticleListener listener)
      throws IOException {
    List<RawParagraph> paragraphs = new ArrayList<>();
    long[] chars = {0};
    int[] part = {1};
    ContentHash[] hash = {new ContentHash()};
    boolean[] anyText = {false};
    ParagraphSplitter splitter =
        new ParagraphSplitter(
            isKnownName,
            isStandalone,
            p -> {
              paragraphs.add(p);
              hash[0].add(p.text());
              chars[0] += p.text().length();
              anyText[0] |= p.text().codePoints().anyMatch(Character::isLetterOrDigit);
              if (chars[0] >= MAX_ARTICLE_CHARS) {
                listener.article(article(file, id, part[0]++, paragraphs, hash[0]));
                paragraphs.clear();
                hash[0] = new ContentHash();
                chars[0] = 0;
              }
            });
    try (LineReader lines = new LineReader(in, charset)) {
      LineReader.Piece piece;
      while ((piece = lines.next()) != null) {
        splitter.accept(piece);
      }
    }
    splitter.finish();
    if (!anyText[0]) {
      listener.problem(InputProblem.skipped(file, "no text (empty, or only whitespace and punctuation)"));
      return false;
    }
    if (!paragraphs.isEmpty()) {
      listener.article(article(file, id, part[0], paragraphs, hash[0]));
    }
    return true;
  }

  private static RawArticle article(Path file, String id, int part, List<RawParagraph> paragraphs, ContentHash hash) {
    String partId = part == 1 ? id : id + "#" + part;
    return new RawArticle(
        partId, id, file, file.toString(), null, List.copyOf(paragraphs), RawArticle.Explicit.NONE, hash.hex());
  }
}
