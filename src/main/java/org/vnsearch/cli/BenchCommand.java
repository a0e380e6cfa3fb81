package org.vnsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vnsearch.bench.IndexBenchmark;
import org.vnsearch.bench.QueryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Benchmarks of indexing throughput and query latency (analysis throughput is measured with JMH: dev/bench-analysis). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure indexing throughput (against a StandardAnalyzer baseline) and query latency.",
    subcommands = {BenchCommand.Index.class, BenchCommand.Query.class})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }

  /** {@code vnsearch bench index}. */
  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Index a corpus with the Vietnamese analysis and with StandardAnalyzer, in the same run; print MB/s, paragraphs/s, the ratio and the index sizes.")
  static final class Index implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "Folder for the two indexes (replaced).")
    Path work;

    @Option(names = "--copies", defaultValue = "1", description = "Index the corpus this many times under different id prefixes (default 1).")
    int copies;

    @Option(names = "--threads", defaultValue = "0", description = "Indexing threads (default one per core).")
    int threads;

    @Option(names = "--no-baseline", description = "Skip the StandardAnalyzer run.")
    boolean noBaseline;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "SECONDS", description = "Warm-up time per analysis before measuring (default 20).")
    int warmup;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpus files or folders.")
    List<Path> corpus;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
      IndexBenchmark.Result r = IndexBenchmark.run(corpus, work, copies, t, !noBaseline, warmup, line -> {
        out.println(line);
        out.flush();
      });
      print(out, r.vietnamese());
      if (r.baseline() != null) {
        print(out, r.baseline());
        out.printf("ratio vietnamese/standard: %.2f (MB/s), %d thread(s), corpus indexed %d time(s)%n", r.ratio(), r.threads(), r.copies());
      }
      out.flush();
      return Cli.OK;
    }

    private static void print(PrintWriter out, IndexBenchmark.Run run) {
      out.printf(
          "%-10s %,d paragraphs (%,d articles), %.1f MB in %.1f s: %.2f MB/s, %,.0f paragraphs/s; index %.1f MB%n",
          run.analysis(), run.paragraphs(), run.articles(), run.bytes() / 1e6, run.seconds(), run.megabytesPerSecond(),
          run.paragraphsPerSecond(), run.indexBytes() / 1e6);
    }
  }

  /** {@code vnsearch bench query}. */
  @Command(name = "query", mixinStandardHelpOptions = true,
      description = "Run a mix of generated queries (phrases, words, filters, facets, accent-less) on an index, warm, and print latency percentiles.")
  static final class Query implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin IndexDirOption index;

    @Option(names = "--queries", defaultValue = "1000", description = "Number of queries (default 1000).")
    int queries;

    @Option(names = "--rounds", defaultValue = "3", description = "Times each query is measured; its median counts (default 3).")
    int rounds;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the query mix (default 42).")
    long seed;

    @Override
    public Integer call() throws Exception {
      QueryBenchmark.Result r = QueryBenchmark.run(index.dir(), queries, rounds, seed);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%d queries x %d rounds, warm, 1 thread: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d queries with hits%n",
          r.queries(), r.rounds(), r.medianMs(), r.p90Ms(), r.p99Ms(), r.maxMs(), r.withHits());
      out.println("examples:");
      r.examples().forEach(e -> out.println("  " + e));
      out.flush();
      return Cli.OK;
    }
  }
}
