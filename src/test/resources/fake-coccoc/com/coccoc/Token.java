package com.coccoc;

/** The token shape of coccoc-tokenizer's Java binding, for vnsearch's tests (see Tokenizer). */
public final class Token {
  private final String text;
  private final int start;
  private final int end;

  public Token(String text, int start, int end) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  public String getText() {
    return text;
  }

  public int getPos() {
    return start;
  }

  public int getEndPos() {
    return end;
  }

  public boolean isWord() {
    return true;
  }
}
