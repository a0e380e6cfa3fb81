package org.vnsearch.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.vnsearch.BadInputException;
import org.vnsearch.analysis.Synonyms;
import org.vnsearch.analysis.dict.Lexicons;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.index.IndexSchema;
import org.vnsearch.ingest.IngestResources;
import org.vnsearch.ingest.ParagraphKind;
import org.vnsearch.ingest.meta.District;
import org.vnsearch.ingest.meta.Province;
import org.vnsearch.ingest.meta.Topic;

/**
 * Searches an index: parses the query, builds the Lucene query from the analyzed syllables, applies the filters
 * as drill-downs and counts facets drill-sideways (a filtered dimension is counted in a second pass without its
 * own filter; unlike Lucene's DrillSideways scorer, every pass honours the search time bound), then highlights
 * the hits. Thread-safe: each search acquires
 * the current point-in-time view from a {@link SearcherManager} and releases it.
 */
public final class Searcher implements AutoCloseable {
  private final SearcherManager manager;
  private final VnsearchConfig config;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final QueryBuilder queryBuilder;
  private final IngestResources ingest;
  private final Highlighting highlighting;
  private final Object stateLock = new Object();
  private IndexReader stateReader;
  private SortedSetDocValuesReaderState state;

  public Searcher(SearcherManager manager, VnsearchConfig config) {
    this.manager = manager;
    this.config = config;
    this.ingest = IngestResources.forConfig(config);
    Synonyms synonyms = IngestResources.loadSynonyms(config);
    this.queryBuilder = new QueryBuilder(synonyms, loadStopwords(config), Lexicons.forConfig(config));
    this.highlighting = new Highlighting(config);
  }

  private static Set<String> loadStopwords(VnsearchConfig config) {
    Set<String> words = new HashSet<>();
    config.analysis().stopwords().ifPresent(name -> {
      try (InputStream in = config.source().open(name)) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            words.addAll(org.vnsearch.analysis.VietnameseAnalyzer.terms(w));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return Set.copyOf(words);
  }

  /** Makes the searcher see what was committed or flushed since it last looked. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    ParsedQuery parsed = QueryParser.parse(request.query());
    SearchRequest effective = request.withInlineFilters(parsed);
    Query textQuery = queryBuilder.build(parsed);
    boolean byDate =
        effective.sort() == SearchRequest.SortOrder.DATE || !parsed.hasPositiveClauses();
    IndexSearcher acquired;
    try {
      acquired = manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      // A searcher of our own over the shared reader: the time bound belongs to this search only.
      IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
      long timeoutMs = effective.timeout().map(java.time.Duration::toMillis).orElse((long) config.index().queryTimeoutMillis());
      searcher.setTimeout(new QueryTimeoutImpl(timeoutMs));
      SortedSetDocValuesReaderState facetState = facetState(searcher.getIndexReader());
      Map<String, List<String>> filters = filters(effective, facetState);
      int topN = Math.max(effective.offset() + effective.limit(), 1);
      Sort sort = byDate ? dateSort() : null;
      Query filtered = drillDown(textQuery, filters, null);
      FacetsCollectorManager.FacetsResult main =
          sort == null
              ? FacetsCollectorManager.search(searcher, filtered, topN, new FacetsCollectorManager())
              : FacetsCollectorManager.search(searcher, filtered, topN, sort, false, new FacetsCollectorManager());
      TopDocs top = main.topDocs();
      long total = totalHits(main.facetsCollector(), top);
      Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
      for (String dim : effective.facets()) {
        if (facetState == null) {
          facets.put(dim, List.of());
          continue;
        }
        // Drill sideways: a dimension the request filters on is counted without its own filter, so that its
        // other values show (with the counts they would have).
        FacetsCollector collector =
            filters.containsKey(dim)
                ? searcher.search(drillDown(textQuery, filters, dim), new FacetsCollectorManager())
                : main.facetsCollector();
        facets.put(dim, counts(new SortedSetDocValuesFacetCounts(facetState, collector), dim, effective.facetLimit()));
      }
      boolean timedOut = searcher.timedOut();
      double searchMs = (System.nanoTime() - start) / 1e6;
      ScoreDoc[] page = page(top.scoreDocs, effective.offset(), effective.limit());
      long highlightStart = System.nanoTime();
      List<SearchResult.Snippet> snippets =
          effective.highlight() && page.length > 0
              ? highlighting.snippets(searcher, textQuery, page)
              : null;
      double highlightMs = (System.nanoTime() - highlightStart) / 1e6;
      List<SearchResult.Hit> hits = new ArrayList<>(page.length);
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < page.length; i++) {
        Document doc = stored.document(page[i].doc);
        SearchResult.Snippet snippet =
            snippets != null ? snippets.get(i) : new SearchResult.Snippet(Highlighting.opening(doc.get(IndexSchema.TEXT)), List.of());
        hits.add(hit(doc, byDate ? 0f : page[i].score, snippet));
      }
      double totalMs = (System.nanoTime() - start) / 1e6;
      return new SearchResult(
          request.query(), total, hits, facets, timedOut, new SearchResult.Timing(round(searchMs), round(highlightMs), round(totalMs)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        manager.release(acquired);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }

  private static ScoreDoc[] page(ScoreDoc[] all, int offset, int limit) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    int end = Math.min(all.length, offset + limit);
    ScoreDoc[] page = new ScoreDoc[end - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  /** Exact count from the drill-down collector (TopDocs stops counting past a threshold). */
  private static long totalHits(FacetsCollector collector, TopDocs top) {
    if (collector == null) {
      return top.totalHits.value();
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      total += m.totalHits();
    }
    return total;
  }

  private static Sort dateSort() {
    SortField date = new SortField(IndexSchema.DATE_SORT, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE); // undated paragraphs last
    return new Sort(
        date,
        new SortField(IndexSchema.ARTICLE_ID, SortField.Type.STRING),
        new SortField(IndexSchema.PARAGRAPH_SORT, SortField.Type.LONG));
  }

  private List<SearchResult.FacetCount> counts(Facets facets, String dim, int limit) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(Math.max(limit, 1), dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no paragraph has a value for this dimension
    }
    List<SearchResult.FacetCount> counts = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
      }
    }
    // Lucene breaks ties by ordinal (byte order); sort by count, then by name as people read it.
    java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
    counts.sort(
        (a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : collator.compare(a.value(), b.value()));
    return counts;
  }

  // ---- filters ----------------------------------------------------------------------------------------------

  /** The text query restricted to the filters, leaving out those of {@code withoutDim}. */
  private Query drillDown(Query text, Map<String, List<String>> filters, String withoutDim) {
    DrillDownQuery q = new DrillDownQuery(facetsConfig, text);
    filters.forEach((dim, values) -> {
      if (!dim.equals(withoutDim)) {
        for (String v : values) {
          q.add(dim, v);
        }
      }
    });
    return q;
  }

  /** The facet values each filtered dimension may take (a paragraph needs one of them). */
  private Map<String, List<String>> filters(SearchRequest r, SortedSetDocValuesReaderState state) throws IOException {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (!r.districts().isEmpty()) {
      Set<String> existing = state == null ? Set.of() : values(state, IndexSchema.DISTRICT);
      filters.put(IndexSchema.DISTRICT, districtValues(r.districts(), existing));
    }
    if (!r.provinces().isEmpty()) {
      filters.put(IndexSchema.PROVINCE, provinceValues(r.provinces()));
    }
    if (r.years().isPresent()) {
      YearRange y = r.years().get();
      if (y.to() - y.from() > 500) {
        throw new BadInputException("--year " + y + ": a range of at most 500 years");
      }
      List<String> years = new ArrayList<>();
      for (int year = y.from(); year <= y.to(); year++) {
        years.add(Integer.toString(year));
      }
      filters.put(IndexSchema.YEAR, years);
    }
    if (!r.topics().isEmpty()) {
      filters.put(IndexSchema.TOPIC, r.topics().stream().map(this::topicId).distinct().toList());
    }
    if (!r.kinds().isEmpty()) {
      List<String> kinds = new ArrayList<>();
      for (String kind : r.kinds()) {
        ParagraphKind k = ParagraphKind.fromLabel(kind);
        if (k == null) {
          throw new BadInputException("unknown kind '" + kind + "' (known: title, dateline, body, caption, byline)");
        }
        kinds.add(k.label());
      }
      filters.put(IndexSchema.KIND, kinds);
    }
    return filters;
  }

  /** Facet values for district filters: exact labels, or every district of that name (any province). */
  private List<String> districtValues(List<String> requested, Set<String> existing) {
    Set<String> values = new LinkedHashSet<>();
    for (String d : requested) {
      if (existing.contains(d.strip())) {
        values.add(d.strip());
        continue;
      }
      List<District> districts = ingest.gazetteer().resolveDistricts(d);
      if (districts.isEmpty()) {
        throw new BadInputException("unknown district '" + d + "' (give a name such as \"Phú Tân\" or a facet value such as \"Phú Tân (Cà Mau)\")");
      }
      for (District district : districts) {
        values.add(district.label());
        values.add(District.unresolvedLabel(district.name()));
      }
    }
    return List.copyOf(values);
  }

  private List<String> provinceValues(List<String> requested) {
    Set<String> values = new LinkedHashSet<>();
    for (String p : requested) {
      List<Province> provinces = ingest.gazetteer().resolveProvinces(p);
      if (provinces.isEmpty()) {
        values.add(p.strip()); // a province given explicitly in JSON input may be outside the gazetteer
      }
      provinces.forEach(province -> values.add(province.name()));
    }
    return List.copyOf(values);
  }

  private String topicId(String topic) {
    String t = topic.strip();
    List<String> known = new ArrayList<>();
    for (Topic tp : ingest.topics().topics()) {
      if (tp.id().equalsIgnoreCase(t) || tp.label().equalsIgnoreCase(t)) {
        return tp.id();
      }
      known.add(tp.id());
    }
    throw new BadInputException("unknown topic '" + topic + "' (known: " + String.join(", ", known) + ")");
  }

  private static Set<String> values(SortedSetDocValuesReaderState state, String dim) throws IOException {
    Set<String> out = new HashSet<>();
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return out;
    }
    var dv = state.getDocValues();
    for (int ord = range.start(); ord <= range.end(); ord++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
      if (path.length == 2) {
        out.add(path[1]);
      }
    }
    return out;
  }

  // ---- facet state, cached per point-in-time reader ---------------------------------------------------------

  /** The sorted-set facet state of a reader (built once per reader: it maps facet ordinals across segments). */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    synchronized (stateLock) {
      if (stateReader != reader) {
        state = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
        stateReader = reader;
      }
      return state;
    }
  }

  private static boolean hasFacets(IndexReader reader) {
    for (var leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
        return true;
      }
    }
    return false;
  }

  // ---- hits --------------------------------------------------------------------------------------------------

  private static SearchResult.Hit hit(Document doc, float score, SearchResult.Snippet snippet) {
    List<String> topics = new ArrayList<>();
    for (IndexableField f : doc.getFields(IndexSchema.TOPIC)) {
      topics.add(f.stringValue());
    }
    IndexableField year = doc.getField(IndexSchema.YEAR);
    IndexableField paragraph = doc.getField(IndexSchema.PARAGRAPH);
    return new SearchResult.Hit(
        doc.get(IndexSchema.ID),
        doc.get(IndexSchema.ARTICLE_ID),
        paragraph == null ? 0 : paragraph.numericValue().intValue(),
        score,
        doc.get(IndexSchema.TITLE),
        doc.get(IndexSchema.DISTRICT),
        doc.get(IndexSchema.PROVINCE),
        year == null ? null : year.numericValue().intValue(),
        doc.get(IndexSchema.DATE),
        topics,
        doc.get(IndexSchema.KIND),
        doc.get(IndexSchema.SOURCE),
        snippet);
  }

  /** The configuration this searcher analyzes queries with. */
  public VnsearchConfig config() {
    return config;
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
