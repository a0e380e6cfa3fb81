package org.vnsearch.cli;

import org.vnsearch.Version;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, written into the jar by the build. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "vnsearch " + Version.vnsearch(),
      "Lucene " + Version.lucene() + ", Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
