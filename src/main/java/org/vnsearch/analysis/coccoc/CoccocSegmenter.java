package org.vnsearch.analysis.coccoc;

import java.util.List;
import org.vnsearch.analysis.SyllableSegmenter;

/**
 * Word boundaries from coccoc-tokenizer: the run's syllables are given to coccoc as one line, and each of its
 * words that covers whole syllables becomes a word over those syllables. The syllables, their normalization,
 * positions and offsets stay ours, so the syllable layer, phrase matching, folding, synonyms and highlighting
 * work the same as with the built-in segmenter. Where coccoc's tokens do not line up with our syllables, those
 * syllables stay single-syllable words.
 */
public final class CoccocSegmenter implements SyllableSegmenter {
  private final CoccocBinding binding;
  private int[] syllableStarts = new int[64];
  private int[] syllableEnds = new int[64];
  private final StringBuilder line = new StringBuilder(256);

  public CoccocSegmenter(CoccocBinding binding) {
    this.binding = binding;
  }

  @Override
  public int segment(char[] chars, int[] starts, int[] lengths, int[] ids, int n, int[] wordLengths) {
    if (syllableStarts.length < n) {
      syllableStarts = new int[Math.max(n, syllableStarts.length * 2)];
      syllableEnds = new int[syllableStarts.length];
    }
    line.setLength(0);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        line.append(' ');
      }
      syllableStarts[i] = line.length();
      line.append(chars, starts[i], lengths[i]);
      syllableEnds[i] = line.length();
    }
    List<CoccocBinding.Token> tokens = binding.segment(line.toString());
    int words = 0;
    int syllable = 0;
    for (CoccocBinding.Token t : tokens) {
      if (!t.word()) {
        continue;
      }
      int first = indexOf(syllableStarts, syllable, n, t.start());
      if (first < 0) {
        continue; // a token that does not start at a syllable
      }
      int last = first;
      while (last < n && syllableEnds[last] < t.end()) {
        last++;
      }
      if (last >= n || syllableEnds[last] != t.end()) {
        continue; // ends inside a syllable: not a word of ours
      }
      while (syllable < first) {
        wordLengths[words++] = 1;
        syllable++;
      }
      wordLengths[words++] = last - first + 1;
      syllable = last + 1;
    }
    while (syllable < n) {
      wordLengths[words++] = 1;
      syllable++;
    }
    return words;
  }

  private static int indexOf(int[] sorted, int from, int n, int value) {
    for (int i = from; i < n; i++) {
      if (sorted[i] == value) {
        return i;
      }
      if (sorted[i] > value) {
        return -1;
      }
    }
    return -1;
  }
}
