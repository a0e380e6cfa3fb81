package org.vnsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, written into the jar by the build. */
public final class VersionProvider implements IVersionProvider {
  private static final Properties BUILD = load();

  public static String version() {
    return BUILD.getProperty("version", "unknown");
  }

  public static String luceneVersion() {
    return BUILD.getProperty("lucene", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "vnsearch " + version(),
      "Lucene " + luceneVersion() + ", Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/vnsearch/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
