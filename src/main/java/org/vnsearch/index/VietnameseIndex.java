package org.vnsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.vnsearch.BadInputException;
import org.vnsearch.VnsearchException;
import org.vnsearch.Version;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.Article;
import org.vnsearch.search.Searcher;

/**
 * A vnsearch index on disk: {@code DIR/lucene/} (one document per paragraph) and {@code DIR/vnsearch-config/}
 * (the configuration it was built with). Open it for writing (one process at a time: Lucene's native lock) or for
 * searching only (any number of processes, also while another writes).
 *
 * <pre>{@code
 * try (VietnameseIndex index = VietnameseIndex.openForWriting(dir, Optional.empty())) {
 *   index.add(article);
 *   index.commit();
 *   SearchResult result = index.searcher().search(SearchRequest.parse("\"thu ngân sách\""));
 * }
 * }</pre>
 *
 * Thread-safe: articles may be added from several threads, and {@link #searcher()} serves any number of threads.
 */
public final class VietnameseIndex implements AutoCloseable {
  private final Path dir;
  private final VnsearchConfig config;
  private final Directory directory;
  private final IndexWriter writer;
  private final Searcher searcher;
  private final DocumentBuilder documents = new DocumentBuilder();

  private VietnameseIndex(Path dir, VnsearchConfig config, Directory directory, IndexWriter writer)
      throws IOException {
    this.dir = dir;
    this.config = config;
    this.directory = directory;
    this.writer = writer;
    SearcherManager manager =
        writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    this.searcher = new Searcher(manager, config);
  }

  /**
   * Opens or creates an index for writing. An existing index keeps the configuration it recorded; {@code
   * config} may only repeat it (the same analysis). A new index records {@code config}, or the defaults.
   */
  public static VietnameseIndex openForWriting(Path dir, Optional<VnsearchConfig> config) {
    return openForWriting(dir, config, FSDirectory::open);
  }

  /** Opens the Lucene files through a {@link Directory} of the caller's making (tests inject failures). */
  interface DirectoryFactory {
    Directory open(Path path) throws IOException;
  }

  static VietnameseIndex openForWriting(Path dir, Optional<VnsearchConfig> config, DirectoryFactory directories) {
    VnsearchConfig chosen = chooseConfig(dir, config, true);
    return openWriter(
        dir, chosen, IndexSchema.indexAnalyzer(chosen), IndexManifest.analysisFingerprint(chosen),
        directories);
  }

  /**
   * A scratch index written with another analyzer, for comparisons such as the indexing benchmark's
   * StandardAnalyzer baseline. Its commits say so, and vnsearch refuses to search it with its own analysis.
   */
  public static VietnameseIndex openScratch(Path dir, VnsearchConfig config, org.apache.lucene.analysis.Analyzer analyzer) {
    return openWriter(dir, config, analyzer, "custom:" + analyzer.getClass().getSimpleName(), FSDirectory::open);
  }

  private static VietnameseIndex openWriter(
      Path dir,
      VnsearchConfig chosen,
      org.apache.lucene.analysis.Analyzer analyzer,
      String analysis,
      DirectoryFactory directories) {
    Directory directory = null;
    try {
      Files.createDirectories(IndexManifest.luceneDir(dir));
      directory = directories.open(IndexManifest.luceneDir(dir));
      checkRecordedAnalysis(dir, directory, analysis);
      IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
      iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      iwc.setRAMBufferSizeMB(chosen.index().ramBufferMb());
      iwc.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, iwc);
      if (!IndexManifest.hasSnapshot(dir)) {
        IndexManifest.writeSnapshot(dir, chosen);
      }
      writer.setLiveCommitData(
          Map.of(IndexManifest.ANALYSIS_KEY, analysis, IndexManifest.VERSION_KEY, Version.vnsearch()).entrySet());
      return new VietnameseIndex(dir, chosen, directory, writer);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new VnsearchException(
          "index " + dir + " is locked by another process (another 'vnsearch index' is writing to it)");
    } catch (IOException e) {
      closeQuietly(directory);
      throw new VnsearchException("cannot open index " + dir + " for writing: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /**
   * Refuses an index whose last commit was made with another analysis than the one about to be used (its
   * recorded configuration edited by hand, a scratch index, an index from an incompatible version).
   */
  private static void checkRecordedAnalysis(Path dir, Directory directory, String analysis) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    String recorded =
        org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(IndexManifest.ANALYSIS_KEY);
    if (recorded != null && !recorded.equals(analysis)) {
      throw new BadInputException(
          "index " + dir + " was built with analysis " + recorded + ", but its configuration now gives " + analysis
              + " (was " + IndexManifest.configDir(dir) + " edited?); re-index into a new folder");
    }
  }

  /** Opens an existing index for searching, with the configuration it recorded (or an equal one). */
  public static VietnameseIndex openForSearch(Path dir, Optional<VnsearchConfig> config) {
    if (!exists(dir)) {
      throw new BadInputException(
          dir + " is not a vnsearch index (create one with: vnsearch index --index " + dir + " FILES...)");
    }
    VnsearchConfig chosen = chooseConfig(dir, config, false);
    Directory directory = null;
    try {
      directory = FSDirectory.open(IndexManifest.luceneDir(dir));
      checkRecordedAnalysis(dir, directory, IndexManifest.analysisFingerprint(chosen));
      return new VietnameseIndex(dir, chosen, directory, null);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new VnsearchException("cannot open index " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /** Whether {@code dir} holds an index with at least one commit. */
  public static boolean exists(Path dir) {
    Path lucene = IndexManifest.luceneDir(dir);
    if (!Files.isDirectory(lucene)) {
      return false;
    }
    try (Directory d = FSDirectory.open(lucene)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The configuration to use: the one the index recorded, unless {@code given} differs in analysis (refused) or
   * the index is new.
   */
  private static VnsearchConfig chooseConfig(Path dir, Optional<VnsearchConfig> given, boolean writing) {
    if (!IndexManifest.hasSnapshot(dir)) {
      return given.orElseGet(VnsearchConfig::defaults);
    }
    VnsearchConfig recorded = IndexManifest.readSnapshot(dir);
    if (given.isEmpty()) {
      return recorded;
    }
    String recordedPrint = IndexManifest.analysisFingerprint(recorded);
    String givenPrint = IndexManifest.analysisFingerprint(given.get());
    if (!recordedPrint.equals(givenPrint)) {
      throw new BadInputException(
          "index "
              + dir
              + " was built with another analysis configuration ("
              + recordedPrint
              + ", recorded in "
              + IndexManifest.configDir(dir)
              + ") than --config gives ("
              + givenPrint
              + "); "
              + (writing ? "index into a new folder, or leave out --config" : "leave out --config to use the recorded one"));
    }
    return given.get();
  }

  public Path dir() {
    return dir;
  }

  public VnsearchConfig config() {
    return config;
  }

  public boolean writable() {
    return writer != null;
  }

  /** The thread-safe searcher; it sees what was committed, or refreshed after {@link #commit()}. */
  public Searcher searcher() {
    return searcher;
  }

  /**
   * Adds an article, replacing every paragraph a previous version of it had (atomically: a reader sees the old
   * article or the new one). The first part of a large text file replaces all parts of the file.
   */
  public void add(Article article) {
    List<Document> docs = documents.build(article);
    try {
      IndexWriter w = requireWriter();
      if (article.id().equals(article.group())) {
        w.updateDocuments(new Term(IndexSchema.ARTICLE_GROUP, article.group()), docs);
      } else {
        w.updateDocuments(new Term(IndexSchema.ARTICLE_ID, article.id()), docs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes articles (with all their paragraphs and parts) by id. */
  public void delete(String... articleIds) {
    try {
      IndexWriter w = requireWriter();
      for (String id : articleIds) {
        w.deleteDocuments(new Term(IndexSchema.ARTICLE_GROUP, id), new Term(IndexSchema.ARTICLE_ID, id));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes everything added so far durable, then lets the searcher see it. */
  public void commit() {
    try {
      requireWriter().commit();
      searcher.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether something was added or deleted since the last commit. */
  public boolean hasUncommittedChanges() {
    return writer != null && writer.hasUncommittedChanges();
  }

  /**
   * The content hash of every article in the index, by article id: an article whose hash is unchanged need not
   * be indexed again.
   */
  public Map<String, String> articleHashes() {
    Map<String, String> hashes = new HashMap<>();
    try (DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        SortedDocValues ids = leaf.getSortedDocValues(IndexSchema.ARTICLE_ID);
        SortedDocValues hashDv = leaf.getSortedDocValues(IndexSchema.HASH);
        if (ids == null || hashDv == null) {
          continue;
        }
        Bits live = leaf.getLiveDocs();
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && hashDv.advanceExact(doc)) {
            hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashDv.lookupOrd(hashDv.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hashes;
  }

  /** Counts, facet cardinalities, size and the recorded configuration. */
  public IndexStats stats() {
    try (DirectoryReader reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory)) {
      int articles = IndexSchema.paragraphsPerArticle(reader).size();
      Map<String, Integer> cardinalities = new java.util.LinkedHashMap<>();
      boolean facets = false;
      for (LeafReaderContext ctx : reader.leaves()) {
        facets |= ctx.reader().getFieldInfos().fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
      }
      if (facets) {
        var state = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
        for (String dim : IndexSchema.FACET_DIMS) {
          var range = state.getOrdRange(dim);
          cardinalities.put(dim, range == null ? 0 : range.end() - range.start() + 1);
        }
      }
      long size = 0;
      for (String file : directory.listAll()) {
        try {
          size += directory.fileLength(file);
        } catch (java.nio.file.NoSuchFileException e) {
          // deleted by a merge meanwhile
        }
      }
      Map<String, String> userData = reader.getIndexCommit().getUserData();
      var infos = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
      return new IndexStats(
          dir.toString(),
          reader.numDocs(),
          articles,
          cardinalities,
          size,
          reader.leaves().size(),
          userData.getOrDefault(IndexManifest.ANALYSIS_KEY, "?"),
          IndexManifest.configDir(dir).toString(),
          String.valueOf(infos.getCommitLuceneVersion()),
          userData.getOrDefault(IndexManifest.VERSION_KEY, "?"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index " + dir + " is open for searching only");
    }
    return writer;
  }

  /** Closes without committing: what was not committed is dropped, the last commit stays intact. */
  @Override
  public void close() {
    try {
      searcher.close();
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The writer, for the indexer's statistics. */
  IndexWriter writer() {
    return writer;
  }

  private static void closeQuietly(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing: the first error is the one to report
      }
    }
  }
}
