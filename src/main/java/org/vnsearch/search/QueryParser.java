package org.vnsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the query language:
 *
 * <ul>
 *   <li>{@code "thu ngân sách"}: a phrase, matched syllable by syllable wherever its syllables occur in order;
 *   <li>{@code ngân sách huyện}: bare words, all required (frequent function words optional), closer together
 *       ranking higher;
 *   <li>{@code -word}, {@code -"a phrase"}: excluded;
 *   <li>{@code district:"Phú Tân"}, {@code province:"Cà Mau"}, {@code year:2023}, {@code year:2022..2024},
 *       {@code topic:ngan-sach}, {@code kind:body}: filters, the same as the command-line options.
 * </ul>
 *
 * Curly quotes count as quotes. A syntax error names its position. Stateless.
 */
public final class QueryParser {
  public static final int MAX_QUERY_LENGTH = 10_000;
  static final Set<String> FIELDS = Set.of("district", "province", "year", "topic", "kind");

  private QueryParser() {}

  public static ParsedQuery parse(String query) {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException(MAX_QUERY_LENGTH + 1, "query longer than " + MAX_QUERY_LENGTH + " characters");
    }
    List<ParsedQuery.Clause> clauses = new ArrayList<>();
    List<String> districts = new ArrayList<>();
    List<String> provinces = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    Optional<YearRange> years = Optional.empty();
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean negated = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
        negated = true;
        i++;
        c = query.charAt(i);
      }
      if (isOpenQuote(c)) {
        int close = closingQuote(query, i);
        if (close < 0) {
          throw new QuerySyntaxException(i + 1, "the phrase that starts here has no closing quote");
        }
        String phrase = query.substring(i + 1, close);
        if (!phrase.isBlank()) {
          clauses.add(new ParsedQuery.Clause(phrase.strip(), true, negated, start + 1));
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(query.charAt(end)) && !isOpenQuote(query.charAt(end))) {
        end++;
      }
      String token = query.substring(i, end);
      int colon = token.indexOf(':');
      String field = colon > 0 ? token.substring(0, colon) : null;
      if (field != null && isFieldName(field) && !token.startsWith("//", colon + 1)) {
        String name = field.toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(name)) {
          throw new QuerySyntaxException(i + 1, "unknown field '" + field + "' (known: district, province, year, topic, kind)");
        }
        if (negated) {
          throw new QuerySyntaxException(start + 1, "a filter cannot be excluded with '-'");
        }
        String value = token.substring(colon + 1);
        int valueEnd = end;
        if (value.isEmpty() && end < n && isOpenQuote(query.charAt(end))) {
          int close = closingQuote(query, end);
          if (close < 0) {
            throw new QuerySyntaxException(end + 1, "the value that starts here has no closing quote");
          }
          value = query.substring(end + 1, close);
          valueEnd = close + 1;
        }
        if (value.isBlank()) {
          throw new QuerySyntaxException(i + 1, "filter '" + name + ":' needs a value");
        }
        value = value.strip();
        switch (name) {
          case "district" -> districts.add(value);
          case "province" -> provinces.add(value);
          case "topic" -> topics.add(value);
          case "kind" -> kinds.add(value);
          case "year" -> {
            if (years.isPresent()) {
              throw new QuerySyntaxException(i + 1, "'year:' given twice");
            }
            years = Optional.of(YearRange.parse(value, "query syntax error at position " + (i + 1)));
          }
          default -> throw new IllegalStateException(name);
        }
        i = valueEnd;
        continue;
      }
      clauses.add(new ParsedQuery.Clause(token, false, negated, start + 1));
      i = end;
    }
    return new ParsedQuery(clauses, districts, provinces, years, topics, kinds);
  }

  /** An ASCII identifier: field names are; "TP:", "10:30", Vietnamese words are not taken for fields. */
  private static boolean isFieldName(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
        return false;
      }
    }
    return s.length() > 2 || FIELDS.contains(s.toLowerCase(Locale.ROOT));
  }

  private static boolean isOpenQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E';
  }

  private static int closingQuote(String q, int open) {
    for (int j = open + 1; j < q.length(); j++) {
      char c = q.charAt(j);
      if (c == '"' || c == '\u201D' || c == '\u201C') {
        return j;
      }
    }
    return -1;
  }
}
