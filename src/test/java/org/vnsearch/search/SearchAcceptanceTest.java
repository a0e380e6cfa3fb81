package org.vnsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.analysis.text.SyllableNormalizer;
import org.vnsearch.index.Indexer;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.ArticleReader;
import org.vnsearch.ingest.Paragraph;
import org.vnsearch.ingest.TestData;

/**
 * The acceptance of the index/search issue: the phrase "thu ngân sách" over the seeds (when ../shared/seeds is
 * there) and over the bundled samples (always), with drill-sideways district facets, year filters, accent-less
 * and acronym queries, and idempotent re-indexing.
 */
class SearchAcceptanceTest {
  @TempDir Path dir;

  /** The oracle: a paragraph contains the phrase when its words, in any case and tone spelling, are in a row. */
  private static final Pattern PHRASE = Pattern.compile("(?iU)\\bthu\\s+ngân\\s+sách\\b");

  private static boolean containsPhrase(String text) {
    StringBuilder normalized = new StringBuilder();
    for (String w : text.split(" ")) {
      normalized.append(SyllableNormalizer.normalize(w)).append(' ');
    }
    return PHRASE.matcher(normalized).find();
  }

  private static List<Path> txtFiles(Path folder) throws IOException {
    try (var list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private Indexer.Summary index(Path indexDir, List<Path> inputs) {
    try (VietnameseIndex idx = VietnameseIndex.openForWriting(indexDir, Optional.empty())) {
      return new Indexer(idx, new Indexer.Options(2, Duration.ofSeconds(30), StandardCharsets.UTF_8))
          .run(inputs, problem -> {});
    }
  }

  private static SearchResult search(Path indexDir, SearchRequest request) {
    try (VietnameseIndex idx = VietnameseIndex.openForSearch(indexDir, Optional.empty())) {
      return idx.searcher().search(request.withPage(1000, 0));
    }
  }

  /** Paragraph ids (article id + ordinal) of all paragraphs that contain the phrase, by the oracle. */
  private static Set<String> expectedIds(List<Path> inputs) {
    Set<String> ids = new TreeSet<>();
    for (Article a : new ArticleReader(org.vnsearch.config.VnsearchConfig.defaults()).readAll(inputs)) {
      for (Paragraph p : a.paragraphs()) {
        if (containsPhrase(p.text())) {
          ids.add(a.id() + "#p" + p.ordinal());
        }
      }
    }
    return ids;
  }

  private static Set<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> facetValues(SearchResult r, String dim) {
    return r.facets().get(dim).stream().map(SearchResult.FacetCount::value).toList();
  }

  @Test
  void seedsPhraseFacetsDrillSidewaysYearAccentlessAcronymAndReindexing() throws IOException {
    Path seeds = TestData.seeds();
    assumeTrue(seeds != null, "../shared/seeds is not present: skipped");
    List<Path> inputs = txtFiles(seeds);
    Path idx = dir.resolve("seeds-index");
    Indexer.Summary first = index(idx, inputs);
    assertEquals(5, first.articles());

    SearchRequest phrase = SearchRequest.of("\"thu ngân sách\"").withFacets("district");
    SearchResult r = search(idx, phrase);
    Set<String> expected = expectedIds(inputs);
    assertTrue(expected.size() >= 5, "the seeds have many budget paragraphs: " + expected.size());
    assertEquals(expected, ids(r), "every paragraph with the phrase, and no other");
    assertEquals(expected.size(), r.totalHits());
    assertTrue(r.hits().stream().anyMatch(h -> h.snippet().text().contains("tổng thu ngân sách")), "inside 'tổng thu'");
    assertTrue(r.hits().stream().anyMatch(h -> h.snippet().text().contains("tăng thu ngân sách")), "inside 'tăng thu'");
    assertEquals(
        Set.of("Thống Nhất (Đồng Nai)", "Phú Tân (Cà Mau)", "Chi Lăng (Lạng Sơn)", "Chiêm Hóa (Tuyên Quang)", "Mường Lát (Thanh Hóa)"),
        Set.copyOf(facetValues(r, "district")));

    SearchResult phuTan = search(idx, phrase.withDistricts("Phú Tân"));
    assertFalse(phuTan.hits().isEmpty());
    assertTrue(phuTan.hits().stream().allMatch(h -> h.district().equals("Phú Tân (Cà Mau)")));
    assertEquals(5, facetValues(phuTan, "district").size(), "drill-sideways: the other districts still show");
    assertEquals(r.facets().get("district"), phuTan.facets().get("district"));

    SearchResult y2024 = search(idx, phrase.withYears(YearRange.of(2024)));
    assertEquals(Set.of("Chiêm Hóa (Tuyên Quang)"), y2024.hits().stream().map(SearchResult.Hit::district).collect(Collectors.toSet()));

    assertEquals(ids(r), ids(search(idx, SearchRequest.of("\"thu ngan sach\""))), "accent-less phrase");
    assertTrue(ids(search(idx, SearchRequest.of("thu ngan sach"))).containsAll(ids(r)), "accent-less words");

    SearchResult ubnd = search(idx, SearchRequest.of("UBND"));
    assertTrue(ubnd.hits().stream().anyMatch(h -> h.snippet().text().contains("Ủy ban nhân dân")), "UBND finds the full form");

    Indexer.Summary again = index(idx, inputs);
    assertEquals(5, again.unchanged());
    assertEquals(r.totalHits(), search(idx, phrase).totalHits());
    try (VietnameseIndex v = VietnameseIndex.openForSearch(idx, Optional.empty())) {
      assertEquals(first.paragraphs(), v.stats().paragraphs(), "re-indexing gives the same paragraph count");
    }
  }

  @Test
  void samplesPhraseFacetsAndFilters() throws IOException {
    Path idx = dir.resolve("samples-index");
    List<Path> inputs = List.of(TestData.samples());
    Indexer.Summary summary = index(idx, inputs);
    assertEquals(16, summary.articles());
    assertEquals(0, summary.errors());

    SearchResult r = search(idx, SearchRequest.of("\"thu ngân sách\"").withFacets("district", "year", "topic"));
    assertEquals(expectedIds(inputs), ids(r));
    List<SearchResult.FacetCount> districts = r.facets().get("district");
    for (int i = 1; i < districts.size(); i++) {
      assertTrue(districts.get(i - 1).count() >= districts.get(i).count(), "counts sorted by count");
    }
    assertTrue(facetValues(r, "district").contains("Phú Tân (An Giang)"));
    assertEquals(Set.of("2022", "2023", "2024", "2025"), Set.copyOf(facetValues(r, "year")));

    // a district name shared by two provinces: the filter takes both, the facet keeps them apart
    SearchResult chauThanh = search(idx, SearchRequest.of("\"thu ngân sách\"").withDistricts("Châu Thành").withFacets("district"));
    assertEquals(
        Set.of("Châu Thành (Tiền Giang)", "Châu Thành (Hậu Giang)"),
        chauThanh.hits().stream().map(SearchResult.Hit::district).collect(Collectors.toSet()));
    SearchResult tienGiang =
        search(idx, SearchRequest.of("\"thu ngân sách\"").withDistricts("Châu Thành (Tiền Giang)"));
    assertTrue(tienGiang.hits().stream().allMatch(h -> h.district().equals("Châu Thành (Tiền Giang)")));

    SearchResult range = search(idx, SearchRequest.of("\"thu ngân sách\"").withYears(new YearRange(2022, 2023)).withFacets("year"));
    assertTrue(range.hits().stream().allMatch(h -> h.year() == 2022 || h.year() == 2023));
    assertEquals(4, range.facets().get("year").size(), "drill-sideways on year");

    SearchResult topic = search(idx, SearchRequest.of("district:\"Thống Nhất\" topic:ngan-sach kind:body"));
    assertFalse(topic.hits().isEmpty());
    assertTrue(topic.hits().stream().allMatch(h -> h.topics().contains("ngan-sach") && h.kind().equals("body")
        && h.district().equals("Thống Nhất (Đồng Nai)")));

    // an empty query with filters lists paragraphs by date, newest first
    SearchResult byDate = search(idx, SearchRequest.of("").withProvinces("Cà Mau"));
    List<String> dates = byDate.hits().stream().map(SearchResult.Hit::date).filter(d -> d != null).toList();
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates);
    assertFalse(byDate.hits().isEmpty());
  }
}
