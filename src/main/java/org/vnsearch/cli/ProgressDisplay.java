package org.vnsearch.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vnsearch.index.Indexer;

/**
 * Shows indexing progress: a progress bar (files, paragraphs, MB/s, ETA) on a terminal, a plain line every ten
 * seconds otherwise. Problems are printed on their own lines either way.
 */
abstract class ProgressDisplay implements AutoCloseable {
  static ProgressDisplay create(PrintWriter err) {
    return Terminal.isInteractive() ? new Bar() : new Lines(err);
  }

  abstract void update(Indexer.Progress p);

  abstract void message(String line);

  @Override
  public abstract void close();

  static String extra(Indexer.Progress p) {
    return String.format(
        "files %,d/%,d, articles %,d, paragraphs %,d", p.filesDone(), p.filesTotal(), p.articles(), p.paragraphs());
  }

  /** A progress bar on the terminal (stderr). */
  private static final class Bar extends ProgressDisplay {
    private ProgressBar bar;

    @Override
    synchronized void update(Indexer.Progress p) {
      if (bar == null) {
        bar = new ProgressBarBuilder()
            .setTaskName("indexing")
            .setInitialMax(Math.max(1, p.bytesTotal()))
            .setUnit(" MB", 1_000_000)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(500)
            .showSpeed()
            .build();
      }
      bar.stepTo(p.bytesDone());
      bar.setExtraMessage(extra(p));
    }

    @Override
    synchronized void message(String line) {
      System.err.print("\r\u001b[K");
      System.err.println(line);
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Plain periodic lines when stderr is not a terminal (logs, CI, pipes). */
  private static final class Lines extends ProgressDisplay {
    private static final long EVERY_NANOS = 10_000_000_000L;
    private final PrintWriter err;
    private long last = System.nanoTime();

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    synchronized void update(Indexer.Progress p) {
      if (System.nanoTime() - last < EVERY_NANOS) {
        return;
      }
      last = System.nanoTime();
      double mb = p.bytesDone() / 1e6;
      err.printf("... %s, %.1f MB, %.2f MB/s%n", extra(p), mb, p.seconds() > 0 ? mb / p.seconds() : 0.0);
      err.flush();
    }

    @Override
    synchronized void message(String line) {
      err.println(line);
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
