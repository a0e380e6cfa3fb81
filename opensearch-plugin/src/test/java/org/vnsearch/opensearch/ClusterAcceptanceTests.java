package org.vnsearch.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertNoFailures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.opensearch.action.admin.cluster.health.ClusterHealthResponse;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.admin.indices.template.put.PutComposableIndexTemplateAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.cluster.metadata.ComposableIndexTemplate;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.BoolQueryBuilder;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.search.aggregations.Aggregation;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.SingleBucketAggregation;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.vnsearch.analysis.AnalyzedToken;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.index.DocumentBuilder;
import org.vnsearch.index.IndexSchema;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.ArticleReader;
import org.vnsearch.ingest.IngestResources;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.Paragraph;
import org.vnsearch.ingest.meta.District;
import org.vnsearch.search.SearchRequest;
import org.vnsearch.search.SearchResult;
import org.vnsearch.search.YearRange;

/**
 * The index/search acceptance on a real OpenSearch cluster: two data nodes started by OpenSearch's test framework
 * with the plugin, an index made from the template in index-config/opensearch (2 shards, 1 replica), the
 * paragraphs of the samples (and of ../shared/seeds when present) indexed through the core's ingestion. Every
 * query of the acceptance must give the same paragraphs and the same facet counts as the embedded engine on the
 * same articles.
 *
 * <p>Drill-sideways: the embedded engine counts a filtered dimension without its own filter. The OpenSearch
 * requests put the filters in {@code post_filter} (hits) and count each dimension in a filter aggregation with
 * the other dimensions' filters, which is the same thing.
 */
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class ClusterAcceptanceTests extends OpenSearchIntegTestCase {
  private static final String INDEX = "vnsearch-acceptance";
  private static final String TEMPLATE = "index-config/opensearch/vnsearch-template.json";
  private static final int ALL = 1000;

  private static List<Article> articles;
  private static Path embeddedDir;
  private static VietnameseIndex embedded;
  private static Path nodeConfig;

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(VnsearchAnalysisPlugin.class);
  }

  /**
   * The nodes' config directory holds what installing the plugin zip puts there (config/analysis-vnsearch/):
   * the template names those files.
   */
  @Override
  protected Path nodeConfigPath(int nodeOrdinal) {
    synchronized (ClusterAcceptanceTests.class) {
      if (nodeConfig == null) {
        nodeConfig = createTempDir("node-config");
        for (String name : List.of("synonyms.txt", "lexicon/user.tsv")) {
          Path target = nodeConfig.resolve("analysis-vnsearch").resolve(name);
          try (InputStream in = VnsearchConfig.class.getClassLoader().getResourceAsStream("org/vnsearch/index-config/" + name)) {
            assertNotNull("bundled " + name, in);
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return nodeConfig;
    }
  }

  /** The framework's random legacy template for "*" would only add a warning next to ours: ours decides. */
  @Override
  protected void randomIndexTemplate() {}

  // ---- the same articles in both engines ------------------------------------------------------------------

  @BeforeClass
  public static void readArticlesAndBuildTheEmbeddedIndex() throws IOException {
    List<Path> inputs = new ArrayList<>();
    inputs.add(Path.of(System.getProperty("vnsearch.samples")));
    String seeds = System.getProperty("vnsearch.seeds");
    if (seeds != null && Files.isDirectory(Path.of(seeds))) {
      // ../shared/seeds, when present: its articles (not its README)
      try (var files = Files.list(Path.of(seeds))) {
        files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(inputs::add);
      }
    }
    List<InputProblem> problems = new ArrayList<>();
    articles = new ArticleReader(VnsearchConfig.defaults()).readAll(inputs, problems);
    assertEquals("input problems: " + problems, List.of(), problems);
    assertTrue("articles: " + articles.size(), articles.size() >= 16);

    embeddedDir = createTempDir("embedded-index");
    try (VietnameseIndex writer = VietnameseIndex.openForWriting(embeddedDir, Optional.empty())) {
      for (Article a : articles) {
        writer.add(a);
      }
      writer.commit();
    }
    embedded = VietnameseIndex.openForSearch(embeddedDir, Optional.empty());
    LogManager.getLogger(ClusterAcceptanceTests.class)
        .info("{} articles, {} paragraphs from {}", articles.size(), paragraphs(), inputs);
  }

  @AfterClass
  public static void closeTheEmbeddedIndex() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
    embedded = null;
    articles = null;
  }

  private static int paragraphs() {
    return articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
  }

  /** Index from the template, 2 shards and 1 replica on the 2 data nodes, every paragraph a document. */
  private void createAndFillIndex() throws IOException {
    ComposableIndexTemplate template;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(TEMPLATE);
        XContentParser parser =
            JsonXContent.jsonXContent.createParser(xContentRegistry(), DeprecationHandler.THROW_UNSUPPORTED_OPERATION, in)) {
      template = ComposableIndexTemplate.parse(parser);
    }
    assertTrue(
        client()
            .execute(PutComposableIndexTemplateAction.INSTANCE, new PutComposableIndexTemplateAction.Request("vnsearch").indexTemplate(template))
            .actionGet()
            .isAcknowledged());
    assertTrue(
        client()
            .admin()
            .indices()
            .prepareCreate(INDEX)
            .setSettings(Settings.builder().put("index.number_of_shards", 2).put("index.number_of_replicas", 1))
            .get()
            .isAcknowledged());
    ensureGreen(INDEX);
    ClusterHealthResponse health = client().admin().cluster().prepareHealth(INDEX).get();
    assertTrue("data nodes: " + health.getNumberOfDataNodes(), health.getNumberOfDataNodes() >= 2);
    assertEquals("primaries", 2, health.getActivePrimaryShards());
    assertEquals("primaries and replicas", 4, health.getActiveShards());

    BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) {
        bulk.add(client().prepareIndex(INDEX).setId(DocumentBuilder.paragraphId(a.id(), p.ordinal())).setSource(document(a, p)));
      }
    }
    BulkResponse response = bulk.get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
    refresh(INDEX);
    assertEquals(
        paragraphs(),
        client().prepareSearch(INDEX).setSize(0).setTrackTotalHits(true).get().getHits().getTotalHits().value());
  }

  /** A paragraph as an OpenSearch document: the embedded index's fields (see the template). */
  static Map<String, Object> document(Article a, Paragraph p) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(IndexSchema.ID, DocumentBuilder.paragraphId(a.id(), p.ordinal()));
    doc.put(IndexSchema.ARTICLE_ID, a.id());
    doc.put(IndexSchema.ARTICLE_GROUP, a.group());
    doc.put(IndexSchema.PARAGRAPH, p.ordinal());
    doc.put(IndexSchema.KIND, p.kind().label());
    doc.put(IndexSchema.TITLE, a.title());
    if (a.date() != null) {
      doc.put(IndexSchema.DATE, a.date().toString());
    }
    doc.put(IndexSchema.SOURCE, a.source());
    doc.put(IndexSchema.TEXT, p.text());
    if (a.district() != null) {
      doc.put(IndexSchema.DISTRICT, a.district());
      doc.put("district_name", a.districtName());
    }
    if (a.province() != null) {
      doc.put(IndexSchema.PROVINCE, a.province());
    }
    if (a.year() != null) {
      doc.put(IndexSchema.YEAR, a.year());
    }
    doc.put(IndexSchema.YEARS_MENTIONED, p.yearsMentioned());
    doc.put(IndexSchema.DISTRICTS_MENTIONED, p.districtsMentioned());
    doc.put(IndexSchema.TOPIC, p.topics());
    doc.put(IndexSchema.HASH, a.contentHash());
    return doc;
  }

  // ---- the acceptance queries ---------------------------------------------------------------------------

  /** One query of the acceptance, for both engines. */
  private record Case(String name, SearchRequest embedded, QueryBuilder text, Map<String, List<?>> filters) {}

  private static QueryBuilder phrase(String text) {
    return QueryBuilders.matchPhraseQuery(IndexSchema.TEXT, text);
  }

  /** A query typed without diacritics also searches the accent-less subfield (as the embedded engine does). */
  private static QueryBuilder accentless(QueryBuilder exact, QueryBuilder folded) {
    return QueryBuilders.boolQuery().should(exact).should(folded).minimumShouldMatch(1);
  }

  /**
   * The district facet values a filter by name means: computed client-side from the core's gazetteer, as the
   * embedded engine does (every district of that name, and the name with an undecided province).
   */
  private static List<String> districtLabels(String name) {
    Set<String> labels = new TreeSet<>();
    for (District d : IngestResources.forConfig(VnsearchConfig.defaults()).gazetteer().resolveDistricts(name)) {
      labels.add(d.label());
      labels.add(District.unresolvedLabel(d.name()));
    }
    assertFalse("no district named " + name, labels.isEmpty());
    return List.copyOf(labels);
  }

  private static SearchRequest embeddedRequest(String query) {
    return SearchRequest.of(query).withPage(ALL, 0).withFacetLimit(ALL).withHighlight(false).withFacets("district", "year", "topic");
  }

  private static List<Case> cases() {
    String phrase = "\"thu ngân sách\"";
    return List.of(
        new Case("phrase", embeddedRequest(phrase), phrase("thu ngân sách"), Map.of()),
        new Case(
            "phrase, district Phú Tân",
            embeddedRequest(phrase).withDistricts("Phú Tân"),
            phrase("thu ngân sách"),
            Map.of("district", districtLabels("Phú Tân"))),
        new Case(
            "phrase, district Châu Thành (two provinces)",
            embeddedRequest(phrase).withDistricts("Châu Thành"),
            phrase("thu ngân sách"),
            Map.of("district", districtLabels("Châu Thành"))),
        new Case(
            "phrase, year 2024",
            embeddedRequest(phrase).withYears(YearRange.of(2024)),
            phrase("thu ngân sách"),
            Map.of("year", List.of(2024))),
        new Case(
            "phrase, years 2023..2024, district Phú Tân",
            embeddedRequest(phrase).withYears(new YearRange(2023, 2024)).withDistricts("Phú Tân"),
            phrase("thu ngân sách"),
            Map.of("year", List.of(2023, 2024), "district", districtLabels("Phú Tân"))),
        new Case(
            "accent-less phrase",
            embeddedRequest("\"thu ngan sach\""),
            accentless(phrase("thu ngan sach"), QueryBuilders.matchPhraseQuery("text.folded", "thu ngan sach")),
            Map.of()),
        new Case(
            "acronym UBND",
            embeddedRequest("UBND"),
            accentless(QueryBuilders.matchQuery(IndexSchema.TEXT, "UBND"), QueryBuilders.matchQuery("text.folded", "UBND")),
            Map.of()),
        new Case(
            "full form finds the acronym",
            embeddedRequest("\"Ủy ban nhân dân\""),
            phrase("Ủy ban nhân dân"),
            Map.of()));
  }

  /** What both engines answered: hit ids, total, and the facet counts. */
  private record Answer(Set<String> ids, long total, Map<String, Map<String, Long>> facets) {}

  private static Answer embeddedAnswer(SearchRequest request) {
    SearchResult r = embedded.searcher().search(request);
    Set<String> ids = r.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toCollection(TreeSet::new));
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    r.facets().forEach((dim, counts) -> facets.put(dim, counts.stream().collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count, Long::sum, TreeMap::new))));
    return new Answer(ids, r.totalHits(), facets);
  }

  /** The filters of all dimensions but {@code except}, as one filter query. */
  private static QueryBuilder filters(Map<String, List<?>> filters, String except) {
    BoolQueryBuilder all = QueryBuilders.boolQuery();
    filters.forEach((dim, values) -> {
      if (!dim.equals(except)) {
        all.filter(QueryBuilders.termsQuery(dim, values));
      }
    });
    return all.filter().isEmpty() ? QueryBuilders.matchAllQuery() : all;
  }

  private Answer openSearchAnswer(Case c) {
    SearchSourceBuilder source =
        new SearchSourceBuilder().query(c.text()).size(ALL).trackTotalHits(true).fetchSource(false);
    if (!c.filters().isEmpty()) {
      source.postFilter(filters(c.filters(), null));
    }
    for (String dim : c.embedded().facets()) {
      source.aggregation(
          AggregationBuilders.filter(dim, filters(c.filters(), dim))
              .subAggregation(AggregationBuilders.terms("values").field(dim).size(ALL)));
    }
    return answer(client().prepareSearch(INDEX).setSource(source).get());
  }

  /** Hits and facets of a response; a facet is a terms aggregation, or a filter aggregation over one ("values"). */
  private static Answer answer(SearchResponse response) {
    assertNoFailures(response);
    Set<String> ids = new TreeSet<>();
    for (SearchHit hit : response.getHits().getHits()) {
      ids.add(hit.getId());
    }
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    if (response.getAggregations() != null) {
      for (Aggregation agg : response.getAggregations()) {
        Terms terms =
            agg instanceof SingleBucketAggregation single ? single.getAggregations().get("values") : (Terms) agg;
        Map<String, Long> counts = new TreeMap<>();
        for (Terms.Bucket b : terms.getBuckets()) {
          counts.put(b.getKeyAsString(), b.getDocCount());
        }
        facets.put(agg.getName(), counts);
      }
    }
    return new Answer(ids, response.getHits().getTotalHits().value(), facets);
  }

  public void testAcceptanceQueriesGiveTheEmbeddedEnginesHitsAndFacets() throws IOException {
    createAndFillIndex();
    for (Case c : cases()) {
      Answer expected = embeddedAnswer(c.embedded());
      Answer actual = openSearchAnswer(c);
      assertFalse(c.name() + ": the embedded engine finds something", expected.ids().isEmpty());
      assertEquals(c.name() + ": paragraphs", expected.ids(), actual.ids());
      assertEquals(c.name() + ": total", expected.total(), actual.total());
      assertEquals(c.name() + ": facet counts", expected.facets(), actual.facets());
      logger.info("{}: {} paragraphs, {} districts", c.name(), actual.total(), actual.facets().get("district").size());
    }

    // the acceptance's own expectations, on the cluster's answers
    Answer phuTan = openSearchAnswer(cases().get(1));
    Answer all = openSearchAnswer(cases().get(0));
    assertEquals("drill-sideways: the district facet ignores its own filter", all.facets().get("district"), phuTan.facets().get("district"));
    assertTrue(phuTan.facets().get("district").size() > 2);
    assertEquals(openSearchAnswer(cases().get(5)).ids(), all.ids()); // "thu ngan sach" finds the same paragraphs
    if (System.getProperty("vnsearch.seeds") != null) {
      assertTrue(all.facets().get("district").containsKey("Phú Tân (Cà Mau)"));
    }
  }

  /** The example requests of index-config/opensearch answer what the embedded engine answers. */
  public void testExampleRequests() throws IOException {
    createAndFillIndex();
    SearchResponse plain = run("search-thu-ngan-sach.json");
    Answer expected = embeddedAnswer(cases().get(0).embedded());
    Answer actual = answer(plain);
    assertEquals(expected, actual);
    for (SearchHit hit : plain.getHits().getHits()) {
      String fragment = hit.getHighlightFields().get(IndexSchema.TEXT).fragments()[0].string();
      assertTrue(fragment, fragment.contains("<em>"));
    }

    Case phuTan = cases().get(1);
    assertEquals(
        "the example's labels are the gazetteer's",
        Set.of("Phú Tân (An Giang)", "Phú Tân (Cà Mau)", "Phú Tân (?)"),
        Set.copyOf(phuTan.filters().get("district")));
    assertEquals(embeddedAnswer(phuTan.embedded()), answer(run("search-thu-ngan-sach-phu-tan.json")));
  }

  private SearchResponse run(String example) throws IOException {
    SearchSourceBuilder source;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("index-config/opensearch/" + example);
        XContentParser parser =
            JsonXContent.jsonXContent.createParser(xContentRegistry(), DeprecationHandler.THROW_UNSUPPORTED_OPERATION, in)) {
      source = SearchSourceBuilder.fromXContent(parser);
    }
    return client().prepareSearch(INDEX).setSource(source.size(ALL).fetchSource(false)).get();
  }

  /** The _analyze API on the index gives exactly the core analyzers' tokens (on OpenSearch's Lucene). */
  public void testAnalyzeApiGivesTheCoreTokens() throws IOException {
    createAndFillIndex();
    List<String> texts = new ArrayList<>();
    for (Article a : articles.subList(0, 3)) {
      texts.add(a.paragraphs().get(a.paragraphs().size() / 2).text());
    }
    texts.add("Huyện ủy Chiêm Hoá: tổng thu ngân sách 19,7 tỷ đồng (72%), xem https://example.vn/a?b=1.");
    for (String text : texts) {
      assertEquals(tokens(new VietnameseAnalyzer(), text), analyze(text, "vietnamese", null));
      assertEquals(tokens(new VietnameseAnalyzer(), text), analyze(text, null, IndexSchema.TEXT));
      assertEquals(tokens(VietnameseAnalyzer.folded(VnsearchConfig.defaults()), text), analyze(text, null, "text.folded"));
    }
    List<String> ubnd = analyze("UBND", "vietnamese_search", null).stream().map(AnalyzedToken::term).toList();
    assertTrue(ubnd.toString(), ubnd.containsAll(List.of("ubnd", "ủy", "ban", "nhân", "dân")));
  }

  private static List<AnalyzedToken> tokens(org.apache.lucene.analysis.Analyzer analyzer, String text) {
    return AnalyzedToken.analyze(analyzer, IndexSchema.TEXT, text);
  }

  private List<AnalyzedToken> analyze(String text, String analyzer, String field) {
    var request = client().admin().indices().prepareAnalyze(INDEX, text);
    if (analyzer != null) {
      request.setAnalyzer(analyzer);
    } else {
      request.setField(field);
    }
    List<AnalyzedToken> out = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken t : request.get().getTokens()) {
      out.add(new AnalyzedToken(t.getTerm(), t.getType(), t.getStartOffset(), t.getEndOffset(), t.getPosition(), t.getPositionLength()));
    }
    return out;
  }
}
