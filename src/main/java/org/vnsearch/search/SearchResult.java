package org.vnsearch.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the hits of the requested page, the total, facet counts and timing. Immutable; this is
 * also the JSON that {@code vnsearch search --json} prints (keys in snake_case).
 *
 * @param query the query as given
 * @param totalHits paragraphs matching query and filters
 * @param facets for each requested dimension, its values with counts, by count then name; a dimension the
 *     request filters on is counted as if that filter were not applied (drill-sideways), so its alternatives show
 * @param timedOut whether the search stopped at its time bound (hits and counts are then partial)
 */
public record SearchResult(
    String query,
    long totalHits,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    boolean timedOut,
    Timing timing) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  /** One paragraph found. */
  public record Hit(
      String id,
      String articleId,
      int paragraph,
      float score,
      String title,
      String district,
      String province,
      Integer year,
      String date,
      List<String> topics,
      String kind,
      String source,
      Snippet snippet) {
    public Hit {
      topics = List.copyOf(topics);
    }
  }

  /** A passage of the paragraph with the matches marked as character ranges of {@code text}. */
  public record Snippet(String text, List<Span> highlights) {
    public Snippet {
      highlights = List.copyOf(highlights);
    }

    /** A highlighted range: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {}
  }

  /** A facet value and how many matching paragraphs have it. */
  public record FacetCount(String value, long count) {}

  /** Milliseconds spent. */
  public record Timing(double searchMs, double highlightMs, double totalMs) {}
}
