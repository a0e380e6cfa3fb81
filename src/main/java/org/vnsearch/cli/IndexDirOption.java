package org.vnsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option. */
public final class IndexDirOption {
  @Option(names = {"--index", "-i"}, required = true, paramLabel = "DIR", description = "Index folder.")
  Path dir;

  public Path dir() {
    return dir;
  }
}
