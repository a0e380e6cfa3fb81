package org.vnsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines (ended by \n, \r\n or \r) one at a time and never fails on a bad byte: a line that is not
 * valid UTF-8 comes back with U+FFFD in place of its bad bytes and is flagged, so that a tool writing one output
 * line per input line can keep the lines aligned, say which line was bad, and go on.
 */
final class Utf8Lines {
  private final InputStream in;
  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private int bufferPos;
  private int bufferEnd;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean pendingCarriageReturn;
  private boolean lastWasMalformed;
  private long lineNumber;

  Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** The next line without its line break, or null at the end of the input. */
  String next() throws IOException {
    lineLength = 0;
    while (true) {
      if (bufferPos == bufferEnd && !fill()) {
        return lineLength == 0 ? null : decode();
      }
      byte b = buffer[bufferPos++];
      if (pendingCarriageReturn) {
        pendingCarriageReturn = false;
        if (b == '\n') {
          continue; // the second half of a \r\n
        }
      }
      if (b == '\n' || b == '\r') {
        pendingCarriageReturn = b == '\r';
        return decode();
      }
      if (lineLength == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[lineLength++] = b;
    }
  }

  /** Whether the line {@link #next} returned last had bytes that are not UTF-8. */
  boolean lastWasMalformed() {
    return lastWasMalformed;
  }

  /** 1-based number of the line {@link #next} returned last. */
  long lineNumber() {
    return lineNumber;
  }

  private String decode() {
    lineNumber++;
    int from = lineNumber == 1 && startsWithByteOrderMark() ? 3 : 0;
    try {
      lastWasMalformed = false;
      return strict.decode(ByteBuffer.wrap(line, from, lineLength - from)).toString();
    } catch (CharacterCodingException e) {
      lastWasMalformed = true;
      return new String(line, from, lineLength - from, StandardCharsets.UTF_8); // replaces the bad bytes
    }
  }

  private boolean startsWithByteOrderMark() {
    return lineLength >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    if (read <= 0) {
      return false;
    }
    bufferPos = 0;
    bufferEnd = read;
    return true;
  }
}
