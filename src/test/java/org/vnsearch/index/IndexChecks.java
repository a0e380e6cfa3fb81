package org.vnsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

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
    try (Directory dir = FSDirectory.open(IndexManifest.luceneDir(indexDir)); DirectoryReader reader = DirectoryReader.open(dir)) {
      return IndexSchema.paragraphsPerArticle(reader);
    }
  }

  /** Every article present has all its paragraphs: no article is half in. */
  static void assertWholeArticles(Path indexDir, Map<String, Integer> expected) throws IOException {
    for (var e : paragraphsPerArticle(indexDir).entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), "paragraphs of article " + e.getKey());
    }
  }
}
