package org.vnsearch.analysis.dict;

import java.util.Arrays;

/**
 * The multi-syllable words of a lexicon as a trie over syllable ids, stored in one open-addressing hash table
 * keyed by (node, syllable id): one hash probe per syllable, no objects. The lexicon keeps its words in a Lucene
 * FST (compact, and what the compiled cache holds); this is the form the segmenter walks, several times faster
 * than following FST arcs. Immutable, thread-safe.
 */
final class WordTrie {
  private static final long EMPTY = -1L;

  /**
   * The hash table, a slot as two adjacent longs: the key (node, syllable id) and the child node. Side by side
   * so that a probe, which usually misses the CPU cache, costs one cache line rather than one in each of two
   * arrays.
   */
  private final long[] table;
  /** For each node: the cost of the word ending there, or NaN when no word ends there. */
  private final float[] finalCost;
  private final int mask;
  /**
   * The root's children indexed by syllable id (-1: no word starts with it). Every lookup starts at the root, so
   * this small array, which stays in cache, answers the commonest question without a probe into the large table.
   */
  private final int[] rootChildren;

  private WordTrie(long[] keys, int[] children, float[] finalCost) {
    this.table = new long[keys.length * 2];
    for (int slot = 0; slot < keys.length; slot++) {
      table[2 * slot] = keys[slot];
      table[2 * slot + 1] = children[slot];
    }
    this.finalCost = finalCost;
    this.mask = keys.length - 1;
    this.rootChildren = rootChildren(keys, children);
  }

  private static int[] rootChildren(long[] keys, int[] children) {
    int maxId = -1;
    for (long key : keys) {
      if (key != EMPTY && (key >>> 32) == 0) {
        maxId = Math.max(maxId, (int) key);
      }
    }
    int[] root = new int[maxId + 1];
    Arrays.fill(root, -1);
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != EMPTY && (keys[slot] >>> 32) == 0) {
        root[(int) keys[slot]] = children[slot];
      }
    }
    return root;
  }

  /** Collects words and builds the trie. */
  static final class Builder {
    private long[] keys = new long[1 << 12];
    private int[] children = new int[1 << 12];
    private float[] cost = new float[1 << 10];
    private int nodes = 1; // node 0 is the root
    private int size;

    Builder() {
      Arrays.fill(keys, EMPTY);
      Arrays.fill(cost, Float.NaN);
    }

    void add(int[] ids, float wordCost) {
      int node = 0;
      for (int id : ids) {
        int child = get(node, id);
        if (child < 0) {
          child = nodes++;
          if (child >= cost.length) {
            int old = cost.length;
            cost = Arrays.copyOf(cost, old * 2);
            Arrays.fill(cost, old, cost.length, Float.NaN);
          }
          put(node, id, child);
        }
        node = child;
      }
      cost[node] = wordCost;
    }

    private int get(int node, int id) {
      long key = key(node, id);
      int mask = keys.length - 1;
      for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
        if (keys[slot] == EMPTY) {
          return -1;
        }
        if (keys[slot] == key) {
          return children[slot];
        }
      }
    }

    private void put(int node, int id, int child) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      insert(keys, children, key(node, id), child);
      size++;
    }

    private void grow() {
      long[] k = new long[keys.length * 2];
      int[] c = new int[k.length];
      Arrays.fill(k, EMPTY);
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != EMPTY) {
          insert(k, c, keys[i], children[i]);
        }
      }
      keys = k;
      children = c;
    }

    private static void insert(long[] keys, int[] children, long key, int child) {
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      children[slot] = child;
    }

    WordTrie build() {
      return new WordTrie(keys, children, Arrays.copyOf(cost, nodes));
    }
  }

  private static long key(int node, int id) {
    return ((long) node << 32) | (id & 0xffffffffL);
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  /** The child of {@code node} for syllable {@code id}, or -1. The root is node 0. */
  int child(int node, int id) {
    if (node == 0) {
      return id < rootChildren.length ? rootChildren[id] : -1;
    }
    long key = key(node, id);
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long k = table[2 * slot];
      if (k == key) {
        return (int) table[2 * slot + 1];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Cost of the word ending at {@code node}, or NaN. */
  float cost(int node) {
    return finalCost[node];
  }

  /** Writes the trie's arrays, for {@link #read}. */
  void write(java.io.DataOutputStream out) throws java.io.IOException {
    int slots = table.length / 2;
    out.writeInt(slots);
    for (int slot = 0; slot < slots; slot++) {
      out.writeLong(table[2 * slot]);
    }
    for (int slot = 0; slot < slots; slot++) {
      out.writeInt((int) table[2 * slot + 1]);
    }
    out.writeInt(finalCost.length);
    for (float f : finalCost) {
      out.writeFloat(f);
    }
  }

  /** Reads what {@link #write} wrote, in bulk. */
  static WordTrie read(java.nio.ByteBuffer in) {
    long[] keys = new long[in.getInt()];
    in.asLongBuffer().get(keys);
    in.position(in.position() + keys.length * 8);
    int[] children = new int[keys.length];
    in.asIntBuffer().get(children);
    in.position(in.position() + children.length * 4);
    float[] cost = new float[in.getInt()];
    in.asFloatBuffer().get(cost);
    in.position(in.position() + cost.length * 4);
    return new WordTrie(keys, children, cost);
  }

  long ramBytesUsed() {
    return table.length * 8L + finalCost.length * 4L + rootChildren.length * 4L;
  }
}
