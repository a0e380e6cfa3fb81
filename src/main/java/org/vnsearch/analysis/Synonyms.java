package org.vnsearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vnsearch.BadInputException;
import org.vnsearch.config.ContentLines;
import org.vnsearch.config.TextFiles;

/**
 * Synonyms and acronyms in the Solr format: {@code UBND, Ủy ban nhân dân} (all equivalent) or {@code a, b => c}
 * (a and b mean c). Every form is kept as its normalized syllables ("ủy ban nhân dân" is [ủy, ban, nhân, dân]),
 * so that matching works on the same terms the tokenizer produces. Immutable and thread-safe.
 */
public final class Synonyms {
  /** One form of a synonym group: its normalized syllables. */
  public record Form(List<String> syllables) {
    public Form {
      syllables = List.copyOf(syllables);
    }

    @Override
    public String toString() {
      return String.join(" ", syllables);
    }
  }

  private static final Synonyms EMPTY = new Synonyms(Map.of(), 0);

  /** For each form: the forms it may be replaced with (not including itself). */
  private final Map<Form, List<Form>> alternatives;
  private final int longestForm;

  private Synonyms(Map<Form, List<Form>> alternatives, int longestForm) {
    this.alternatives = alternatives;
    this.longestForm = longestForm;
  }

  public static Synonyms empty() {
    return EMPTY;
  }

  /** Parses a Solr-format synonym file; a malformed line is an error naming {@code where} and the line. */
  public static Synonyms parse(InputStream in, String where) {
    Map<Form, Set<Form>> map = new HashMap<>();
    int longest = 0;
    try (BufferedReader reader = TextFiles.strictUtf8(in)) {
      ContentLines lines = new ContentLines(reader);
      String line;
      while ((line = lines.next()) != null) {
        String trimmed = line.strip();
        String at = where + ":" + lines.number();
        int arrow = trimmed.indexOf("=>");
        if (arrow >= 0) {
          List<Form> from = forms(trimmed.substring(0, arrow), at);
          List<Form> to = forms(trimmed.substring(arrow + 2), at);
          for (Form f : from) {
            map.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(to);
          }
          longest = Math.max(longest, maxLength(from));
        } else {
          List<Form> group = forms(trimmed, at);
          if (group.size() < 2) {
            throw new BadInputException(at + ": a synonym line needs two or more forms separated by commas");
          }
          for (Form f : group) {
            map.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(group);
          }
          longest = Math.max(longest, maxLength(group));
        }
      }
    } catch (IOException e) {
      throw TextFiles.readFailure(where, e);
    }
    Map<Form, List<Form>> result = new HashMap<>();
    map.forEach(
        (form, alts) -> {
          List<Form> others = new ArrayList<>(alts);
          others.remove(form);
          if (!others.isEmpty()) {
            result.put(form, List.copyOf(others));
          }
        });
    return new Synonyms(Collections.unmodifiableMap(result), longest);
  }

  private static int maxLength(List<Form> forms) {
    return forms.stream().mapToInt(f -> f.syllables().size()).max().orElse(0);
  }

  private static List<Form> forms(String list, String at) {
    List<Form> forms = new ArrayList<>();
    for (String part : list.split(",")) {
      List<String> syllables = syllables(part);
      if (syllables.isEmpty()) {
        throw new BadInputException(at + ": empty synonym");
      }
      forms.add(new Form(syllables));
    }
    return forms;
  }

  /** The normalized syllables of a text, as the tokenizer splits and normalizes them. */
  public static List<String> syllables(String text) {
    return VietnameseAnalyzer.terms(text);
  }

  /** The forms that may replace {@code form} (empty when it has no synonyms). */
  public List<Form> alternativesOf(List<String> syllables) {
    return alternatives.getOrDefault(new Form(syllables), List.of());
  }

  /** Every form that has alternatives, for building other structures (an OpenSearch synonym map) from these rules. */
  public java.util.Set<Form> forms() {
    return alternatives.keySet();
  }

  private volatile Synonyms folded;

  /**
   * The same synonyms with every form written without diacritics, for queries typed without them: "uy ban nhan
   * dan" finds "ubnd".
   */
  public Synonyms folded() {
    Synonyms f = folded;
    if (f == null) {
      Map<Form, List<Form>> map = new HashMap<>();
      alternatives.forEach(
          (form, alts) -> {
            List<Form> list = new ArrayList<>();
            for (Form a : alts) {
              Form fa = fold(a);
              if (!list.contains(fa)) {
                list.add(fa);
              }
            }
            map.merge(fold(form), list, (x, y) -> {
              List<Form> merged = new ArrayList<>(x);
              y.stream().filter(v -> !merged.contains(v)).forEach(merged::add);
              return merged;
            });
          });
      f = new Synonyms(Collections.unmodifiableMap(map), longestForm);
      folded = f;
    }
    return f;
  }

  private static Form fold(Form form) {
    return new Form(form.syllables().stream().map(org.vnsearch.analysis.text.DiacriticFolder::fold).toList());
  }

  /** The most syllables of any form that has alternatives. */
  public int longestForm() {
    return longestForm;
  }

  public int size() {
    return alternatives.size();
  }
}
