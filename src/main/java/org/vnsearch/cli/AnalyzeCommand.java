package org.vnsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.vnsearch.analysis.AnalyzedToken;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.config.VnsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows the tokens the analyzer makes of a text, like Elasticsearch's {@code _analyze}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Print the tokens of TEXT: term, type, start and end offset, position and position length.",
      "Fields: text (syllables with words stacked over them; the main field), text_folded (the same without",
      "diacritics), syllables (what queries are built from)."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  /** The analyses {@code --field} can show. */
  enum Field {
    text,
    text_folded,
    syllables
  }

  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--field", paramLabel = "FIELD", description = "text (default), text_folded or syllables.")
  Field field = Field.text;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Text to analyze (several words are joined).")
  List<String> text;

  @Override
  public Integer call() {
    VnsearchConfig cfg = config.load();
    String input = String.join(" ", text);
    Cli.segmenter(spec, cfg);
    List<AnalyzedToken> tokens;
    try (Analyzer analyzer = analyzer(cfg)) {
      tokens = AnalyzedToken.analyze(analyzer, field.name(), input);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(new Json.AnalyzeOutput(field.name(), input, tokens)));
    } else {
      printTable(out, tokens);
    }
    out.flush();
    return Cli.OK;
  }

  private Analyzer analyzer(VnsearchConfig cfg) {
    return switch (field) {
      case text -> new VietnameseAnalyzer(cfg);
      case text_folded -> VietnameseAnalyzer.folded(cfg);
      case syllables -> VietnameseAnalyzer.syllables(false);
    };
  }

  private static void printTable(PrintWriter out, List<AnalyzedToken> tokens) {
    int width = "TERM".length();
    for (AnalyzedToken t : tokens) {
      width = Math.max(width, t.term().length());
    }
    String format = "%-" + width + "s  %-10s  %5s  %5s  %4s  %3s%n";
    out.printf(format, "TERM", "TYPE", "START", "END", "POS", "LEN");
    for (AnalyzedToken t : tokens) {
      out.printf(
          format, t.term(), t.type(), t.startOffset(), t.endOffset(), t.position(), t.positionLength());
    }
  }
}
