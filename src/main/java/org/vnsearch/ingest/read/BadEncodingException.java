package org.vnsearch.ingest.read;

import java.io.IOException;

/** A byte sequence the file's encoding cannot decode; carries the byte offset of its first byte. */
public final class BadEncodingException extends IOException {
  private final long byteOffset;

  public BadEncodingException(String encoding, long byteOffset) {
    super("not valid " + encoding + " at byte " + byteOffset);
    this.byteOffset = byteOffset;
  }

  public long byteOffset() {
    return byteOffset;
  }
}
