package org.vnsearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vnsearch.index.IndexSchema;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.search.SearchRequest;
import org.vnsearch.search.SearchResult;
import org.vnsearch.search.YearRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches an index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search paragraphs. QUERY: \"a phrase\", bare words (all required), -excluded, and inline filters",
      "district:\"Phú Tân\" province:\"Cà Mau\" year:2023 year:2022..2024 topic:ngan-sach kind:body.",
      "A query typed without any diacritics also matches accented text, ranked lower."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexDirOption index;
  @Mixin ConfigOption config;

  @Option(names = "--district", paramLabel = "NAME", description = "Only this district (a name, or a facet value such as \"Phú Tân (Cà Mau)\"); repeatable.")
  List<String> districts = new ArrayList<>();

  @Option(names = "--province", paramLabel = "NAME", description = "Only this province; repeatable.")
  List<String> provinces = new ArrayList<>();

  @Option(names = "--year", paramLabel = "YEAR", description = "A year (2023) or a range (2022..2024).")
  String year;

  @Option(names = "--topic", paramLabel = "ID", description = "Only this topic (e.g. ngan-sach); repeatable.")
  List<String> topics = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this paragraph kind: title, dateline, body, caption, byline; repeatable.")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--facets", split = ",", paramLabel = "DIM", description = "Count these: district, province, year, topic, kind.")
  List<String> facets = new ArrayList<>();

  @Option(names = "--facet-limit", defaultValue = "20", paramLabel = "N", description = "Values listed per facet (default 20).")
  int facetLimit;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show (default 10).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Hits to skip (default 0).")
  int offset;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER", description = "relevance (default) or date.")
  SearchRequest.SortOrder sort;

  @Option(names = "--json", description = "Print one JSON object (see README).")
  boolean json;

  @Option(names = "--timeout-ms", paramLabel = "MS", description = "Time bound of the search (default: search.timeout_ms of the configuration, 2000).")
  Long timeoutMs;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several arguments are joined with spaces.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() {
    for (String dim : facets) {
      if (!IndexSchema.FACET_DIMS.contains(dim)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--facets: unknown dimension '" + dim + "' (known: " + String.join(", ", IndexSchema.FACET_DIMS) + ")");
      }
    }
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT || offset < 0 || offset > SearchRequest.MAX_LIMIT) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit and --offset must be from 0 to " + SearchRequest.MAX_LIMIT);
    }
    String q = String.join(" ", query);
    SearchRequest request =
        SearchRequest.of(q)
            .withDistricts(districts.toArray(String[]::new))
            .withProvinces(provinces.toArray(String[]::new))
            .withYears(year == null ? null : YearRange.parse(year, "--year"))
            .withTopics(topics.toArray(String[]::new))
            .withKinds(kinds.toArray(String[]::new))
            .withFacets(facets.toArray(String[]::new))
            .withFacetLimit(facetLimit)
            .withPage(limit, offset)
            .withSort(sort)
            .withTimeout(timeoutMs == null ? null : java.time.Duration.ofMillis(Math.max(0, timeoutMs)));
    if (q.isBlank() && districts.isEmpty() && provinces.isEmpty() && year == null && topics.isEmpty() && kinds.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give a QUERY, or filters (--district, --year, ...) to list paragraphs by date");
    }
    SearchResult result;
    try (VietnameseIndex idx =
        VietnameseIndex.openForSearch(index.dir(), config.given() ? Optional.of(config.load()) : Optional.empty())) {
      Cli.segmenter(spec, idx.config());
      result = idx.searcher().search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(result));
    } else {
      new SearchOutput(out, Ansi.AUTO.enabled() && Terminal.isInteractive()).print(result);
    }
    out.flush();
    return Cli.OK;
  }
}
