package org.vnsearch.ingest;

import java.util.List;

/**
 * One paragraph of an article, ready to index.
 *
 * @param ordinal 1 for the first paragraph kept (boilerplate is dropped)
 * @param startOffset char offset in the source file where the paragraph starts (-1 when the source is JSON)
 * @param endOffset char offset after its last char
 * @param yearsMentioned the years it names
 * @param districtsMentioned the districts it names, as facet labels ("Chi Lăng (Lạng Sơn)")
 * @param topics ids of its topics
 */
public record Paragraph(
    int ordinal,
    ParagraphKind kind,
    String text,
    long startOffset,
    long endOffset,
    List<Integer> yearsMentioned,
    List<String> districtsMentioned,
    List<String> topics) {
  public Paragraph {
    yearsMentioned = List.copyOf(yearsMentioned);
    districtsMentioned = List.copyOf(districtsMentioned);
    topics = List.copyOf(topics);
  }
}
