package org.vnsearch.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vnsearch.index.IndexStats;
import org.vnsearch.index.VietnameseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Describes an index. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Paragraphs, articles, facet cardinalities, size on disk, recorded configuration, Lucene version.")
public final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexDirOption index;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    IndexStats s;
    try (VietnameseIndex idx = VietnameseIndex.openForSearch(index.dir(), Optional.empty())) {
      s = idx.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(s));
    } else {
      out.printf("index:          %s%n", s.index());
      out.printf("paragraphs:     %,d%n", s.paragraphs());
      out.printf("articles:       %,d%n", s.articles());
      s.facetCardinalities().forEach((dim, n) -> out.printf("%-15s %,d values%n", dim + ":", n));
      out.printf("size on disk:   %.1f MB in %d segment(s)%n", s.sizeBytes() / 1e6, s.segments());
      out.printf("analysis:       %s (configuration recorded in %s)%n", s.analysisFingerprint(), s.configDir());
      out.printf("written by:     vnsearch %s, Lucene %s%n", s.vnsearchVersion(), s.luceneVersion());
    }
    out.flush();
    return Cli.OK;
  }
}
