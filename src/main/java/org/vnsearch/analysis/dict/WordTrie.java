package org.vnsearch.analysis.dict;

import java.util.Arrays;

/**
 * The multi-syllable words of a lexicon as a trie over syllable ids, in flat arrays: the root's children indexed by
 * syllable id, every other node's children as one sorted run of edges. The lexicon keeps its words in a Lucene FST
 * (compact); this is the form the segmenter walks, several times faster than following FST arcs. Immutable,
 * thread-safe.
 *
 * <p>Why runs and not a hash table over (node, syllable): below the root a node has few children (a handful on
 * average), so its run fits in one or two cache lines next to each other, while the probes of a hash table spread
 * over megabytes and miss the cache on almost every syllable of the text.
 */
final class WordTrie {
  /** Runs of at most this many edges are scanned; longer ones are searched by halving. */
  private static final int LINEAR_SCAN = 8;

  /** The root's children indexed by syllable id, -1 where no word starts with that syllable. */
  private final int[] rootChildren;
  /** The edges of node {@code n} (other than the root) are {@code edges[firstEdge[n], firstEdge[n + 1])}. */
  private final int[] firstEdge;
  /** An edge as {@code (syllable id << 32) | child}, sorted by syllable id within each node's run. */
  private final long[] edges;
  /** For each node: the cost of the word ending there, or NaN when no word ends there. */
  private final float[] finalCost;

  private WordTrie(int[] rootChildren, int[] firstEdge, long[] edges, float[] finalCost) {
    this.rootChildren = rootChildren;
    this.firstEdge = firstEdge;
    this.edges = edges;
    this.finalCost = finalCost;
  }

  /** Collects words and builds the trie. */
  static final class Builder {
    /** Edges as they are added: parent node, syllable id, child node. */
    private int[] parents = new int[1 << 12];
    private int[] ids = new int[1 << 12];
    private int[] childOf = new int[1 << 12];
    private int edgeCount;
    private float[] cost = new float[1 << 10];
    private int nodes = 1; // node 0 is the root
    /** (parent, syllable id) to child while building; discarded by build(). */
    private final java.util.HashMap<Long, Integer> index = new java.util.HashMap<>();

    Builder() {
      Arrays.fill(cost, Float.NaN);
    }

    void add(int[] word, float wordCost) {
      int node = 0;
      for (int id : word) {
        Integer child = index.get(pack(node, id));
        if (child == null) {
          child = nodes++;
          if (child >= cost.length) {
            int old = cost.length;
            cost = Arrays.copyOf(cost, old * 2);
            Arrays.fill(cost, old, cost.length, Float.NaN);
          }
          index.put(pack(node, id), child);
          addEdge(node, id, child);
        }
        node = child;
      }
      cost[node] = wordCost;
    }

    private void addEdge(int parent, int id, int child) {
      if (edgeCount == parents.length) {
        parents = Arrays.copyOf(parents, edgeCount * 2);
        ids = Arrays.copyOf(ids, edgeCount * 2);
        childOf = Arrays.copyOf(childOf, edgeCount * 2);
      }
      parents[edgeCount] = parent;
      ids[edgeCount] = id;
      childOf[edgeCount] = child;
      edgeCount++;
    }

    WordTrie build() {
      int maxRootId = -1;
      int[] firstEdge = new int[nodes + 1];
      for (int e = 0; e < edgeCount; e++) {
        if (parents[e] == 0) {
          maxRootId = Math.max(maxRootId, ids[e]);
        } else {
          firstEdge[parents[e] + 1]++;
        }
      }
      for (int n = 0; n < nodes; n++) {
        firstEdge[n + 1] += firstEdge[n];
      }
      int[] root = new int[maxRootId + 1];
      Arrays.fill(root, -1);
      long[] edges = new long[firstEdge[nodes]];
      int[] fill = Arrays.copyOf(firstEdge, nodes);
      for (int e = 0; e < edgeCount; e++) {
        if (parents[e] == 0) {
          root[ids[e]] = childOf[e];
        } else {
          edges[fill[parents[e]]++] = pack(ids[e], childOf[e]);
        }
      }
      for (int n = 1; n < nodes; n++) {
        Arrays.sort(edges, firstEdge[n], firstEdge[n + 1]); // syllable ids are non-negative: sorts by id
      }
      return new WordTrie(root, firstEdge, edges, Arrays.copyOf(cost, nodes));
    }
  }

  /** Two ints in one long, the first in the high half: a (node, syllable) key, or an edge (syllable, child). */
  private static long pack(int high, int low) {
    return ((long) high << 32) | (low & 0xffffffffL);
  }

  /** The child of {@code node} for syllable {@code id} (non-negative), or -1. The root is node 0. */
  int child(int node, int id) {
    if (node == 0) {
      return id < rootChildren.length ? rootChildren[id] : -1;
    }
    int lo = firstEdge[node];
    int hi = firstEdge[node + 1] - 1;
    while (hi - lo >= LINEAR_SCAN) {
      int mid = (lo + hi) >>> 1;
      int midId = (int) (edges[mid] >>> 32);
      if (midId < id) {
        lo = mid + 1;
      } else if (midId > id) {
        hi = mid - 1;
      } else {
        return (int) edges[mid];
      }
    }
    for (int e = lo; e <= hi; e++) {
      int edgeId = (int) (edges[e] >>> 32);
      if (edgeId >= id) {
        return edgeId == id ? (int) edges[e] : -1;
      }
    }
    return -1;
  }

  /** Cost of the word ending at {@code node}, or NaN. */
  float cost(int node) {
    return finalCost[node];
  }

  /** Writes the trie's arrays, for {@link #read}. */
  void write(java.io.DataOutputStream out) throws java.io.IOException {
    writeInts(out, rootChildren);
    writeInts(out, firstEdge);
    out.writeInt(edges.length);
    for (long e : edges) {
      out.writeLong(e);
    }
    out.writeInt(finalCost.length);
    for (float f : finalCost) {
      out.writeFloat(f);
    }
  }

  /** Reads what {@link #write} wrote, in bulk. */
  static WordTrie read(java.nio.ByteBuffer in) {
    int[] root = readInts(in);
    int[] firstEdge = readInts(in);
    long[] edges = new long[in.getInt()];
    in.asLongBuffer().get(edges);
    in.position(in.position() + edges.length * 8);
    float[] cost = new float[in.getInt()];
    in.asFloatBuffer().get(cost);
    in.position(in.position() + cost.length * 4);
    if (firstEdge.length != cost.length + 1 || firstEdge[firstEdge.length - 1] != edges.length) {
      throw new IllegalStateException("inconsistent word trie");
    }
    return new WordTrie(root, firstEdge, edges, cost);
  }

  /** A length, then the ints: what {@link #readInts} reads. */
  private static void writeInts(java.io.DataOutputStream out, int[] values) throws java.io.IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  /** A length, then that many ints, as {@link #write} puts them. */
  private static int[] readInts(java.nio.ByteBuffer in) {
    int[] values = new int[in.getInt()];
    in.asIntBuffer().get(values);
    in.position(in.position() + values.length * 4);
    return values;
  }

  long ramBytesUsed() {
    return rootChildren.length * 4L + firstEdge.length * 4L + edges.length * 8L + finalCost.length * 4L;
  }
}
