package org.vnsearch.analysis.dict;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplacementTest {
  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (var list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void replacesTheFileAndLeavesNothingElseBehind() throws IOException {
    Path target = dir.resolve("words.tsv");
    Files.writeString(target, "old\n");
    FileReplacement.replace(target, out -> out.write("new\n".getBytes(UTF_8)));
    assertEquals("new\n", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aFailedWriteKeepsTheOldFileWhole() throws IOException {
    Path target = dir.resolve("words.tsv");
    Files.writeString(target, "old\n");
    IOException failure = assertThrows(IOException.class, () -> FileReplacement.replace(target, out -> {
      out.write("half of the new".getBytes(UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", failure.getMessage());
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of(target), files(), "the temporary file is removed");
  }
}
