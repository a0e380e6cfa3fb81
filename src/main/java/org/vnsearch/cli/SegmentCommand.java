package org.vnsearch.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vnsearch.analysis.LineSegmenter;
import org.vnsearch.config.SegmenterBackend;
import org.vnsearch.config.VnsearchConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Word-segments text line by line, in the VLSP format (syllables of a word joined by '_'). */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Read lines from FILEs (or standard input) and write each line word-segmented: words separated by",
      "spaces, the syllables of a word joined by '_', punctuation as its own token, original text and case kept.",
      "A file that cannot be read, or a line that is not UTF-8 (written with U+FFFD for its bad bytes), is",
      "reported in one line on stderr; the other input is still segmented, and the exit code is 2."
    })
public final class SegmentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      description = "Segmenter: java (built in), coccoc (an installed coccoc-tokenizer), auto; default: the configuration's.")
  SegmenterBackend backend;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Input files (UTF-8); none or '-' for stdin.")
  List<Path> files = List.of();

  private static final Path STDIN = Path.of("-");

  @Override
  public Integer call() throws IOException {
    VnsearchConfig cfg = config.load();
    if (backend != null) {
      cfg = cfg.withAnalysis(cfg.analysis().withSegmenter(backend));
    }
    Cli.segmenter(spec, cfg);
    LineSegmenter segmenter = new LineSegmenter(cfg);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allRead = true;
    for (Path file : files.isEmpty() ? List.of(STDIN) : files) {
      // A bad input is reported and skipped, and the others are still segmented: nothing else is lost.
      String problem = segment(file, segmenter, out);
      if (problem != null) {
        out.flush(); // the lines before it first, so that the output and the message come in order
        err.println("vnsearch: " + problem);
        err.flush();
        allRead = false;
      }
    }
    out.flush();
    return allRead ? Cli.OK : Cli.BAD_INPUT;
  }

  /** Segments one input into {@code out}; returns what was wrong with it, or null. */
  private static String segment(Path file, LineSegmenter segmenter, PrintWriter out) {
    boolean stdin = file.equals(STDIN);
    String name = stdin ? "standard input" : file.toString();
    try (InputStream in = stdin ? nonClosing(System.in) : Files.newInputStream(file)) {
      Utf8Lines lines = new Utf8Lines(in);
      long firstMalformed = 0;
      long malformed = 0;
      String line;
      while ((line = lines.next()) != null) {
        if (lines.lastWasMalformed() && malformed++ == 0) {
          firstMalformed = lines.lineNumber();
        }
        // write() rather than println(): picocli's writer flushes on every println
        out.write(segmenter.segment(line));
        out.write('\n');
      }
      if (malformed > 0) {
        return name + ":" + firstMalformed + ": not valid UTF-8 (its bad bytes written as U+FFFD"
            + (malformed > 1 ? "; " + (malformed - 1) + " more such lines" : "") + ")";
      }
      return null;
    } catch (NoSuchFileException e) {
      return name + ": no such file";
    } catch (AccessDeniedException e) {
      return name + ": permission denied";
    } catch (IOException e) {
      return name + ": cannot read: " + e.getMessage();
    }
  }

  /** Standard input for try-with-resources, left open: a second '-' then reads an empty input, not a closed one. */
  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
