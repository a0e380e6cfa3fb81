package org.vnsearch.analysis.dict;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.vnsearch.analysis.VietnameseTokenizer;

/**
 * Estimates word frequencies for a word list from a corpus, by Viterbi re-estimation: count how often each listed
 * word occurs as a syllable sequence, segment the corpus with those counts, count the words of the best
 * segmentation (a syllable left alone counts as a one-syllable word), and repeat. The result is a lexicon whose
 * frequencies agree with how the segmenter will use them.
 *
 * <p>The words come from the caller; the corpus only supplies counts.
 */
public final class FrequencyEstimator {
  /** Supplies the corpus text, one paragraph per call to the consumer; called once per pass. */
  @FunctionalInterface
  public interface Corpus {
    void paragraphs(Consumer<String> consumer);
  }

  private final List<String> words;
  private final int maxWordSyllables;

  /** @param words multi-syllable words, syllables separated by spaces (any case or tone spelling) */
  public FrequencyEstimator(List<String> words, int maxWordSyllables) {
    this.maxWordSyllables = maxWordSyllables;
    Set<String> normalized = new HashSet<>();
    List<String> list = new ArrayList<>();
    for (String w : words) {
      String key = normalizeWord(w);
      if (key.indexOf(' ') > 0 && normalized.add(key)) {
        list.add(key);
      }
    }
    this.words = List.copyOf(list);
  }

  /** The distinct normalized words being estimated. */
  public List<String> words() {
    return words;
  }

  private static String normalizeWord(String w) {
    return org.vnsearch.analysis.text.SyllableNormalizer.normalizeWords(w.replace('_', ' '));
  }

  /**
   * Runs the estimation: one counting pass and {@code iterations} segmentation passes. Returns frequencies of
   * every listed word (0 when never used) and of every syllable seen at least {@code minSyllableCount} times on
   * its own.
   */
  public Map<String, Long> estimate(Corpus corpus, int iterations, int minSyllableCount) {
    Map<String, Long> counts = countOccurrences(corpus);
    for (int i = 0; i < iterations; i++) {
      counts = countSegmented(corpus, build(counts));
    }
    Map<String, Long> result = new HashMap<>();
    for (String w : words) {
      result.put(w, counts.getOrDefault(w, 0L));
    }
    counts.forEach(
        (k, v) -> {
          if (k.indexOf(' ') < 0 && v >= minSyllableCount) {
            result.put(k, v);
          }
        });
    return result;
  }

  private Lexicon build(Map<String, Long> counts) {
    LexiconBuilder builder = new LexiconBuilder(maxWordSyllables);
    counts.forEach((word, count) -> builder.add(word, count));
    for (String w : words) {
      if (!counts.containsKey(w)) {
        builder.add(w, 0);
      }
    }
    return builder.build();
  }

  /** First pass: how often each listed word occurs as adjacent syllables, and each syllable at all. */
  private Map<String, Long> countOccurrences(Corpus corpus) {
    Set<String> wanted = new HashSet<>(words);
    Map<String, long[]> counts = new HashMap<>();
    VietnameseTokenizer tokenizer = new VietnameseTokenizer(null);
    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    List<String> run = new ArrayList<>();
    corpus.paragraphs(
        text -> {
          run.clear();
          forEachToken(
              tokenizer,
              text,
              () -> {
                if (type.type() == VietnameseTokenizer.TYPE_SYLLABLE) {
                  String s = term.toString();
                  run.add(s);
                  counts.computeIfAbsent(s, k -> new long[1])[0]++;
                  StringBuilder gram = new StringBuilder(s);
                  for (int n = 2; n <= maxWordSyllables && n <= run.size(); n++) {
                    gram.insert(0, ' ').insert(0, run.get(run.size() - n));
                    String g = gram.toString();
                    if (wanted.contains(g)) {
                      counts.computeIfAbsent(g, k -> new long[1])[0]++;
                    }
                  }
                } else {
                  run.clear();
                }
              });
        });
    return unbox(counts);
  }

  /** A segmentation pass: counts the words of the best segmentation under the current lexicon. */
  private Map<String, Long> countSegmented(Corpus corpus, Lexicon lexicon) {
    Map<String, long[]> counts = new HashMap<>();
    VietnameseTokenizer tokenizer = new VietnameseTokenizer(lexicon);
    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    PositionIncrementAttribute posInc = tokenizer.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute posLen = tokenizer.addAttribute(PositionLengthAttribute.class);
    SyllableCounter syllables = new SyllableCounter(counts);
    corpus.paragraphs(
        text -> {
          syllables.reset();
          forEachToken(
              tokenizer,
              text,
              () -> {
                syllables.position += posInc.getPositionIncrement();
                if (type.type() == VietnameseTokenizer.TYPE_WORD) {
                  counts.computeIfAbsent(term.toString().replace('_', ' '), k -> new long[1])[0]++;
                  syllables.coveredUntil = syllables.position + posLen.getPositionLength();
                } else if (type.type() == VietnameseTokenizer.TYPE_SYLLABLE) {
                  syllables.add(term.toString());
                }
              });
          syllables.flush();
        });
    return unbox(counts);
  }

  /**
   * Counts the syllables that stand alone as words. A word token follows the syllable it starts on, so whether a
   * syllable is covered by a word is known one token later.
   */
  private static final class SyllableCounter {
    private final Map<String, long[]> counts;
    int position;
    int coveredUntil;
    private String pending;
    private int pendingPosition;

    SyllableCounter(Map<String, long[]> counts) {
      this.counts = counts;
    }

    void reset() {
      position = -1;
      coveredUntil = -1;
      pending = null;
    }

    void add(String syllable) {
      flush();
      pending = syllable;
      pendingPosition = position;
    }

    void flush() {
      if (pending != null && pendingPosition >= coveredUntil) {
        counts.computeIfAbsent(pending, k -> new long[1])[0]++;
      }
      pending = null;
    }
  }

  private static void forEachToken(VietnameseTokenizer tokenizer, String text, Runnable onToken) {
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        onToken.run();
      }
      tokenizer.end();
      tokenizer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Long> unbox(Map<String, long[]> counts) {
    Map<String, Long> out = new HashMap<>(counts.size() * 2);
    counts.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
