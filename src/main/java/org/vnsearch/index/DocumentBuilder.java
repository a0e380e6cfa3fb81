package org.vnsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.Paragraph;

/**
 * Builds the Lucene documents of an article: one per paragraph, each carrying the article's metadata (see {@link
 * IndexSchema}). Stateless and thread-safe.
 */
public final class DocumentBuilder {
  private final FacetsConfig facets = IndexSchema.facetsConfig();

  /** The article's documents, in paragraph order. */
  public List<Document> build(Article article) {
    List<Document> docs = new ArrayList<>(article.paragraphs().size());
    for (Paragraph p : article.paragraphs()) {
      docs.add(build(article, p));
    }
    return docs;
  }

  private Document build(Article a, Paragraph p) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.ID, paragraphId(a.id(), p.ordinal()), Field.Store.YES));
    doc.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(a.id())));
    doc.add(new StringField(IndexSchema.ARTICLE_GROUP, a.group(), Field.Store.NO));
    doc.add(new StoredField(IndexSchema.PARAGRAPH, p.ordinal()));
    doc.add(new NumericDocValuesField(IndexSchema.PARAGRAPH_SORT, p.ordinal()));
    doc.add(new StringField(IndexSchema.KIND, p.kind().label(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.KIND, p.kind().label()));
    doc.add(new StoredField(IndexSchema.TITLE, a.title()));
    doc.add(new StoredField(IndexSchema.SOURCE, a.source()));
    doc.add(new SortedDocValuesField(IndexSchema.HASH, new BytesRef(a.contentHash())));
    if (a.date() != null) {
      doc.add(new StoredField(IndexSchema.DATE, a.date().toString()));
      doc.add(new LongPoint(IndexSchema.DATE, a.date().toEpochDay()));
      doc.add(new NumericDocValuesField(IndexSchema.DATE_SORT, a.date().toEpochDay()));
    }
    doc.add(new Field(IndexSchema.TEXT, p.text(), IndexSchema.TEXT_TYPE));
    doc.add(new Field(IndexSchema.TEXT_FOLDED, p.text(), IndexSchema.TEXT_FOLDED_TYPE));
    if (a.district() != null) {
      doc.add(new StringField(IndexSchema.DISTRICT, a.district(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.DISTRICT, a.district()));
    }
    if (a.province() != null) {
      doc.add(new StringField(IndexSchema.PROVINCE, a.province(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.PROVINCE, a.province()));
    }
    if (a.year() != null) {
      doc.add(new IntPoint(IndexSchema.YEAR, a.year()));
      doc.add(new StoredField(IndexSchema.YEAR, a.year()));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR, a.year().toString()));
    }
    for (int y : p.yearsMentioned()) {
      doc.add(new IntPoint(IndexSchema.YEARS_MENTIONED, y));
      doc.add(new StoredField(IndexSchema.YEARS_MENTIONED, y));
    }
    for (String d : p.districtsMentioned()) {
      doc.add(new StringField(IndexSchema.DISTRICTS_MENTIONED, d, Field.Store.YES));
    }
    for (String topic : p.topics()) {
      doc.add(new StringField(IndexSchema.TOPIC, topic, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.TOPIC, topic));
    }
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // sorted-set facets need no taxonomy writer: no I/O
    }
  }

  /** The id of a paragraph document: "article-id#p3". */
  public static String paragraphId(String articleId, int ordinal) {
    return articleId + "#p" + ordinal;
  }

}
