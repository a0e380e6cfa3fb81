package org.vnsearch.analysis.dict;

import java.util.Arrays;

/**
 * Normalized syllable text to a dense id, with an open-addressing hash over the chars so that a lookup from a
 * token's char buffer allocates nothing. Built once, then read-only and thread-safe.
 *
 * <p>The texts sit in one char array and each slot keeps its full hash: a lookup compares hashes first and touches
 * the chars of one candidate only, in memory that stays in cache (one object per syllable did not).
 */
final class SyllableTable {
  /** Per slot: the syllable id, -1 when empty. */
  private final int[] ids;
  /** Per slot: the full hash of the syllable there. */
  private final int[] hashes;
  /** All syllable texts, one after another; syllable {@code id} is {@code chars[start[id], start[id + 1])}. */
  private final char[] chars;
  private final int[] start;
  private final int mask;

  private SyllableTable(int[] ids, int[] hashes, char[] chars, int[] start) {
    this.ids = ids;
    this.hashes = hashes;
    this.chars = chars;
    this.start = start;
    this.mask = ids.length - 1;
  }

  /** Builds the table; {@code syllables[i]} gets id {@code i}. */
  static SyllableTable of(String[] syllables) {
    int capacity = Integer.highestOneBit(Math.max(4, syllables.length * 2) - 1) << 1;
    int[] ids = new int[capacity];
    int[] hashes = new int[capacity];
    Arrays.fill(ids, -1);
    int[] start = new int[syllables.length + 1];
    for (int id = 0; id < syllables.length; id++) {
      start[id + 1] = start[id] + syllables[id].length();
    }
    char[] chars = new char[start[syllables.length]];
    for (int id = 0; id < syllables.length; id++) {
      syllables[id].getChars(0, syllables[id].length(), chars, start[id]);
      int hash = hash(chars, start[id], syllables[id].length());
      int slot = hash & (capacity - 1);
      while (ids[slot] >= 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      ids[slot] = id;
      hashes[slot] = hash;
    }
    return new SyllableTable(ids, hashes, chars, start);
  }

  int size() {
    return start.length - 1;
  }

  String text(int id) {
    return new String(chars, start[id], start[id + 1] - start[id]); // rarely needed: writing the cache, messages
  }

  /** The id of {@code buf[off, off+len)}, or -1 when the syllable is not in the table. */
  int id(char[] buf, int off, int len) {
    int hash = hash(buf, off, len);
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int id = ids[slot];
      if (id < 0) {
        return -1;
      }
      if (hashes[slot] == hash && sameChars(id, buf, off, len)) {
        return id;
      }
    }
  }

  /** A plain loop: syllables are a few chars long, too short for a vectorized comparison to pay. */
  private boolean sameChars(int id, char[] buf, int off, int len) {
    int from = start[id];
    if (start[id + 1] - from != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (chars[from + i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  long ramBytesUsed() {
    return ids.length * 4L + hashes.length * 4L + chars.length * 2L + start.length * 4L;
  }
}
