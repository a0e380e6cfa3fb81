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

  private final long[] keys;
  private final int[] children;
  /** For each node: the cost of the word ending there, or NaN when no word ends there. */
  private final float[] finalCost;
  private final int mask;

  private WordTrie(long[] keys, int[] children, float[] finalCost) {
    this.keys = keys;
    this.children = children;
    this.finalCost = finalCost;
    this.mask = keys.length - 1;
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
    long key = key(node, id);
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return children[slot];
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
    out.writeInt(keys.length);
    for (long k : keys) {
      out.writeLong(k);
    }
    for (int c : children) {
      out.writeInt(c);
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
    return keys.length * 8L + children.length * 4L + finalCost.length * 4L;
  }
}
