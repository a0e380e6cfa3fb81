package org.vnsearch.analysis.dict;

import java.util.Arrays;

/**
 * Normalized syllable text to a dense id, with an open-addressing hash over the chars so that a lookup from a
 * token's char buffer allocates nothing. Built once, then read-only and thread-safe.
 */
final class SyllableTable {
  private final char[][] keys;
  private final int[] ids;
  private final int mask;
  private final String[] byId;

  private SyllableTable(char[][] keys, int[] ids, String[] byId) {
    this.keys = keys;
    this.ids = ids;
    this.mask = keys.length - 1;
    this.byId = byId;
  }

  /** Builds the table; {@code syllables[i]} gets id {@code i}. */
  static SyllableTable of(String[] syllables) {
    int capacity = Integer.highestOneBit(Math.max(4, syllables.length * 2) - 1) << 1;
    char[][] keys = new char[capacity][];
    int[] ids = new int[capacity];
    Arrays.fill(ids, -1);
    for (int id = 0; id < syllables.length; id++) {
      char[] key = syllables[id].toCharArray();
      int slot = hash(key, 0, key.length) & (capacity - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = key;
      ids[slot] = id;
    }
    return new SyllableTable(keys, ids, syllables.clone());
  }

  int size() {
    return byId.length;
  }

  String text(int id) {
    return byId[id];
  }

  /** The id of {@code buf[off, off+len)}, or -1 when the syllable is not in the table. */
  int id(char[] buf, int off, int len) {
    int slot = hash(buf, off, len) & mask;
    while (true) {
      char[] key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.length == len && Arrays.equals(key, 0, len, buf, off, off + len)) {
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  long ramBytesUsed() {
    long bytes = (long) keys.length * 8 + (long) ids.length * 4 + (long) byId.length * 8;
    for (char[] key : keys) {
      if (key != null) {
        bytes += 16 + key.length * 2L;
      }
    }
    return bytes * 2; // the strings in byId hold about as much again
  }
}
