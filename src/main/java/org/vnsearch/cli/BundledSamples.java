package org.vnsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The sample articles packaged with vnsearch (the project's {@code samples/} folder), copied out to a folder. */
final class BundledSamples {
  static final String PREFIX = "org/vnsearch/samples/";

  private BundledSamples() {}

  /** Copies the samples into {@code target} (replacing changed copies) and returns the files. */
  static List<Path> copyTo(Path target) {
    try {
      Files.createDirectories(target);
      List<Path> files = new ArrayList<>();
      for (String name : names()) {
        Path file = target.resolve(name);
        byte[] bytes;
        try (InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
          if (in == null) {
            continue;
          }
          bytes = in.readAllBytes();
        }
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
          Files.write(file, bytes);
        }
        files.add(file);
      }
      if (files.isEmpty()) {
        throw new IllegalStateException("no sample articles found in the jar under " + PREFIX);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample articles to " + target + ": " + e.getMessage(), e);
    }
  }

  /** File names under the samples prefix, from the jar or (in tests and IDEs) from the classes folder. */
  private static List<String> names() throws IOException {
    Path location;
    try {
      location = Path.of(BundledSamples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      Path dir = location.resolve(PREFIX);
      if (Files.isDirectory(dir)) {
        try (var list = Files.list(dir)) {
          list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
      }
      return names;
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && !name.endsWith("/")) {
          names.add(name.substring(PREFIX.length()));
        }
      }
    }
    names.sort(null);
    return names;
  }
}
