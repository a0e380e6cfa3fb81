package org.vnsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vnsearch.index.IndexSchema;

/**
 * One search: a query in the query language (see README) and filters, facets, paging and sorting. Immutable;
 * build one with {@link #of(String)} and the {@code with...} methods.
 *
 * @param query the query text ("" lists paragraphs matching the filters)
 * @param districts district names or facet labels; a paragraph matches any of them
 * @param provinces province names; any of them
 * @param years a year or a range, or empty
 * @param topics topic ids; any of them
 * @param kinds paragraph kinds (body, title, caption ...); any of them
 * @param facets dimensions to count (district, province, year, topic, kind)
 * @param facetLimit values listed per dimension
 * @param limit hits returned
 * @param offset hits skipped (paging)
 * @param sort relevance, or date (newest first)
 * @param highlight whether hits carry highlighted snippets
 * @param timeout time bound of this search; empty: the configuration's {@code search.timeout_ms}
 */
public record SearchRequest(
    String query,
    List<String> districts,
    List<String> provinces,
    Optional<YearRange> years,
    List<String> topics,
    List<String> kinds,
    List<String> facets,
    int facetLimit,
    int limit,
    int offset,
    SortOrder sort,
    boolean highlight,
    Optional<java.time.Duration> timeout) {

  /** Result order. */
  public enum SortOrder {
    /** Best match first; an empty query sorts by date instead. */
    RELEVANCE,
    /** Newest article first, then article and paragraph order. */
    DATE
  }

  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    districts = List.copyOf(districts);
    provinces = List.copyOf(provinces);
    topics = List.copyOf(topics);
    kinds = List.copyOf(kinds);
    facets = List.copyOf(facets);
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 0 to " + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > MAX_LIMIT) {
      throw new IllegalArgumentException("offset must be from 0 to " + MAX_LIMIT + ": " + offset);
    }
    for (String dim : facets) {
      if (!IndexSchema.FACET_DIMS.contains(dim)) {
        throw new IllegalArgumentException("unknown facet '" + dim + "' (known: " + String.join(", ", IndexSchema.FACET_DIMS) + ")");
      }
    }
  }

  /** A request for {@code query} with no filters, no facets, the first 10 hits by relevance, highlighted. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), 20, 10, 0, SortOrder.RELEVANCE, true, Optional.empty());
  }

  public SearchRequest withQuery(String q) {
    return new SearchRequest(q, districts, provinces, years, topics, kinds, facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withDistricts(String... values) {
    return new SearchRequest(query, List.of(values), provinces, years, topics, kinds, facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withProvinces(String... values) {
    return new SearchRequest(query, districts, List.of(values), years, topics, kinds, facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withYears(YearRange range) {
    return new SearchRequest(query, districts, provinces, Optional.ofNullable(range), topics, kinds, facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withTopics(String... values) {
    return new SearchRequest(query, districts, provinces, years, List.of(values), kinds, facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withKinds(String... values) {
    return new SearchRequest(query, districts, provinces, years, topics, List.of(values), facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withFacets(String... dims) {
    return new SearchRequest(query, districts, provinces, years, topics, kinds, List.of(dims), facetLimit, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withFacetLimit(int n) {
    return new SearchRequest(query, districts, provinces, years, topics, kinds, facets, n, limit, offset, sort, highlight, timeout);
  }

  public SearchRequest withPage(int newLimit, int newOffset) {
    return new SearchRequest(query, districts, provinces, years, topics, kinds, facets, facetLimit, newLimit, newOffset, sort, highlight, timeout);
  }

  public SearchRequest withSort(SortOrder order) {
    return new SearchRequest(query, districts, provinces, years, topics, kinds, facets, facetLimit, limit, offset, order, highlight, timeout);
  }

  public SearchRequest withHighlight(boolean on) {
    return new SearchRequest(query, districts, provinces, years, topics, kinds, facets, facetLimit, limit, offset, sort, on, timeout);
  }

  public SearchRequest withTimeout(java.time.Duration bound) {
    return new SearchRequest(query, districts, provinces, years, topics, kinds, facets, facetLimit, limit, offset, sort, highlight, Optional.ofNullable(bound));
  }

  /** The filters of this request merged with those written inline in the query. */
  SearchRequest withInlineFilters(ParsedQuery parsed) {
    List<String> d = concat(districts, parsed.districts());
    List<String> p = concat(provinces, parsed.provinces());
    List<String> t = concat(topics, parsed.topics());
    List<String> k = concat(kinds, parsed.kinds());
    Optional<YearRange> y = parsed.years().isPresent() ? parsed.years() : years;
    return new SearchRequest(query, d, p, y, t, k, facets, facetLimit, limit, offset, sort, highlight, timeout);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
