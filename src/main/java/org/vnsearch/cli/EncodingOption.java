package org.vnsearch.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.vnsearch.BadInputException;
import picocli.CommandLine.Option;

/** The {@code --encoding} option for text files without byte-order mark. */
public final class EncodingOption {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Encoding of text files without byte-order mark (default UTF-8; e.g. windows-1258 for legacy"
          + " Vietnamese files). JSON Lines are always UTF-8.")
  String name;

  public Charset charset() {
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new BadInputException("--encoding " + name + ": unknown encoding");
    }
  }
}
