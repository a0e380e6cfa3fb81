package org.vnsearch.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads decoded text line by line with bounded memory: a line longer than {@link #MAX_PIECE} chars comes in
 * pieces. Tracks the char offset of every piece (a leading BOM is not counted) and, on a byte sequence the
 * encoding cannot decode, fails with the byte offset where it starts.
 */
public final class LineReader implements Closeable {
  /** Longest piece of a line handed out at once. */
  public static final int MAX_PIECE = 1 << 16;

  /**
   * A piece of a line.
   *
   * @param offset char offset of its first char in the file
   * @param endsLine whether the line ends after this piece (false: the next piece continues the line)
   */
  public record Piece(String text, long offset, boolean endsLine) {}

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String encodingName;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final StringBuilder line = new StringBuilder();
  private long bytesBeforeBuffer;
  private long charOffset;
  private boolean inputDone;
  private boolean decoderFlushed;
  private boolean first = true;
  private boolean pendingCarriageReturn;

  public LineReader(InputStream in, Charset charset) {
    this.in = in;
    this.encodingName = charset.name();
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /** The next piece, or null at the end of the input. */
  public Piece next() throws IOException {
    long start = charOffset;
    while (true) {
      if (!chars.hasRemaining() && !fill()) {
        if (line.isEmpty()) {
          return null;
        }
        return emit(start, true);
      }
      while (chars.hasRemaining()) {
        char c = chars.get();
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue; // a byte order mark is not text
          }
        }
        charOffset++;
        if (pendingCarriageReturn) {
          pendingCarriageReturn = false;
          if (c == '\n') {
            start++; // the \n of a \r\n pair after an emitted line
            continue;
          }
        }
        if (c == '\n' || c == '\r') {
          pendingCarriageReturn = c == '\r';
          return emit(start, true);
        }
        line.append(c);
        if (line.length() >= MAX_PIECE && !Character.isHighSurrogate(c)) {
          return emit(start, false);
        }
      }
    }
  }

  private Piece emit(long start, boolean endsLine) {
    Piece piece = new Piece(line.toString(), start, endsLine);
    line.setLength(0);
    return piece;
  }

  /** Decodes more chars; false when the input is exhausted. */
  private boolean fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() && !inputDone) {
          readBytes();
        }
        if (inputDone && !bytes.hasRemaining() && decoderFlushed) {
          break;
        }
        CoderResult result = decoder.decode(bytes, chars, inputDone);
        if (result.isError()) {
          throw new BadEncodingException(encodingName, bytesBeforeBuffer + bytes.position());
        }
        if (inputDone) {
          result = decoder.flush(chars);
          if (result.isError()) {
            throw new BadEncodingException(encodingName, bytesBeforeBuffer + bytes.position());
          }
          if (bytes.hasRemaining()) {
            // bytes left that cannot form a character: a truncated sequence at the end
            throw new BadEncodingException(encodingName, bytesBeforeBuffer + bytes.position());
          }
          decoderFlushed = true;
        } else if (result.isUnderflow()) {
          readBytes();
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  private void readBytes() throws IOException {
    bytesBeforeBuffer += bytes.position();
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      inputDone = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
