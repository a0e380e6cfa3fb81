package org.vnsearch.ingest.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vnsearch.analysis.Synonyms;
import org.vnsearch.analysis.text.DiacriticFolder;
import org.vnsearch.config.ConfigException;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.ContentLines;
import org.vnsearch.config.TextFiles;

/**
 * Assigns topics to paragraphs: a topic applies when the weights of its key phrases found in the paragraph add up
 * to the threshold (each phrase counts once). Phrases match through the same analysis as search: normalized
 * syllables, so tone-mark spellings and case do not matter; their acronyms and synonyms ("BHYT" for "bảo hiểm y
 * tế") match too; and a paragraph written without diacritics is matched without them. Immutable, thread-safe.
 *
 * <p>File format ({@code topics.tsv}): a line {@code [topic-id] Label} opens a topic, each following line is
 * {@code key phrase<TAB>weight}; blank lines and {@code #} comments are skipped.
 */
public final class TopicClassifier {
  private record Phrase(int topic, int id, String[] terms, String[] folded, double weight) {}

  private final List<Topic> topics;
  private final double threshold;
  /** Phrases by their first term, and by their first folded term. */
  private final Map<String, List<Phrase>> byFirstTerm = new HashMap<>();
  private final Map<String, List<Phrase>> byFirstFolded = new HashMap<>();
  private final int phraseCount;

  TopicClassifier(List<Topic> topics, Synonyms synonyms, double threshold) {
    this.topics = List.copyOf(topics);
    this.threshold = threshold;
    int id = 0;
    for (int t = 0; t < topics.size(); t++) {
      for (Topic.KeyPhrase kp : topics.get(t).phrases()) {
        List<String> terms = Synonyms.syllables(kp.text());
        if (terms.isEmpty()) {
          continue;
        }
        List<List<String>> forms = new ArrayList<>();
        forms.add(terms);
        synonyms.alternativesOf(terms).forEach(f -> forms.add(f.syllables()));
        for (List<String> form : forms) {
          String[] a = form.toArray(String[]::new);
          String[] f = form.stream().map(DiacriticFolder::fold).toArray(String[]::new);
          Phrase p = new Phrase(t, id, a, f, kp.weight());
          byFirstTerm.computeIfAbsent(a[0], k -> new ArrayList<>()).add(p);
          byFirstFolded.computeIfAbsent(f[0], k -> new ArrayList<>()).add(p);
        }
        id++; // all forms of a phrase share its id: it counts once
      }
    }
    phraseCount = id;
  }

  /** Loads {@code topics.tsv}; a malformed line is an error naming file and line. */
  public static TopicClassifier load(ConfigSource source, String name, Synonyms synonyms, double threshold) {
    return new TopicClassifier(parse(source, name), synonyms, threshold);
  }

  static List<Topic> parse(ConfigSource source, String name) {
    String where = source.describe(name);
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<Topic.KeyPhrase>> phrases = new LinkedHashMap<>();
    try (InputStream in = source.open(name);
        BufferedReader reader = TextFiles.strictUtf8(in)) {
      ContentLines lines = new ContentLines(reader);
      String line;
      String current = null;
      while ((line = lines.next()) != null) {
        int number = lines.number();
        String s = line.strip();
        if (s.startsWith("[")) {
          int close = s.indexOf(']');
          if (close < 2) {
            throw new ConfigException(where + ":" + number, "expected '[topic-id] Label', found '" + s + "'");
          }
          current = s.substring(1, close).strip();
          if (!current.matches("[a-z0-9][a-z0-9-]*")) {
            throw new ConfigException(
                where + ":" + number, "topic id must be lowercase ASCII letters, digits and '-': '" + current + "'");
          }
          if (labels.containsKey(current)) {
            throw new ConfigException(where + ":" + number, "topic '" + current + "' is defined twice");
          }
          String label = s.substring(close + 1).strip();
          labels.put(current, label.isEmpty() ? current : label);
          phrases.put(current, new ArrayList<>());
          continue;
        }
        if (current == null) {
          throw new ConfigException(where + ":" + number, "a key phrase before the first [topic-id] line");
        }
        int tab = s.lastIndexOf('\t');
        if (tab <= 0) {
          throw new ConfigException(where + ":" + number, "expected 'key phrase<TAB>weight', found '" + s + "'");
        }
        double weight;
        try {
          weight = Double.parseDouble(s.substring(tab + 1).strip());
        } catch (NumberFormatException e) {
          throw new ConfigException(where + ":" + number, "weight must be a number, found '" + s.substring(tab + 1).strip() + "'");
        }
        if (weight <= 0) {
          throw new ConfigException(where + ":" + number, "weight must be positive");
        }
        phrases.get(current).add(new Topic.KeyPhrase(s.substring(0, tab).strip(), weight));
      }
    } catch (IOException e) {
      throw TextFiles.readFailure(where, e);
    }
    List<Topic> topics = new ArrayList<>();
    labels.forEach((id, label) -> topics.add(new Topic(id, label, phrases.get(id))));
    return topics;
  }

  public List<Topic> topics() {
    return topics;
  }

  public int phraseCount() {
    return phraseCount;
  }

  /** The ids of the topics a paragraph reaches the threshold for, in taxonomy order. */
  public List<String> classify(TextTokens t) {
    double[] scores = scores(t);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        ids.add(topics.get(i).id());
      }
    }
    return ids;
  }

  /** Score of every topic for a paragraph (sum of the weights of the distinct key phrases found). */
  public double[] scores(TextTokens t) {
    double[] scores = new double[topics.size()];
    boolean[] found = new boolean[phraseCount];
    String[] terms = t.terms;
    boolean accentless = !hasDiacritics(terms);
    String[] folded = accentless ? terms : null;
    for (int i = 0; i < terms.length; i++) {
      List<Phrase> candidates = accentless ? byFirstFolded.get(terms[i]) : byFirstTerm.get(terms[i]);
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (!found[p.id()] && matches(accentless ? folded : terms, i, accentless ? p.folded() : p.terms(), t)) {
          found[p.id()] = true;
          scores[p.topic()] += p.weight();
        }
      }
    }
    return scores;
  }

  private static boolean matches(String[] terms, int at, String[] phrase, TextTokens t) {
    if (at + phrase.length > terms.length || !t.isRun(at, at + phrase.length)) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!terms[at + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Text written without any diacritic (a few words are enough to tell). */
  private static boolean hasDiacritics(String[] terms) {
    for (String term : terms) {
      if (DiacriticFolder.hasDiacritics(term)) {
        return true;
      }
    }
    return terms.length < 4; // too short to tell: treat as normal text
  }
}
