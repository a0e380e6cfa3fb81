package org.vnsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of vnsearch and of Lucene, as written into the jar by the build. */
public final class Version {
  private static final Properties BUILD = load();

  private Version() {}

  public static String vnsearch() {
    return BUILD.getProperty("version", "unknown");
  }

  public static String lucene() {
    return BUILD.getProperty("lucene", "unknown");
  }

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/org/vnsearch/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
