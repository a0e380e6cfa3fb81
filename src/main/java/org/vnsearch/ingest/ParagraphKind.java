package org.vnsearch.ingest;

import java.util.Locale;

/** What a paragraph of an article is. Boilerplate is dropped; the rest is indexed with its kind. */
public enum ParagraphKind {
  TITLE,
  DATELINE,
  BODY,
  CAPTION,
  BYLINE,
  BOILERPLATE;

  /** The lowercase name used in the index, the CLI and JSON: "body", "caption" ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named by {@code label} (any case), or null. */
  public static ParagraphKind fromLabel(String label) {
    for (ParagraphKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label.strip())) {
        return kind;
      }
    }
    return null;
  }
}
