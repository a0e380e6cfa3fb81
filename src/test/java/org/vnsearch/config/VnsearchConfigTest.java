package org.vnsearch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.vnsearch.ingest.TestData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VnsearchConfigTest {
  @TempDir Path dir;

  /** A copy of the bundled configuration in a folder, with vnsearch.conf replaced when text is given. */
  private Path copyOfDefaults(String conf) throws IOException {
    TestData.copyOfBundledConfig(dir);
    if (conf != null) {
      Files.writeString(dir.resolve("vnsearch.conf"), conf);
    }
    return dir;
  }

  @Test
  void bundledDefaultsLoad() {
    VnsearchConfig config = VnsearchConfig.defaults();
    assertFalse(config.analysis().lexicon().isEmpty());
    assertTrue(config.analysis().folding());
    assertEquals(SegmenterBackend.JAVA, config.analysis().segmenter());
    assertTrue(config.ingest().topicThreshold() > 0);
    try (InputStream in = config.source().open(config.ingest().districts())) {
      assertTrue(in.read() >= 0);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFolderLoadsLikeTheDefaults() throws IOException {
    VnsearchConfig config = VnsearchConfig.load(ConfigSource.directory(copyOfDefaults(null)));
    assertEquals(VnsearchConfig.defaults().analysis(), config.analysis());
    assertEquals(VnsearchConfig.defaults().ingest(), config.ingest());
  }

  @Test
  void anUnknownKeyNamesFileAndLine() throws IOException {
    copyOfDefaults(
        """
        # comment
        analysis.lexicon = lexicon/words.tsv
        analysis.lexikon = oops.tsv
        """);
    ConfigException e =
        assertThrows(ConfigException.class, () -> VnsearchConfig.load(ConfigSource.directory(dir)));
    assertTrue(e.getMessage().contains("vnsearch.conf:3"), e.getMessage());
    assertTrue(e.getMessage().contains("analysis.lexikon"), e.getMessage());
  }

  @Test
  void aMalformedValueNamesFileLineAndExpectation() throws IOException {
    copyOfDefaults(
        """
        analysis.lexicon = lexicon/words.tsv
        ingest.provinces = provinces.tsv
        ingest.districts = districts.tsv
        ingest.topics = topics.tsv
        ingest.boilerplate = boilerplate.txt
        analysis.folding = maybe
        """);
    ConfigException e =
        assertThrows(ConfigException.class, () -> VnsearchConfig.load(ConfigSource.directory(dir)));
    assertTrue(e.getMessage().contains("vnsearch.conf:6"), e.getMessage());
    assertTrue(e.getMessage().contains("true or false"), e.getMessage());
  }

  @Test
  void aLineWithoutEqualsSignIsAnError() throws IOException {
    copyOfDefaults("analysis.lexicon lexicon/words.tsv\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> VnsearchConfig.load(ConfigSource.directory(dir)));
    assertTrue(e.getMessage().contains("vnsearch.conf:1"), e.getMessage());
  }

  @Test
  void aMissingReferencedFileIsNamed() throws IOException {
    copyOfDefaults(
        """
        analysis.lexicon = lexicon/words.tsv, lexicon/missing.tsv
        """);
    ConfigException e =
        assertThrows(ConfigException.class, () -> VnsearchConfig.load(ConfigSource.directory(dir)));
    assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());
    assertTrue(e.getMessage().contains("vnsearch.conf:1"), e.getMessage());
  }

  @Test
  void recordsAreImmutable() {
    List<String> lexicon = VnsearchConfig.defaults().analysis().lexicon();
    assertThrows(UnsupportedOperationException.class, () -> lexicon.add("x"));
  }

  @Test
  void tsvRowsWithTheWrongColumnCountNameTheLine() throws IOException {
    Files.writeString(dir.resolve("t.tsv"), "#a\tb\nx\ty\nonly-one\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> TsvFile.read(ConfigSource.directory(dir), "t.tsv", 2, 2));
    assertTrue(e.getMessage().contains("t.tsv:3"), e.getMessage());
  }

  @Test
  void dataFilesInALegacyCodePageAreReportedByName() throws IOException {
    copyOfDefaults(null);
    // "Hòa" in Windows-1258 is not valid UTF-8; each kind of data file must say so and name itself.
    byte[] cp1258 = {'[', 'x', ']', ' ', 'H', (byte) 0xF2, 'a', '\n'};
    for (String name : List.of("topics.tsv", "boilerplate.txt", "synonyms.txt", "districts.tsv")) {
      Path copy = dir.resolve(name + ".orig");
      Files.copy(dir.resolve(name), copy);
      Files.write(dir.resolve(name), cp1258);
      ConfigSource source = ConfigSource.directory(dir);
      RuntimeException e =
          assertThrows(
              RuntimeException.class,
              () -> org.vnsearch.ingest.IngestResources.forConfig(VnsearchConfig.load(source)),
              name);
      assertTrue(e.getMessage().contains(name) && e.getMessage().contains("not valid UTF-8"), e.getMessage());
      Files.move(copy, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
