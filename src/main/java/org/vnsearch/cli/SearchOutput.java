package org.vnsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.vnsearch.search.SearchResult;

/** Prints a search result for people: hits with highlighted snippets (bold on a terminal), then facet counts. */
final class SearchOutput {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean bold;

  SearchOutput(PrintWriter out, boolean bold) {
    this.out = out;
    this.bold = bold;
  }

  void print(SearchResult r) {
    out.printf(
        "%,d paragraph%s match %s (%.1f ms)%s%n",
        r.totalHits(),
        r.totalHits() == 1 ? "" : "s",
        r.query().isBlank() ? "the filters" : r.query(),
        r.timing().totalMs(),
        r.timedOut() ? " — stopped at the time limit, results are partial" : "");
    int n = 0;
    for (SearchResult.Hit h : r.hits()) {
      n++;
      out.println();
      out.printf(
          "%2d. %s · %s · %s · %s%s%n",
          n,
          orDash(h.district()),
          h.year() == null ? "-" : h.year(),
          h.kind(),
          h.topics().isEmpty() ? "no topic" : String.join(", ", h.topics()),
          h.score() > 0 ? String.format(" · score %.2f", h.score()) : "");
      if (h.title() != null && !h.title().isEmpty()) {
        out.printf("    %s%n", h.title());
      }
      out.printf("    %s%n", marked(h.snippet()));
      out.printf("    %s #%d%n", h.source(), h.paragraph());
    }
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      out.println();
      out.printf("%s:%n", e.getKey());
      if (e.getValue().isEmpty()) {
        out.println("  (none)");
      }
      for (SearchResult.FacetCount c : e.getValue()) {
        out.printf("  %6d  %s%n", c.count(), c.value());
      }
    }
  }

  /** The snippet with its matches in bold on a terminal, plain otherwise. */
  String marked(SearchResult.Snippet s) {
    if (!bold || s.highlights().isEmpty()) {
      return s.text();
    }
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (SearchResult.Snippet.Span span : s.highlights()) {
      b.append(s.text(), at, span.start()).append(BOLD).append(s.text(), span.start(), span.end()).append(RESET);
      at = span.end();
    }
    return b.append(s.text().substring(at)).toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
