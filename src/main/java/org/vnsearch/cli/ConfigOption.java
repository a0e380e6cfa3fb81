package org.vnsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vnsearch.BadInputException;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.VnsearchConfig;
import picocli.CommandLine.Option;

/** The {@code --config DIR} option, mapped onto a loaded {@link VnsearchConfig}. */
public final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "Configuration folder (a copy of index-config/); default: the bundled configuration.")
  Path dir;

  /** Whether the user gave a folder. */
  public boolean given() {
    return dir != null;
  }

  public VnsearchConfig load() {
    if (dir == null) {
      return VnsearchConfig.defaults();
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException("--config " + dir + ": not a folder");
    }
    return VnsearchConfig.load(ConfigSource.directory(dir));
  }
}
