package org.vnsearch.analysis.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyllableTableTest {
  private static final String[] SYLLABLES = {"thu", "ngân", "sách", "thủ", "th", "nguyễn", "a", "ủy", "thuy"};

  @Test
  void everySyllableHasItsOwnIdFoundInsideAnyBuffer() {
    SyllableTable table = SyllableTable.of(SYLLABLES);
    assertEquals(SYLLABLES.length, table.size());
    for (int id = 0; id < SYLLABLES.length; id++) {
      char[] buf = ("xx" + SYLLABLES[id] + "yy").toCharArray();
      assertEquals(id, table.id(buf, 2, SYLLABLES[id].length()), SYLLABLES[id]);
      assertEquals(SYLLABLES[id], table.text(id));
    }
  }

  @Test
  void prefixesExtensionsAndOtherTonesAreNotFound() {
    SyllableTable table = SyllableTable.of(SYLLABLES);
    for (String other : new String[] {"t", "thuyê", "thú", "ngan", "sác", "sáchh", "", "nguyên"}) {
      assertEquals(-1, table.id(other.toCharArray(), 0, other.length()), other);
    }
  }

  @Test
  void manySyllablesStillResolve() {
    String[] many = new String[5000];
    for (int i = 0; i < many.length; i++) {
      many[i] = "s" + Integer.toString(i, 36);
    }
    SyllableTable table = SyllableTable.of(many);
    for (int i = 0; i < many.length; i++) {
      assertEquals(i, table.id(many[i].toCharArray(), 0, many[i].length()));
    }
    assertEquals(-1, table.id("s-1".toCharArray(), 0, 3));
  }
}
