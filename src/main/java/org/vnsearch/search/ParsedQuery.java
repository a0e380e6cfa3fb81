package org.vnsearch.search;

import java.util.List;
import java.util.Optional;

/**
 * A query in the query language, parsed: text clauses and inline filters.
 *
 * @param clauses phrases and bare words, in order
 */
public record ParsedQuery(
    List<Clause> clauses,
    List<String> districts,
    List<String> provinces,
    Optional<YearRange> years,
    List<String> topics,
    List<String> kinds) {

  /**
   * A phrase ({@code "thu ngân sách"}) or a bare word, possibly excluded ({@code -word}).
   *
   * @param position 1-based position of the clause in the query, for messages
   */
  public record Clause(String text, boolean phrase, boolean negated, int position) {}

  public ParsedQuery {
    clauses = List.copyOf(clauses);
    districts = List.copyOf(districts);
    provinces = List.copyOf(provinces);
    topics = List.copyOf(topics);
    kinds = List.copyOf(kinds);
  }

  /** Whether the query has something to match (not only exclusions and filters). */
  public boolean hasPositiveClauses() {
    return clauses.stream().anyMatch(c -> !c.negated());
  }
}
