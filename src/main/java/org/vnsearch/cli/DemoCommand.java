package org.vnsearch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vnsearch.index.Indexer;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.search.SearchRequest;
import org.vnsearch.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The quick start: indexes the bundled sample articles and runs a phrase query with district facets. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Quick start: index the bundled sample articles into a local index (./vnsearch-demo-index) and search",
      "it for a phrase, with paragraph counts by district."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "vnsearch-demo-index", description = "Index folder (default ./vnsearch-demo-index).")
  Path dir;

  @Parameters(arity = "0..1", paramLabel = "QUERY", defaultValue = "\"thu ngân sách\"", description = "Query (default: the phrase \"thu ngân sách\").")
  String query;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> samples = BundledSamples.copyTo(dir.resolve("samples"));
    try (VietnameseIndex index = VietnameseIndex.openForWriting(dir, Optional.empty())) {
      Indexer.Summary s =
          new Indexer(index, new Indexer.Options(0, Duration.ofSeconds(30), StandardCharsets.UTF_8))
              .run(samples, problem -> err.println(problem));
      out.printf(
          "Indexed %d sample articles (%d new or changed, %d unchanged) into %s%n",
          s.articles() + s.unchanged(), s.articles(), s.unchanged(), dir);
      out.printf("Search: vnsearch search --index %s '%s' --facets district%n%n", dir, query);
      SearchResult result =
          index.searcher().search(SearchRequest.of(query).withFacets("district").withPage(5, 0));
      new SearchOutput(out, Ansi.AUTO.enabled() && Terminal.isInteractive()).print(result);
      out.flush();
      return s.errors() > 0 ? Cli.BAD_INPUT : Cli.OK;
    }
  }
}
