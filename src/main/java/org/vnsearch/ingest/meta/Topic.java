package org.vnsearch.ingest.meta;

import java.util.List;

/** A topic of the taxonomy: an id for filters ("ngan-sach"), a label, and weighted key phrases. */
public record Topic(String id, String label, List<KeyPhrase> phrases) {
  /** A key phrase as written in the topics file, and its weight. */
  public record KeyPhrase(String text, double weight) {}

  public Topic {
    phrases = List.copyOf(phrases);
  }
}
