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
}
