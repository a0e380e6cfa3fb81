package org.vnsearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ContentLinesTest {
  @Test
  void skipsTheByteOrderMarkBlankLinesAndCommentsAndKeepsLineNumbers() throws IOException {
    ContentLines lines = new ContentLines(new BufferedReader(new StringReader(
        "\uFEFF# columns: word, frequency\n\n   \n  # indented comment\nngân sách\t12\t\nhuyện # not a comment\n")));
    assertEquals("ngân sách\t12\t", lines.next(), "not stripped: the trailing empty cell stays");
    assertEquals(5, lines.number());
    assertEquals("huyện # not a comment", lines.next());
    assertEquals(6, lines.number());
    assertNull(lines.next());
  }

  @Test
  void aByteOrderMarkBeforeContentIsRemoved() throws IOException {
    ContentLines lines = new ContentLines(new BufferedReader(new StringReader("\uFEFFUBND, Ủy ban nhân dân\n")));
    assertEquals("UBND, Ủy ban nhân dân", lines.next());
    assertEquals(1, lines.number());
  }
}
