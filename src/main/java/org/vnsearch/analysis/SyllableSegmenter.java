package org.vnsearch.analysis;

/**
 * Splits a run of normalized syllables (no punctuation inside) into words. The tokenizer stacks the words it
 * returns over the syllables; the syllables themselves, their positions and offsets never change, whichever
 * segmenter runs. Implementations hold per-stream scratch state: one instance per tokenizer.
 */
public interface SyllableSegmenter {
  /**
   * Segments syllables {@code 0..n-1}. Syllable {@code i} is {@code chars[starts[i], starts[i] + lengths[i])}
   * and has lexicon id {@code ids[i]} (-1 when unknown). Writes the length in syllables of each word, in order, to
   * {@code wordLengths} (room for {@code n}) and returns the number of words.
   */
  int segment(char[] chars, int[] starts, int[] lengths, int[] ids, int n, int[] wordLengths);
}
