package org.vnsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryParserTest {
  @Test
  void phrasesWordsExclusionsAndFilters() {
    ParsedQuery q =
        QueryParser.parse("\"thu ngân sách\" huyện -\"nông thôn\" -xã district:\"Phú Tân\" year:2022..2024 topic:ngan-sach kind:body province:\"Cà Mau\"");
    assertEquals(
        List.of(
            new ParsedQuery.Clause("thu ngân sách", true, false, 1),
            new ParsedQuery.Clause("huyện", false, false, 17),
            new ParsedQuery.Clause("nông thôn", true, true, 23),
            new ParsedQuery.Clause("xã", false, true, 36)),
        q.clauses());
    assertEquals(List.of("Phú Tân"), q.districts());
    assertEquals(List.of("Cà Mau"), q.provinces());
    assertEquals(Optional.of(new YearRange(2022, 2024)), q.years());
    assertEquals(List.of("ngan-sach"), q.topics());
    assertEquals(List.of("body"), q.kinds());
  }

  @Test
  void curlyQuotesAndUnquotedFilterValues() {
    ParsedQuery q = QueryParser.parse("“thu ngân sách” district:Chi year:2023");
    assertEquals("thu ngân sách", q.clauses().get(0).text());
    assertTrue(q.clauses().get(0).phrase());
    assertEquals(List.of("Chi"), q.districts());
    assertEquals(Optional.of(YearRange.of(2023)), q.years());
  }

  @Test
  void wordsThatOnlyLookLikeFieldsAreText() {
    // times, URLs and Vietnamese words with colons are not filters
    ParsedQuery q = QueryParser.parse("lúc 10:30 https://example.vn/a Ảnh:");
    assertEquals(4, q.clauses().size());
  }

  @Test
  void syntaxErrorsNameThePosition() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("huyện \"thu ngân sách"));
    assertEquals(7, e.position());
    assertTrue(e.getMessage().contains("position 7"), e.getMessage());
    e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("thu foo:bar"));
    assertEquals(5, e.position());
    assertTrue(e.getMessage().contains("unknown field 'foo'"));
    e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("a year:"));
    assertEquals(3, e.position());
    assertThrows(org.vnsearch.BadInputException.class, () -> QueryParser.parse("year:20x3"));
    assertThrows(org.vnsearch.BadInputException.class, () -> QueryParser.parse("year:2025..2020"));
    assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("-district:X"));
    assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("x".repeat(QueryParser.MAX_QUERY_LENGTH + 1)));
  }

  @Test
  void emptyAndPunctuationOnlyQueriesHaveNoPositiveClauses() {
    assertTrue(!QueryParser.parse("").hasPositiveClauses());
    assertTrue(!QueryParser.parse("  -xã  ").hasPositiveClauses());
    assertTrue(!QueryParser.parse("\"\"").hasPositiveClauses());
  }
}
