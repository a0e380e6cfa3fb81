package org.vnsearch.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vnsearch.BadInputException;
import org.vnsearch.analysis.dict.FileReplacement;
import org.vnsearch.analysis.dict.FrequencyEstimator;
import org.vnsearch.analysis.dict.LexiconFormat;
import org.vnsearch.analysis.dict.SegmentationConventions;
import org.vnsearch.analysis.text.VietnameseSyllables;
import org.vnsearch.analysis.text.SyllableNormalizer;
import org.vnsearch.ingest.ArticleReader;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.RawArticle;
import org.vnsearch.ingest.read.ParagraphSplitter.RawParagraph;
import org.vnsearch.ingest.read.RawArticleListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lexicon tools: estimate the frequencies of a word list from a corpus. */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Lexicon tools.",
    subcommands = {LexiconCommand.Estimate.class})
public final class LexiconCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }

  /** {@code vnsearch lexicon estimate}. */
  @Command(
      name = "estimate",
      mixinStandardHelpOptions = true,
      description = {
        "Estimate word frequencies for word lists from a corpus (Viterbi re-estimation: the frequencies the",
        "segmenter itself would count), and write a lexicon file (word<TAB>frequency)."
      })
  static final class Estimate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConfigOption config;

    @Option(names = "--words", arity = "1..*", required = true, paramLabel = "FILE",
        description = "Word lists: one word per line (a frequency column, if any, is ignored).")
    List<Path> wordFiles;

    @Option(names = "--corpus", arity = "1..*", required = true, paramLabel = "PATH",
        description = "Corpus files or folders (text, JSON Lines, .gz).")
    List<Path> corpus;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Lexicon file to write.")
    Path output;

    @Option(names = "--iterations", defaultValue = "2", description = "Segmentation passes (default 2).")
    int iterations;

    @Option(names = "--min-syllable-count", defaultValue = "5",
        description = "Keep single syllables seen at least this often on their own (default 5).")
    int minSyllableCount;

    @Option(names = "--max-paragraphs", defaultValue = "0", description = "Read at most this many paragraphs (0: all).")
    long maxParagraphs;

    @Option(names = "--no-conventions", description = "Keep the entries that the VLSP segmentation conventions split (see SegmentationConventions).")
    boolean noConventions;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      // Check every input and the output's folder before passes that take minutes over a large corpus.
      for (Path path : corpus) {
        if (!Files.exists(path)) {
          throw new BadInputException("--corpus " + path + ": no such file or folder");
        }
      }
      Path folder = outputFolder();
      Map<String, String> spelling = new HashMap<>();
      List<String> words = new ArrayList<>();
      for (Path file : wordFiles) {
        if (!Files.isRegularFile(file)) {
          throw new BadInputException("--words " + file + ": no such file");
        }
        try (var in = Files.newInputStream(file)) {
          LexiconFormat.read(in, file.toString(), true, (word, frequency, line) -> {
            String key = key(word);
            if (noConventions || !SegmentationConventions.splits(List.of(key.split(" ")))) {
              words.add(word);
              spelling.putIfAbsent(key, word.strip().replace('_', ' '));
            }
          });
        }
      }
      FrequencyEstimator estimator = new FrequencyEstimator(words, config.load().analysis().maxWordSyllables());
      ArticleReader reader = new ArticleReader(config.load());
      long start = System.nanoTime();
      int[] pass = {0};
      int[] errors = {0};
      Map<String, Long> frequencies =
          estimator.estimate(
              consumer -> {
                pass[0]++;
                long[] seen = {0};
                reader.readRaw(corpus, new RawArticleListener() {
                  @Override
                  public void article(RawArticle article) {
                    for (RawParagraph p : article.paragraphs()) {
                      if (maxParagraphs > 0 && seen[0] >= maxParagraphs) {
                        return;
                      }
                      seen[0]++;
                      consumer.accept(p.text());
                    }
                  }

                  @Override
                  public void problem(InputProblem problem) {
                    // Every pass reads the same corpus: report its problems once.
                    if (problem.severity() == InputProblem.Severity.ERROR && pass[0] == 1) {
                      errors[0]++;
                      err.println(problem);
                    }
                  }
                });
                err.printf("pass %d: %,d paragraphs, %.0f s%n", pass[0], seen[0], (System.nanoTime() - start) / 1e9);
                err.flush();
              },
              iterations,
              minSyllableCount);
      write(folder, frequencies, spelling);
      long used = estimator.words().stream().filter(w -> frequencies.getOrDefault(w, 0L) > 0).count();
      spec.commandLine().getOut().printf(
          "%s: %,d words (%,d seen in the corpus)%n", output, estimator.words().size(), used);
      // The rest of the corpus was counted and the file written, but a reader should know it is not all there.
      return errors[0] == 0 ? Cli.OK : Cli.BAD_INPUT;
    }

    /** The output's folder, created if needed; a one-line error when it cannot be, or when the output is a folder. */
    private Path outputFolder() {
      if (Files.isDirectory(output)) {
        throw new BadInputException("--output " + output + ": is a folder");
      }
      Path folder = output.toAbsolutePath().getParent();
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? ": " + f.getReason() : "";
        throw new BadInputException("--output " + output + ": cannot create the folder " + folder + reason);
      }
      if (!Files.isWritable(folder)) {
        throw new BadInputException("--output " + output + ": its folder is not writable");
      }
      return folder;
    }

    private static String joined(List<Path> paths) {
      return String.join(" ", paths.stream().map(Path::toString).toList());
    }

    private static String key(String word) {
      return SyllableNormalizer.normalizeWords(word.replace('_', ' '));
    }

    private void write(Path folder, Map<String, Long> frequencies, Map<String, String> spelling) throws IOException {
      TreeMap<String, Long> multi = new TreeMap<>();
      TreeMap<String, Long> single = new TreeMap<>();
      frequencies.forEach((k, v) -> {
        if (k.indexOf(' ') > 0) {
          multi.put(spelling.getOrDefault(k, k), v);
        } else if (VietnameseSyllables.isValid(k)) {
          single.put(k, v); // the corpus also holds foreign words, acronyms and typos: not entries of this lexicon
        }
      });
      // An interrupted run never leaves a half-written lexicon.
      FileReplacement.replace(folder.resolve(output.getFileName()), out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Name the inputs: a lexicon file says where its words and its counts come from.
        w.write("# word<TAB>frequency, written by `vnsearch lexicon estimate`.\n");
        w.write("# words: " + joined(wordFiles) + "\n");
        w.write("# frequencies: what the segmenter counts in " + joined(corpus) + "\n");
        for (var e : multi.entrySet()) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        for (var e : single.entrySet()) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        w.flush();
      });
    }
  }
}
