package org.vnsearch.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.vnsearch.ingest.InputProblem;

/**
 * Reads one file of any supported kind: JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}, optionally
 * gzipped) or plain text (anything else that is text). Binary and empty files are skipped with a message; bad
 * encodings are errors with the byte offset and a hint. Every problem goes to the listener; nothing is thrown.
 */
public final class FileReaders {
  private final TextFileReader text;
  private final JsonLinesReader json;
  private final Charset textEncoding;

  /**
   * @param isKnownName whether a normalized word (or two) is a known place name: helps rebuild wrapped paragraphs
   * @param isStandalone whether a line always stands alone (boilerplate, a dateline)
   * @param textEncoding encoding of text files without byte-order mark (UTF-8 unless the user asked otherwise)
   */
  public FileReaders(Predicate<String> isKnownName, Predicate<String> isStandalone, Charset textEncoding) {
    this.text = new TextFileReader(isKnownName, isStandalone);
    this.json = new JsonLinesReader(isKnownName, isStandalone);
    this.textEncoding = textEncoding;
  }

  /** Whether a file name says JSON Lines. */
  static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  /** Reads a file; the article id of a text file is {@code id}. */
  public void read(Path file, String id, RawArticleListener listener) {
    long size = 0;
    try {
      size = Files.size(file);
      try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        readStream(file, id, raw, listener, false);
      }
    } catch (NoSuchFileException e) {
      listener.problem(InputProblem.error(file, 0, "no such file"));
    } catch (AccessDeniedException e) {
      listener.problem(InputProblem.error(file, 0, "permission denied"));
    } catch (BadEncodingException e) {
      listener.problem(
          new InputProblem(
              file,
              0,
              e.byteOffset(),
              InputProblem.Severity.ERROR,
              e.getMessage()
                  + (textEncoding.name().equals("UTF-8")
                      ? "; for a legacy Vietnamese file try --encoding windows-1258"
                      : "")));
    } catch (ZipException e) {
      listener.problem(InputProblem.error(file, 0, "broken gzip data: " + e.getMessage()));
    } catch (IOException e) {
      listener.problem(InputProblem.error(file, 0, "cannot read: " + e.getMessage()));
    } finally {
      listener.fileDone(file, size);
    }
  }

  private void readStream(Path file, String id, InputStream in, RawArticleListener listener, boolean unzipped)
      throws IOException {
    byte[] head = new byte[FileKind.sniffLength()];
    in.mark(head.length);
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    FileKind kind = FileKind.sniff(head, n, textEncoding);
    switch (kind.kind()) {
      case EMPTY -> listener.problem(InputProblem.skipped(file, unzipped ? "empty after gunzip" : "empty file"));
      case BINARY -> listener.problem(InputProblem.skipped(file, "not text: " + kind.detail()));
      case GZIP -> {
        if (unzipped) {
          listener.problem(InputProblem.skipped(file, "gzip inside gzip"));
          return;
        }
        readStream(file, id, new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), listener, true);
      }
      case TEXT -> {
        if (isJsonLines(file)) {
          json.read(file, in, listener);
        } else {
          text.read(file, id, in, kind.charset(), listener);
        }
      }
    }
  }
}
