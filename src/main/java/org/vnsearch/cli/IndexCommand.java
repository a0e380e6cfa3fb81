package org.vnsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vnsearch.index.Indexer;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.ingest.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Indexes articles, or deletes them. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles (text files, JSON Lines; folders are walked) into the index folder, one document per",
      "paragraph. Re-running is idempotent: unchanged articles are skipped, changed ones replaced. Commits every",
      "few seconds; Ctrl-C stops soon and keeps what was committed.",
      "Exit codes: 0 done, 1 failed, 2 some inputs had errors (the rest is indexed), 130 interrupted."
    })
public final class IndexCommand implements Callable<Integer> {
  static final int INTERRUPTED = 130;

  @Spec CommandSpec spec;
  @Mixin IndexDirOption index;
  @Mixin ConfigOption config;
  @Mixin EncodingOption encoding;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: one per core).")
  Integer threads;

  @Option(names = "--delete", arity = "1..*", paramLabel = "ID", description = "Delete these articles instead of indexing.")
  List<String> delete = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    if (paths.isEmpty() && delete.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give PATHs to index, or --delete ID...");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (VietnameseIndex idx =
        VietnameseIndex.openForWriting(index.dir(), config.given() ? Optional.of(config.load()) : Optional.empty())) {
      Cli.segmenter(spec, idx.config());
      if (!delete.isEmpty()) {
        long before = idx.stats().paragraphs();
        idx.delete(delete.toArray(String[]::new));
        idx.commit();
        long after = idx.stats().paragraphs();
        out.printf("deleted %d article id(s): %,d paragraphs removed%n", delete.size(), before - after);
        if (paths.isEmpty()) {
          return Cli.OK;
        }
      }
      Indexer indexer =
          new Indexer(
              idx,
              new Indexer.Options(
                  threads == null ? idx.config().index().threads() : threads,
                  Duration.ofSeconds(idx.config().index().commitIntervalSeconds()),
                  encoding.charset()));
      // On SIGINT/SIGTERM the JVM runs this hook: it asks the indexer to stop, and waits until the run has
      // committed and printed its summary; then the JVM exits with the signal's code (130, 143).
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        indexer.stop();
        try {
          finished.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "vnsearch-interrupt");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        Indexer.Summary summary;
        try (ProgressDisplay progress = ProgressDisplay.create(err)) {
          summary = indexer.run(paths, new Indexer.Listener() {
            @Override
            public void problem(InputProblem problem) {
              progress.message(problem.toString());
            }

            @Override
            public void progress(Indexer.Progress p) {
              progress.update(p);
            }
          });
        }
        printSummary(out, summary);
        if (summary.interrupted()) {
          out.println("interrupted: everything indexed so far is committed; run the same command again to finish");
          out.flush();
          return INTERRUPTED;
        }
        out.flush();
        return summary.errors() > 0 ? Cli.BAD_INPUT : Cli.OK;
      } finally {
        out.flush();
        err.flush();
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down after a signal: the hook is running
        }
      }
    }
  }

  private void printSummary(PrintWriter out, Indexer.Summary s) {
    out.printf(
        "indexed %,d articles (%,d paragraphs) from %,d files, %.1f MB in %.1f s (%.2f MB/s); unchanged %,d; skipped %,d; errors %,d%s%n",
        s.articles(),
        s.paragraphs(),
        s.files(),
        s.bytes() / 1e6,
        s.seconds(),
        s.seconds() > 0 ? s.bytes() / 1e6 / s.seconds() : 0.0,
        s.unchanged(),
        s.skipped(),
        s.errors(),
        s.warnings() > 0 ? "; warnings " + s.warnings() : "");
    out.printf("index: %s%n", index.dir());
  }
}
