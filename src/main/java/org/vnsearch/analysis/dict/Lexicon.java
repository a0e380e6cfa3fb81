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

  Lexicon(
      SyllableTable syllables,
      float[] singleCosts,
      float unknownCost,
      FST<Long> words,
      int wordCount,
      int maxWordSyllables) {
    this.syllables = syllables;
    this.singleCosts = singleCosts;
    this.unknownCost = unknownCost;
    this.words = words;
    this.trie = trieOf(words);
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

  private static final int FORMAT = 0x564e4c31; // "VNL1"

  /** Writes the compiled lexicon, for {@link #read}: a cache that loads much faster than compiling. */
  public void write(java.io.OutputStream out) throws IOException {
    org.apache.lucene.store.OutputStreamDataOutput data = new org.apache.lucene.store.OutputStreamDataOutput(out);
    data.writeInt(FORMAT);
    data.writeVInt(maxWordSyllables);
    data.writeVInt(wordCount);
    data.writeInt(Float.floatToIntBits(unknownCost));
    data.writeVInt(syllables.size());
    for (int id = 0; id < syllables.size(); id++) {
      data.writeString(syllables.text(id));
      data.writeInt(Float.floatToIntBits(singleCosts[id]));
    }
    data.writeByte((byte) (words == null ? 0 : 1));
    if (words != null) {
      words.save(data, data);
    }
  }

  /** Reads what {@link #write} wrote; an unknown format is an IOException. */
  public static Lexicon read(java.io.InputStream in) throws IOException {
    org.apache.lucene.store.InputStreamDataInput data = new org.apache.lucene.store.InputStreamDataInput(in);
    if (data.readInt() != FORMAT) {
      throw new IOException("not a compiled vnsearch lexicon");
    }
    int maxSyllables = data.readVInt();
    int count = data.readVInt();
    float unknown = Float.intBitsToFloat(data.readInt());
    int n = data.readVInt();
    String[] texts = new String[n];
    float[] costs = new float[n];
    for (int id = 0; id < n; id++) {
      texts[id] = data.readString();
      costs[id] = Float.intBitsToFloat(data.readInt());
    }
    FST<Long> fst = null;
    if (data.readByte() == 1) {
      org.apache.lucene.util.fst.PositiveIntOutputs outputs = org.apache.lucene.util.fst.PositiveIntOutputs.getSingleton();
      fst = new FST<>(FST.readMetadata(data, outputs), data);
    }
    return new Lexicon(SyllableTable.of(texts), costs, unknown, fst, count, maxSyllables);
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
  }
}
