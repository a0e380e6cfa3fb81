package org.vnsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.ArticleReader;
import org.vnsearch.ingest.IngestListener;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.Paragraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows how articles are split and what metadata each paragraph gets, before indexing. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Print the paragraphs of articles with their kind, district, province, year, years mentioned and topics,",
      "so that extraction can be checked before indexing."
    })
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;
  @Mixin EncodingOption encoding;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (text, JSON Lines).")
  List<Path> paths;

  @Override
  public Integer call() {
    ArticleReader reader = new ArticleReader(config.load(), encoding.charset());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    reader.read(
        paths,
        new IngestListener() {
          @Override
          public void article(Article article) {
            if (json) {
              articles.add(article);
            } else {
              print(out, article);
            }
          }

          @Override
          public void problem(InputProblem problem) {
            problems.add(problem);
            err.println(problem);
          }
        });
    if (json) {
      out.println(Json.write(new Json.InspectOutput(articles, problems.stream().map(String::valueOf).toList())));
    }
    out.flush();
    err.flush();
    return problems.stream().anyMatch(p -> p.severity() == InputProblem.Severity.ERROR) ? Cli.BAD_INPUT : Cli.OK;
  }

  private static void print(PrintWriter out, Article a) {
    out.printf("== %s%n", a.id());
    out.printf(
        "   title: %s%n   district: %s | province: %s | year: %s | date: %s%n",
        a.title().isEmpty() ? "-" : a.title(),
        orDash(a.district()),
        orDash(a.province()),
        orDash(a.year()),
        orDash(a.date()));
    for (Paragraph p : a.paragraphs()) {
      out.printf(
          "  %3d %-9s years=%s districts=%s topics=%s%n      %s%n",
          p.ordinal(),
          p.kind().label(),
          p.yearsMentioned(),
          p.districtsMentioned(),
          p.topics(),
          abbreviate(p.text(), 160));
    }
  }

  private static String orDash(Object o) {
    return o == null ? "-" : o.toString();
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
