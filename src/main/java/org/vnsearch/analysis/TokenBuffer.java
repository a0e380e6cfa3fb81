package org.vnsearch.analysis;

import org.apache.lucene.util.ArrayUtil;

/**
 * A growable list of tokens in parallel arrays, with all term chars in one pool: the tokenizer's run of
 * syllables awaiting segmentation and its queue of tokens ready to emit. No objects per token.
 */
final class TokenBuffer {
  char[] chars = new char[1024];
  int charsUsed;
  int[] termStart = new int[64];
  int[] termLength = new int[64];
  int[] startOffset = new int[64];
  int[] endOffset = new int[64];
  int[] positionIncrement = new int[64];
  int[] positionLength = new int[64];
  int[] syllableId = new int[64];
  byte[] type = new byte[64];
  int size;
  /** Next token to emit, when used as a queue. */
  int head;

  void clear() {
    size = 0;
    head = 0;
    charsUsed = 0;
  }

  boolean hasNext() {
    return head < size;
  }

  int add(char[] term, int termOffset, int length, int start, int end, byte tokenType, int posInc, int posLen, int id) {
    if (size == termStart.length) {
      int n = ArrayUtil.oversize(size + 1, Integer.BYTES);
      termStart = ArrayUtil.growExact(termStart, n);
      termLength = ArrayUtil.growExact(termLength, n);
      startOffset = ArrayUtil.growExact(startOffset, n);
      endOffset = ArrayUtil.growExact(endOffset, n);
      positionIncrement = ArrayUtil.growExact(positionIncrement, n);
      positionLength = ArrayUtil.growExact(positionLength, n);
      syllableId = ArrayUtil.growExact(syllableId, n);
      type = ArrayUtil.growExact(type, n);
    }
    chars = ArrayUtil.grow(chars, charsUsed + length);
    System.arraycopy(term, termOffset, chars, charsUsed, length);
    termStart[size] = charsUsed;
    termLength[size] = length;
    charsUsed += length;
    startOffset[size] = start;
    endOffset[size] = end;
    positionIncrement[size] = posInc;
    positionLength[size] = posLen;
    syllableId[size] = id;
    type[size] = tokenType;
    return size++;
  }

  /** Adds a token whose term is the terms of {@code run[from, from+count)} joined with '_'. */
  void addJoined(TokenBuffer run, int from, int count, byte tokenType, int posInc) {
    int length = count - 1;
    for (int i = from; i < from + count; i++) {
      length += run.termLength[i];
    }
    chars = ArrayUtil.grow(chars, charsUsed + length);
    int start = charsUsed;
    int at = charsUsed;
    for (int i = from; i < from + count; i++) {
      if (i > from) {
        chars[at++] = '_';
      }
      System.arraycopy(run.chars, run.termStart[i], chars, at, run.termLength[i]);
      at += run.termLength[i];
    }
    // Reuse add() for the bookkeeping; the chars are already in place at the end of the pool.
    charsUsed = start;
    add(chars, start, length, run.startOffset[from], run.endOffset[from + count - 1], tokenType, posInc, count, -1);
  }
}
