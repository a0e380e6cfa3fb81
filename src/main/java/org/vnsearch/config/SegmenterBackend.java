package org.vnsearch.config;

/** Which word segmenter the analyzer runs. */
public enum SegmenterBackend {
  /** The pure-Java dictionary segmenter (the default). */
  JAVA,
  /** An installed native coccoc-tokenizer through its Java binding; an error when it does not load. */
  COCCOC,
  /** coccoc-tokenizer where it loads, otherwise the Java segmenter with a one-line warning. */
  AUTO
}
