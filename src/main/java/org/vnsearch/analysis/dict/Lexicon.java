package org.vnsearch.analysis.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.fst.FST;

/**
 * The compiled lexicon: syllables with dense ids, the cost of each syllable as a word of its own, and a Lucene
 * FST from syllable-id sequences to the cost of each multi-syllable word. Costs are negative log probabilities
 * (lower is likelier), so the best segmentation is the one with the lowest total cost.
 *
 * <p>Immutable and shared by all threads; each thread matches through its own {@link Matcher}.
 */
public final class Lexicon {
  /** FST outputs are whole numbers: costs are stored in thousandths. */
  static final float COST_SCALE = 1000f;

  private final SyllableTable syllables;
  private final float[] singleCosts;
  private final float unknownCost;
  private final FST<Long> words;
  private final WordTrie trie;
  private final int wordCount;
  private final int maxWordSyllables;
  private volatile PersonNamePattern personNames;

  Lexicon(
      SyllableTable syllables,
      float[] singleCosts,
      float unknownCost,
      FST<Long> words,
      int wordCount,
      int maxWordSyllables) {
    this(syllables, singleCosts, unknownCost, words, trieOf(words), wordCount, maxWordSyllables);
  }

  private Lexicon(
      SyllableTable syllables,
      float[] singleCosts,
      float unknownCost,
      FST<Long> words,
      WordTrie trie,
      int wordCount,
      int maxWordSyllables) {
    this.syllables = syllables;
    this.singleCosts = singleCosts;
    this.unknownCost = unknownCost;
    this.words = words;
    this.trie = trie;
    this.wordCount = wordCount;
    this.maxWordSyllables = maxWordSyllables;
  }

  /** Walks every word of the FST once to build the trie the segmenter uses. */
  private static WordTrie trieOf(FST<Long> fst) {
    WordTrie.Builder builder = new WordTrie.Builder();
    if (fst != null) {
      try {
        org.apache.lucene.util.fst.IntsRefFSTEnum<Long> words = new org.apache.lucene.util.fst.IntsRefFSTEnum<>(fst);
        org.apache.lucene.util.fst.IntsRefFSTEnum.InputOutput<Long> word;
        while ((word = words.next()) != null) {
          int[] ids = java.util.Arrays.copyOfRange(word.input.ints, word.input.offset, word.input.offset + word.input.length);
          builder.add(ids, word.output / COST_SCALE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builder.build();
  }

  /** The id of a normalized syllable, or -1 when no entry of the lexicon contains it. */
  public int syllableId(char[] buf, int off, int len) {
    return syllables.id(buf, off, len);
  }

  public String syllable(int id) {
    return syllables.text(id);
  }

  public int syllableCount() {
    return syllables.size();
  }

  /** Cost of a syllable standing alone as a word ({@code id} -1: an unknown syllable). */
  public float singleCost(int id) {
    return id < 0 ? unknownCost : singleCosts[id];
  }

  public float unknownCost() {
    return unknownCost;
  }

  /** Entries of the lexicon: multi-syllable words and the syllables with a frequency of their own. */
  public int wordCount() {
    return wordCount;
  }

  /** The longest word, in syllables. */
  public int maxWordSyllables() {
    return maxWordSyllables;
  }

  public long ramBytesUsed() {
    return syllables.ramBytesUsed() + singleCosts.length * 4L + (words == null ? 0 : words.ramBytesUsed()) + trie.ramBytesUsed();
  }

  private static final int FORMAT = 0x564e4c33; // "VNL3"

  /**
   * Writes the compiled lexicon, for {@link #read}: a cache that loads much faster than compiling. Holds the FST
   * and, so that loading needs no walk over it, the trie built from it.
   */
  public void write(java.io.OutputStream stream) throws IOException {
    java.io.DataOutputStream out = new java.io.DataOutputStream(stream);
    out.writeInt(FORMAT);
    out.writeInt(maxWordSyllables);
    out.writeInt(wordCount);
    out.writeFloat(unknownCost);
    out.writeInt(syllables.size());
    for (int id = 0; id < syllables.size(); id++) {
      byte[] utf8 = syllables.text(id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeShort(utf8.length);
      out.write(utf8);
    }
    for (float cost : singleCosts) {
      out.writeFloat(cost);
    }
    trie.write(out);
    java.io.ByteArrayOutputStream fstBytes = new java.io.ByteArrayOutputStream();
    if (words != null) {
      org.apache.lucene.store.OutputStreamDataOutput data = new org.apache.lucene.store.OutputStreamDataOutput(fstBytes);
      words.save(data, data);
    }
    out.writeInt(fstBytes.size());
    fstBytes.writeTo(out);
    out.flush();
  }

  /** Reads what {@link #write} wrote; an unknown format is an IOException. */
  public static Lexicon read(byte[] bytes) throws IOException {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes); // big-endian, as DataOutputStream writes
    if (in.getInt() != FORMAT) {
      throw new IOException("not a compiled vnsearch lexicon of this version");
    }
    int maxSyllables = in.getInt();
    int count = in.getInt();
    float unknown = in.getFloat();
    int n = in.getInt();
    String[] texts = new String[n];
    for (int id = 0; id < n; id++) {
      int length = in.getShort() & 0xffff;
      texts[id] = new String(bytes, in.position(), length, java.nio.charset.StandardCharsets.UTF_8);
      in.position(in.position() + length);
    }
    float[] costs = new float[n];
    in.asFloatBuffer().get(costs);
    in.position(in.position() + n * 4);
    WordTrie trie = WordTrie.read(in);
    int fstLength = in.getInt();
    FST<Long> fst = null;
    if (fstLength > 0) {
      org.apache.lucene.store.ByteArrayDataInput data =
          new org.apache.lucene.store.ByteArrayDataInput(bytes, in.position(), fstLength);
      org.apache.lucene.util.fst.PositiveIntOutputs outputs = org.apache.lucene.util.fst.PositiveIntOutputs.getSingleton();
      fst = new FST<>(FST.readMetadata(data, outputs), data);
    }
    return new Lexicon(SyllableTable.of(texts), costs, unknown, fst, trie, count, maxSyllables);
  }

  /** The person-name pattern over this lexicon's syllables, built on first use. */
  public PersonNamePattern personNames() {
    PersonNamePattern names = personNames;
    if (names == null) {
      // A benign race: two threads may both build it; either result is the same immutable value.
      names = PersonNamePattern.forLexicon(this);
      personNames = names;
    }
    return names;
  }

  /** A new matcher for one thread. */
  public Matcher matcher() {
    return new Matcher();
  }

  /** Finds the multi-syllable words that start at a position. Cheap to create; one per thread. */
  public final class Matcher {
    private Matcher() {}

    /**
     * Reports every multi-syllable word that starts at {@code ids[start]} and ends before {@code end}: its
     * length in syllables goes to {@code lengths}, its cost to {@code costs}. Returns how many were found.
     */
    public int wordsAt(int[] ids, int start, int end, int[] lengths, float[] costs) {
      int found = 0;
      int node = 0;
      int limit = Math.min(end, start + maxWordSyllables);
      for (int i = start; i < limit; i++) {
        int id = ids[i];
        if (id < 0 || (node = trie.child(node, id)) < 0) {
          break;
        }
        float cost = trie.cost(node);
        if (i > start && !Float.isNaN(cost)) {
          lengths[found] = i - start + 1;
          costs[found] = cost;
          found++;
        }
      }
      return found;
    }

    /** Whether {@code ids[start, start + length)} is a multi-syllable word of the lexicon. */
    public boolean isWord(int[] ids, int start, int length) {
      return !Float.isNaN(wordCost(ids, start, length));
    }

    /** The cost of the multi-syllable word {@code ids[start, start + length)}, NaN when it is not one. */
    public float wordCost(int[] ids, int start, int length) {
      if (length < 2 || length > maxWordSyllables) {
        return Float.NaN;
      }
      int node = 0;
      for (int i = start; i < start + length; i++) {
        if (ids[i] < 0 || (node = trie.child(node, ids[i])) < 0) {
          return Float.NaN;
        }
      }
      return trie.cost(node);
    }
  }
}
