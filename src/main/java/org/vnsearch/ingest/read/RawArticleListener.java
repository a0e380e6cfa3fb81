package org.vnsearch.ingest.read;

import java.nio.file.Path;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.RawArticle;

/** Receives what the file readers produce, before classification and metadata. */
public interface RawArticleListener {
  void article(RawArticle article);

  void problem(InputProblem problem);

  /** A file was read to its end (or given up); {@code bytes} is its size. */
  default void fileDone(Path file, long bytes) {}
}
