package org.vnsearch.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.vnsearch.ingest.read.ParagraphSplitter.RawParagraph;

/**
 * An article as read, before classification and metadata: its paragraphs' text and offsets, and what the input
 * said explicitly (JSON Lines fields), which wins over what is extracted.
 *
 * @param group the unit that re-indexing replaces: the id itself, or for the parts of a text file too large to be
 *     one article ("path#2"), the file's first part ("path")
 */
public record RawArticle(
    String id,
    String group,
    Path file,
    String source,
    String title,
    List<RawParagraph> paragraphs,
    Explicit explicit,
    String contentHash) {

  /** Metadata given in the input; null fields were not given. */
  public record Explicit(
      String district, String province, Integer year, LocalDate date, List<String> topics) {
    public static final Explicit NONE = new Explicit(null, null, null, null, null);
  }
}
