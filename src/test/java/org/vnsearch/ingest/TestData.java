package org.vnsearch.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's sample articles and, when present, ../shared. */
public final class TestData {
  private TestData() {}

  public static Path basedir() {
    return Path.of(System.getProperty("vnsearch.basedir", ".")).toAbsolutePath().normalize();
  }

  public static Path samples() {
    return basedir().resolve("samples");
  }

  /** Copies the bundled index-config folder to {@code target} (created if needed) and returns {@code target}. */
  public static Path copyOfBundledConfig(Path target) throws java.io.IOException {
    Path source = basedir().resolve("index-config");
    try (var files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  /** ../shared beside the project, or null when it is not there. */
  public static Path shared() {
    Path shared = Path.of(System.getProperty("vnsearch.shared", basedir().resolve("../shared").toString())).normalize();
    return Files.isDirectory(shared) ? shared : null;
  }

  /** ../shared/seeds, or null. */
  public static Path seeds() {
    Path shared = shared();
    return shared != null && Files.isDirectory(shared.resolve("seeds")) ? shared.resolve("seeds") : null;
  }

  /** Text as Windows-1258 writes it: vowels with their quality marks precomposed, tone marks combining. */
  public static String toneDecomposed(String text) {
    String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    StringBuilder tones = new StringBuilder();
    StringBuilder cluster = new StringBuilder();
    for (char c : nfd.toCharArray()) {
      if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
        tones.append(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        cluster.append(c);
      } else {
        out.append(java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFC)).append(tones);
        cluster.setLength(0);
        tones.setLength(0);
        cluster.append(c);
      }
    }
    return out.append(java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFC)).append(tones).toString();
  }

}
