package org.vnsearch.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.config.VnsearchConfig;

/**
 * The fields of the index: one Lucene document per paragraph. Names are shared by the document builder, the
 * searcher and the OpenSearch mapping.
 *
 * <ul>
 *   <li>{@value #TEXT}: syllables with dictionary words stacked on them, offsets in the postings for highlighting.
 *   <li>{@value #TEXT_FOLDED}: the same without diacritics, the fallback for queries typed without them.
 *   <li>Facets (sorted-set doc values, no taxonomy sidecar): {@value #DISTRICT}, {@value #PROVINCE}, {@value
 *       #YEAR}, {@value #TOPIC} (multi-valued), {@value #KIND}.
 * </ul>
 */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String ARTICLE_ID = "article_id";
  /** The article id without a part suffix: the unit that re-indexing a file replaces. */
  public static final String ARTICLE_GROUP = "article_group";
  public static final String PARAGRAPH = "paragraph";
  public static final String KIND = "kind";
  public static final String TITLE = "title";
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String TEXT = "text";
  public static final String TEXT_FOLDED = "text_folded";
  public static final String DISTRICT = "district";
  public static final String PROVINCE = "province";
  public static final String YEAR = "year";
  public static final String YEARS_MENTIONED = "years_mentioned";
  public static final String DISTRICTS_MENTIONED = "districts_mentioned";
  public static final String TOPIC = "topic";
  public static final String HASH = "hash";
  /** Doc values used to sort by date (epoch day; articles without a date sort last). */
  public static final String DATE_SORT = "date_sort";
  /** Doc values: paragraph number, to keep an article's paragraphs in order. */
  public static final String PARAGRAPH_SORT = "paragraph_sort";

  /** Dimensions with facet counts, in display order. */
  public static final List<String> FACET_DIMS = List.of(DISTRICT, PROVINCE, YEAR, TOPIC, KIND);

  /** Analyzed text: positions for phrases, offsets for the highlighter, stored for display. */
  public static final FieldType TEXT_TYPE = textType(true);
  public static final FieldType TEXT_FOLDED_TYPE = textType(false);

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private IndexSchema() {}

  /** Facets: all dimensions single-valued except topic. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(TOPIC, true);
    return config;
  }

  /** The index-time analyzers: Vietnamese for the two text fields, keywords elsewhere. */
  public static Analyzer indexAnalyzer(VnsearchConfig config) {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(TEXT, new VietnameseAnalyzer(config), TEXT_FOLDED, VietnameseAnalyzer.folded(config)));
  }

  /** Live paragraphs per article id: how {@code stats} counts articles and how tests check none is half in. */
  static Map<String, Integer> paragraphsPerArticle(IndexReader reader) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      SortedDocValues ids = ctx.reader().getSortedDocValues(ARTICLE_ID);
      if (ids == null) {
        continue;
      }
      Bits live = ctx.reader().getLiveDocs();
      for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live == null || live.get(doc)) {
          counts.merge(ids.lookupOrd(ids.ordValue()).utf8ToString(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }
}
