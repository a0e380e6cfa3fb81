package org.vnsearch.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.ingest.meta.Gazetteer;
import org.vnsearch.ingest.read.FileReaders;
import org.vnsearch.ingest.read.InputWalker;
import org.vnsearch.ingest.read.ParagraphClassifier;
import org.vnsearch.ingest.read.RawArticleListener;

/**
 * Turns paths (files and folders, walked recursively) into articles with paragraphs and metadata. Independent of
 * Lucene. Files are read streaming; problems are reported to the listener, one per file or line, and the other
 * files are still read.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(VnsearchConfig.defaults());
 * List<Article> articles = reader.readAll(List.of(Path.of("samples")));
 * }</pre>
 */
public final class ArticleReader {
  private final IngestResources resources;
  private final ArticleAssembler assembler;
  private final FileReaders files;

  public ArticleReader(VnsearchConfig config) {
    this(config, StandardCharsets.UTF_8);
  }

  /** @param textEncoding encoding of text files without a byte-order mark */
  public ArticleReader(VnsearchConfig config, Charset textEncoding) {
    this.resources = IngestResources.forConfig(config);
    this.assembler = new ArticleAssembler(resources);
    Gazetteer g = resources.gazetteer();
    ParagraphClassifier kinds = resources.paragraphs();
    this.files =
        new FileReaders(
            key -> !g.districtsNamed(key).isEmpty() || !g.provincesNamed(key).isEmpty(),
            line -> kinds.isBoilerplate(line) || ParagraphClassifier.isDateline(line),
            textEncoding);
  }

  public ArticleAssembler assembler() {
    return assembler;
  }

  public IngestResources resources() {
    return resources;
  }

  /** Reads raw articles (before classification and metadata), for callers that assemble in parallel. */
  public void readRaw(List<Path> paths, RawArticleListener listener) {
    InputWalker.walk(paths, file -> files.read(file, articleId(file), listener), listener::problem);
  }

  /** Reads and assembles articles, in input order. */
  public void read(List<Path> paths, IngestListener listener) {
    readRaw(
        paths,
        new RawArticleListener() {
          @Override
          public void article(RawArticle article) {
            listener.article(assembler.assemble(article));
          }

          @Override
          public void problem(InputProblem problem) {
            listener.problem(problem);
          }

          @Override
          public void fileDone(Path file, long bytes) {
            listener.fileDone(file, bytes);
          }
        });
  }

  /** All the articles under {@code paths}; problems are collected into {@code problems} when it is not null. */
  public List<Article> readAll(List<Path> paths, List<InputProblem> problems) {
    List<Article> articles = new ArrayList<>();
    read(
        paths,
        new IngestListener() {
          @Override
          public void article(Article article) {
            articles.add(article);
          }

          @Override
          public void problem(InputProblem problem) {
            if (problems != null) {
              problems.add(problem);
            }
          }
        });
    return articles;
  }

  public List<Article> readAll(List<Path> paths) {
    return readAll(paths, null);
  }

  /** The id of a text file's article: its absolute, normalized path, the same from any working directory. */
  public static String articleId(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }
}
