package org.vnsearch.ingest;

/** Receives what reading produces: articles in order, and problems as they are found. */
public interface IngestListener {
  void article(Article article);

  void problem(InputProblem problem);

  /** Called when a file has been read completely (for progress). */
  default void fileDone(java.nio.file.Path file, long bytes) {}
}
