package org.vnsearch.index;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.vnsearch.VnsearchException;
import org.vnsearch.ingest.Article;
import org.vnsearch.ingest.ArticleReader;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.RawArticle;
import org.vnsearch.ingest.read.InputWalker;
import org.vnsearch.ingest.read.RawArticleListener;

/**
 * Indexes files and folders into a {@link VietnameseIndex}: one thread reads the files in order, worker threads
 * (one per core by default) classify paragraphs, extract metadata and add the documents. An article is added
 * atomically with all its paragraphs, replacing its previous version; an unchanged article is skipped, so running
 * the same command twice leaves the same index. Commits happen every few seconds and at the end, so an
 * interrupted run keeps everything up to its last commit, and running it again completes it.
 */
public final class Indexer {
  /**
   * @param threads worker threads (0: one per core)
   * @param commitInterval time between periodic commits
   * @param encoding encoding of text files without byte-order mark
   * @param idPrefix prepended to every article id ("" normally; benchmarks index a corpus twice under two
   *     prefixes)
   */
  public record Options(int threads, Duration commitInterval, Charset encoding, String idPrefix) {
    public Options(int threads, Duration commitInterval, Charset encoding) {
      this(threads, commitInterval, encoding, "");
    }
  }

  /** Where the run stands, for a progress display. */
  public record Progress(
      long filesDone, long filesTotal, long bytesDone, long bytesTotal, long articles, long paragraphs, double seconds) {}

  /**
   * What a run did.
   *
   * @param articles articles added or replaced
   * @param unchanged articles already in the index with the same content, left as they were
   * @param skipped inputs skipped because they are not articles (empty, binary)
   * @param errors inputs rejected because they are broken (encoding, malformed JSON)
   * @param interrupted whether the run was stopped before its end (what was committed stays)
   */
  public record Summary(
      long files,
      long articles,
      long unchanged,
      long paragraphs,
      long skipped,
      long errors,
      long warnings,
      long bytes,
      double seconds,
      boolean interrupted) {}

  /** Receives problems as they are found, and progress about twice a second. */
  public interface Listener {
    void problem(InputProblem problem);

    default void progress(Progress progress) {}

    /** A periodic commit happened. */
    default void committed(long articles) {}
  }

  private static final RawArticle END = new RawArticle("", "", null, "", null, List.of(), RawArticle.Explicit.NONE, "");

  private final VietnameseIndex index;
  private final Options options;
  private volatile boolean stopRequested;

  public Indexer(VietnameseIndex index, Options options) {
    this.index = index;
    this.options = options;
  }

  /** Asks a running {@link #run} to stop soon: it finishes the articles in hand, commits and returns. */
  public void stop() {
    stopRequested = true;
  }

  /** Indexes {@code paths}; returns after the final commit. */
  public Summary run(List<Path> paths, Listener listener) {
    long start = System.nanoTime();
    long[] totals = totals(paths);
    ArticleReader reader = new ArticleReader(index.config(), options.encoding());
    Map<String, String> existing = index.articleHashes();
    int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();

    AtomicLong articles = new AtomicLong();
    AtomicLong unchanged = new AtomicLong();
    AtomicLong paragraphs = new AtomicLong();
    AtomicLong filesDone = new AtomicLong();
    AtomicLong bytesDone = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong warnings = new AtomicLong();
    AtomicReference<RuntimeException> fatal = new AtomicReference<>();

    List<BlockingQueue<RawArticle>> queues = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      BlockingQueue<RawArticle> queue = new ArrayBlockingQueue<>(32);
      queues.add(queue);
      Thread worker =
          Thread.ofPlatform()
              .name("vnsearch-indexer-" + t)
              .daemon(true)
              .start(
                  () -> {
                    try {
                      while (true) {
                        RawArticle raw = queue.take();
                        if (raw == END || stopRequested || fatal.get() != null) {
                          if (raw == END) {
                            return;
                          }
                          continue; // draining after a stop: the reader sends END when it has stopped
                        }
                        if (raw.id().equals(raw.group()) && raw.contentHash().equals(existing.get(raw.id()))) {
                          unchanged.incrementAndGet();
                          continue;
                        }
                        Article article;
                        try {
                          article = reader.assembler().assemble(raw);
                        } catch (RuntimeException e) {
                          errors.incrementAndGet();
                          listener.problem(
                              InputProblem.error(raw.file(), 0, "article '" + raw.id() + "' could not be processed: " + e));
                          continue;
                        }
                        try {
                          index.add(article);
                        } catch (RuntimeException e) {
                          fatal.compareAndSet(null, e); // then keep draining the queue: the reader may be blocked on it
                          continue;
                        }
                        articles.incrementAndGet();
                        paragraphs.addAndGet(article.paragraphs().size());
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
      workers.add(worker);
    }

    // Progress twice a second and periodic commits. The ticker stops when the run is over (never by
    // interrupting it: a commit interrupted half-way is a failed commit).
    java.util.concurrent.CountDownLatch over = new java.util.concurrent.CountDownLatch(1);
    Thread ticker =
        Thread.ofPlatform()
            .name("vnsearch-commit")
            .daemon(true)
            .start(
                () -> {
                  long lastCommit = System.nanoTime();
                  try {
                    while (!over.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                      listener.progress(
                          new Progress(filesDone.get(), totals[0], bytesDone.get(), totals[1], articles.get(),
                              paragraphs.get(), (System.nanoTime() - start) / 1e9));
                      if (System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) {
                        index.commit();
                        listener.committed(articles.get());
                        lastCommit = System.nanoTime();
                      }
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException e) {
                    fatal.compareAndSet(null, e);
                  }
                });

    try {
      reader.readRaw(
          paths,
          new RawArticleListener() {
            @Override
            public void article(RawArticle read) {
              if (stopRequested || fatal.get() != null) {
                throw new StopReading();
              }
              RawArticle article = prefixed(read);
              BlockingQueue<RawArticle> queue = queues.get(Math.floorMod(article.group().hashCode(), queues.size()));
              try {
                while (!queue.offer(article, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                  if (stopRequested || fatal.get() != null) {
                    throw new StopReading();
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StopReading();
              }
            }

            @Override
            public void problem(InputProblem problem) {
              switch (problem.severity()) {
                case ERROR -> errors.incrementAndGet();
                case SKIPPED -> skipped.incrementAndGet();
                case WARNING -> warnings.incrementAndGet();
              }
              listener.problem(problem);
            }

            @Override
            public void fileDone(Path file, long bytes) {
              filesDone.incrementAndGet();
              bytesDone.addAndGet(bytes);
              if (stopRequested) {
                throw new StopReading();
              }
            }
          });
    } catch (StopReading e) {
      // stopped on request or after a fatal error: finish what is in hand
    } finally {
      for (BlockingQueue<RawArticle> q : queues) {
        putQuietly(q);
      }
      for (Thread w : workers) {
        joinQuietly(w);
      }
      over.countDown();
      joinQuietly(ticker);
    }
    if (fatal.get() != null) {
      RuntimeException e = fatal.get();
      throw new VnsearchException(
          "indexing failed: " + describe(e) + "; the index keeps its last commit", e);
    }
    try {
      index.commit();
    } catch (RuntimeException e) {
      throw new VnsearchException("indexing failed: " + describe(e) + "; the index keeps its last commit", e);
    }
    listener.progress(
        new Progress(filesDone.get(), totals[0], bytesDone.get(), totals[1], articles.get(), paragraphs.get(),
            (System.nanoTime() - start) / 1e9));
    return new Summary(
        filesDone.get(),
        articles.get(),
        unchanged.get(),
        paragraphs.get(),
        skipped.get(),
        errors.get(),
        warnings.get(),
        bytesDone.get(),
        (System.nanoTime() - start) / 1e9,
        stopRequested);
  }

  private RawArticle prefixed(RawArticle a) {
    String prefix = options.idPrefix();
    if (prefix.isEmpty()) {
      return a;
    }
    return new RawArticle(
        prefix + a.id(), prefix + a.group(), a.file(), a.source(), a.title(), a.paragraphs(), a.explicit(), a.contentHash());
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }

  /** Files and bytes to read, for the progress display; problems are reported by the real walk. */
  private static long[] totals(List<Path> paths) {
    long[] totals = new long[2];
    InputWalker.walk(
        paths,
        file -> {
          totals[0]++;
          try {
            totals[1] += java.nio.file.Files.size(file);
          } catch (java.io.IOException e) {
            // reported when the file is read
          }
        },
        problem -> {});
    return totals;
  }

  private static void putQuietly(BlockingQueue<RawArticle> q) {
    try {
      q.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Unwinds the file walk when the run stops early. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }
}
