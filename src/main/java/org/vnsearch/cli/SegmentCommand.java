package org.vnsearch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vnsearch.BadInputException;
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
      "spaces, the syllables of a word joined by '_', punctuation as its own token, original text and case kept."
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

  @Override
  public Integer call() throws IOException {
    VnsearchConfig cfg = config.load();
    if (backend != null) {
      cfg = cfg.withAnalysis(cfg.analysis().withSegmenter(backend));
    }
    Cli.segmenter(spec, cfg);
    LineSegmenter segmenter = new LineSegmenter(cfg);
    PrintWriter out = spec.commandLine().getOut();
    if (files.isEmpty()) {
      segment(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), segmenter, out);
    }
    for (Path file : files) {
      if (file.toString().equals("-")) {
        segment(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), segmenter, out);
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        segment(in, segmenter, out);
      } catch (NoSuchFileException e) {
        throw new BadInputException(file + ": no such file");
      } catch (java.nio.charset.MalformedInputException e) {
        throw new BadInputException(file + ": not valid UTF-8");
      }
    }
    out.flush();
    return Cli.OK;
  }

  private static void segment(BufferedReader in, LineSegmenter segmenter, PrintWriter out) {
    try {
      String line;
      while ((line = in.readLine()) != null) {
        // write() rather than println(): picocli's writer flushes on every println
        out.write(segmenter.segment(line));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
