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
    this.wordCount = wordCount;
    this.maxWordSyllables = maxWordSyllables;
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
    return syllables.ramBytesUsed() + singleCosts.length * 4L + (words == null ? 0 : words.ramBytesUsed());
  }

  /** A new matcher for one thread. */
  public Matcher matcher() {
    return new Matcher();
  }

  /** Finds the multi-syllable words that start at a position; holds per-thread FST state. */
  public final class Matcher {
    private final FST.BytesReader reader = words == null ? null : words.getBytesReader();
    private final FST.Arc<Long> arc = new FST.Arc<>();

    private Matcher() {}

    /**
     * Reports every multi-syllable word that starts at {@code ids[start]} and ends before {@code end}: its
     * length in syllables goes to {@code lengths}, its cost to {@code costs}. Returns how many were found.
     */
    public int wordsAt(int[] ids, int start, int end, int[] lengths, float[] costs) {
      if (words == null || ids[start] < 0) {
        return 0;
      }
      try {
        int found = 0;
        words.getFirstArc(arc);
        long output = 0;
        int limit = Math.min(end, start + maxWordSyllables);
        for (int i = start; i < limit; i++) {
          int id = ids[i];
          if (id < 0 || words.findTargetArc(id, arc, arc, reader) == null) {
            break;
          }
          output += arc.output();
          if (arc.isFinal() && i > start) {
            lengths[found] = i - start + 1;
            costs[found] = (output + arc.nextFinalOutput()) / COST_SCALE;
            found++;
          }
        }
        return found;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // on-heap FST: does not happen
      }
    }
  }
}
