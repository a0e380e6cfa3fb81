package org.vnsearch.analysis.dict;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file through a temporary sibling that is then moved over it, so that a reader (another process loading
 * the compiled lexicon, a user's next run) never sees a half-written file, and an interrupted write leaves the old
 * file as it was.
 */
public final class FileReplacement {
  /** What writes the new content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private FileReplacement() {}

  /** Replaces {@code target} (whose folder must exist) with what {@code content} writes. */
  public static void replace(Path target, Content content) throws IOException {
    // Unique per process and thread, so that concurrent writers do not share it; created like any new file, so
    // that it gets the usual permissions (a temporary file from Files.createTempFile is private to its owner).
    Path temporary = target.resolveSibling(
        target.getFileName() + "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
