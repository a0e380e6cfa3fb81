package org.vnsearch.ingest.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest of an article's content, built up piece by piece. */
final class ContentHash {
  private final MessageDigest digest;

  ContentHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  ContentHash add(String s) {
    digest.update((s == null ? "\u0000" : s).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0x1f);
    return this;
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }
}
