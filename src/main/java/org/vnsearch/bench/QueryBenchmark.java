package org.vnsearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.vnsearch.analysis.text.DiacriticFolder;
import org.vnsearch.index.IndexManifest;
import org.vnsearch.index.IndexSchema;
import org.vnsearch.index.VietnameseIndex;
import org.vnsearch.search.SearchRequest;
import org.vnsearch.search.SearchResult;
import org.vnsearch.search.YearRange;

/**
 * Query latency on an index, warm, single thread: a mix of phrases, bare words, filters and facets generated
 * from the indexed text itself (a fixed seed, so runs are comparable), each with the ten highlighted hits the CLI
 * shows. Every query runs once to warm up, then {@code rounds} times; the latency of a query is its median.
 */
public final class QueryBenchmark {
  /** Latency percentiles in milliseconds, and how many queries found something. */
  public record Result(int queries, int rounds, double medianMs, double p90Ms, double p99Ms, double maxMs, int withHits, List<String> examples) {}

  private QueryBenchmark() {}

  public static Result run(Path indexDir, int queries, int rounds, long seed) throws Exception {
    List<SearchRequest> requests = generate(indexDir, queries, seed);
    try (VietnameseIndex index = VietnameseIndex.openForSearch(indexDir, Optional.empty())) {
      var searcher = index.searcher();
      for (SearchRequest r : requests) {
        searcher.search(r); // warm up
      }
      double[] latency = new double[requests.size()];
      int withHits = 0;
      for (int i = 0; i < requests.size(); i++) {
        double[] times = new double[rounds];
        long hits = 0;
        for (int k = 0; k < rounds; k++) {
          long start = System.nanoTime();
          SearchResult result = searcher.search(requests.get(i));
          times[k] = (System.nanoTime() - start) / 1e6;
          hits = result.totalHits();
        }
        Arrays.sort(times);
        latency[i] = times[rounds / 2];
        if (hits > 0) {
          withHits++;
        }
      }
      Arrays.sort(latency);
      List<String> examples = requests.stream().limit(8).map(QueryBenchmark::describe).toList();
      return new Result(requests.size(), rounds, percentile(latency, 50), percentile(latency, 90),
          percentile(latency, 99), latency[latency.length - 1], withHits, examples);
    }
  }

  static String describe(SearchRequest r) {
    StringBuilder b = new StringBuilder(r.query());
    r.years().ifPresent(y -> b.append(" --year ").append(y));
    r.topics().forEach(t -> b.append(" --topic ").append(t));
    r.kinds().forEach(k -> b.append(" --kind ").append(k));
    if (!r.facets().isEmpty()) {
      b.append(" --facets ").append(String.join(",", r.facets()));
    }
    return b.toString();
  }

  static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Queries made of word sequences of random paragraphs of the index. */
  static List<SearchRequest> generate(Path indexDir, int n, long seed) throws Exception {
    Random random = new Random(seed);
    List<SearchRequest> out = new ArrayList<>();
    String[] topics = {"ngan-sach", "kinh-te", "nong-nghiep", "van-hoa-xa-hoi", "quoc-phong-an-ninh"};
    try (var dir = FSDirectory.open(IndexManifest.luceneDir(indexDir)); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      while (out.size() < n) {
        String text = stored.document(random.nextInt(reader.maxDoc())).get(IndexSchema.TEXT);
        if (text == null) {
          continue;
        }
        String[] words = text.replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim().split("\\s+");
        if (words.length < 6) {
          continue;
        }
        int len = 2 + random.nextInt(3);
        int at = random.nextInt(words.length - len);
        String phrase = String.join(" ", Arrays.copyOfRange(words, at, at + len)).toLowerCase(java.util.Locale.ROOT);
        int kind = out.size() % 10;
        SearchRequest r =
            switch (kind) {
              case 0, 1, 2, 3 -> SearchRequest.of("\"" + phrase + "\"");
              case 4, 5 -> SearchRequest.of(phrase);
              case 6 -> SearchRequest.of("\"" + phrase + "\"").withFacets("year", "topic", "kind");
              case 7 -> SearchRequest.of(phrase).withTopics(topics[random.nextInt(topics.length)]).withFacets("topic", "year");
              case 8 -> SearchRequest.of("\"" + phrase + "\"").withYears(new YearRange(2000, 2010)).withKinds("body").withFacets("year");
              default -> SearchRequest.of(DiacriticFolder.fold(phrase));
            };
        out.add(r);
      }
    }
    return out;
  }
}
