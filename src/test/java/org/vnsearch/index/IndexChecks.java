package org.vnsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Assertions about an index on disk: Lucene's CheckIndex, and whole articles only. */
final class IndexChecks {
  private IndexChecks() {}

  /** Runs CheckIndex; fails with its report unless the index is clean. */
  static void assertClean(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(IndexManifest.luceneDir(indexDir)); CheckIndex check = new CheckIndex(dir)) {
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, report.toString(StandardCharsets.UTF_8));
    }
  }

  /** Paragraphs per article id in the last commit. */
  static Map<String, Integer> paragraphsPerArticle(Path indexDir) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    try (Directory dir = FSDirectory.open(IndexManifest.luceneDir(indexDir)); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        SortedDocValues ids = ctx.reader().getSortedDocValues(IndexSchema.ARTICLE_ID);
        Bits live = ctx.reader().getLiveDocs();
        if (ids == null) {
          continue;
        }
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if (live == null || live.get(doc)) {
            counts.merge(ids.lookupOrd(ids.ordValue()).utf8ToString(), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /** Every article present has all its paragraphs: no article is half in. */
  static void assertWholeArticles(Path indexDir, Map<String, Integer> expected) throws IOException {
    for (var e : paragraphsPerArticle(indexDir).entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), "paragraphs of article " + e.getKey());
    }
  }
}
