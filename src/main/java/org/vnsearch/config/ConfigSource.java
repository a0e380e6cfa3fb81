package org.vnsearch.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where configuration files come from: a folder given with {@code --config DIR}, or the defaults bundled in the
 * jar. Names are relative to the configuration folder; absolute paths point outside it (a user's own lexicon).
 */
public sealed interface ConfigSource permits ConfigSource.Directory, ConfigSource.Bundled {

  /** The bundled default configuration (the project's {@code index-config/}, packaged into the jar). */
  static ConfigSource bundled() {
    return Bundled.INSTANCE;
  }

  static ConfigSource directory(Path dir) {
    return new Directory(dir.toAbsolutePath().normalize());
  }

  /** Opens a file of this configuration; a missing file is a {@link ConfigException} naming it. */
  InputStream open(String name);

  boolean exists(String name);

  /** How to name this file in a message to the user. */
  String describe(String name);

  /** Reads a whole file, for fingerprints and copies. */
  default byte[] readAllBytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(describe(name) + ": " + e.getMessage(), e);
    }
  }

  /** A configuration folder on disk. */
  record Directory(Path dir) implements ConfigSource {
    public Path resolve(String name) {
      return dir.resolve(name);
    }

    @Override
    public InputStream open(String name) {
      try {
        return Files.newInputStream(resolve(name));
      } catch (NoSuchFileException e) {
        throw new ConfigException(describe(name), "file not found");
      } catch (IOException e) {
        throw new ConfigException(describe(name), "cannot read: " + e.getMessage(), e);
      }
    }

    @Override
    public boolean exists(String name) {
      return Files.isRegularFile(resolve(name));
    }

    @Override
    public String describe(String name) {
      return resolve(name).toString();
    }
  }

  /** The defaults inside the jar; absolute names still refer to the file system. */
  final class Bundled implements ConfigSource {
    static final String ROOT = "org/vnsearch/index-config/";
    private static final Bundled INSTANCE = new Bundled();

    private Bundled() {}

    @Override
    public InputStream open(String name) {
      if (Path.of(name).isAbsolute()) {
        return new Directory(Path.of("/")).open(name);
      }
      InputStream in = Bundled.class.getClassLoader().getResourceAsStream(ROOT + name);
      if (in == null) {
        throw new ConfigException(describe(name), "file not found");
      }
      return in;
    }

    @Override
    public boolean exists(String name) {
      if (Path.of(name).isAbsolute()) {
        return Files.isRegularFile(Path.of(name));
      }
      return Bundled.class.getClassLoader().getResource(ROOT + name) != null;
    }

    @Override
    public String describe(String name) {
      return Path.of(name).isAbsolute() ? name : "index-config/" + name + " (bundled)";
    }

    @Override
    public String toString() {
      return "bundled index-config";
    }
  }
}
