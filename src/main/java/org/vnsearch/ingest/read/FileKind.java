package org.vnsearch.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What a file looks like from its first bytes: text in some encoding, compressed, binary of a known kind, or
 * empty. Decides how a file is read or why it is skipped.
 */
public record FileKind(Kind kind, String detail, Charset charset) {
  public enum Kind {
    TEXT,
    GZIP,
    BINARY,
    EMPTY
  }

  private static final int SNIFF_BYTES = 8192;

  public static int sniffLength() {
    return SNIFF_BYTES;
  }

  /**
   * Sniffs the first bytes of a file. {@code fallback} is the charset for text without a byte-order mark
   * (UTF-8 unless the user asked for another).
   */
  public static FileKind sniff(byte[] head, int length, Charset fallback) {
    if (length == 0) {
      return new FileKind(Kind.EMPTY, "empty file", null);
    }
    if (startsWith(head, length, 0x1f, 0x8b)) {
      return new FileKind(Kind.GZIP, "gzip", null);
    }
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new FileKind(Kind.TEXT, "UTF-8 with BOM", StandardCharsets.UTF_8);
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new FileKind(Kind.TEXT, "UTF-16LE with BOM", StandardCharsets.UTF_16LE);
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new FileKind(Kind.TEXT, "UTF-16BE with BOM", StandardCharsets.UTF_16BE);
    }
    String magic = binaryMagic(head, length);
    if (magic != null) {
      return new FileKind(Kind.BINARY, magic, null);
    }
    Charset utf16 = utf16WithoutBom(head, length);
    if (utf16 != null) {
      return new FileKind(Kind.TEXT, utf16.name() + " without BOM", utf16);
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return new FileKind(Kind.BINARY, "binary data (NUL bytes)", null);
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (control * 20 > length) {
      return new FileKind(Kind.BINARY, "binary data (control bytes)", null);
    }
    return new FileKind(Kind.TEXT, fallback.name(), fallback);
  }

  private static String binaryMagic(byte[] h, int n) {
    if (startsWith(h, n, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(h, n, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(h, n, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(h, n, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(h, n, 'P', 'K', 3, 4)) {
      return "ZIP archive (or an Office document)";
    }
    if (startsWith(h, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "legacy Office document";
    }
    if (startsWith(h, n, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    if (startsWith(h, n, 'R', 'I', 'F', 'F')) {
      return "RIFF media (WebP, WAV, AVI)";
    }
    return null;
  }

  /** UTF-16 text without BOM: mostly ASCII, so every other byte is NUL, on the same side. */
  private static Charset utf16WithoutBom(byte[] h, int n) {
    int pairs = n / 2;
    if (pairs < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i + 1 < n; i += 2) {
      if (h[i] == 0) {
        evenNul++;
      }
      if (h[i + 1] == 0) {
        oddNul++;
      }
    }
    if (oddNul * 10 >= pairs * 6 && evenNul * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul * 10 >= pairs * 6 && oddNul * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] h, int n, int... prefix) {
    if (n < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((h[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
