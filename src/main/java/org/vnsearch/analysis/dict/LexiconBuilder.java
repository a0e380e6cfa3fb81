package org.vnsearch.analysis.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.vnsearch.analysis.text.SyllableNormalizer;

/**
 * Collects lexicon entries (from files, user dictionaries and the gazetteer) and compiles them into a {@link
 * Lexicon}. Every entry is normalized the way the tokenizer normalizes text, so "Hoà Bình" and "hòa bình" are
 * one entry; when an entry appears twice, the higher frequency wins.
 */
public final class LexiconBuilder {
  /** Frequency of a user-dictionary word written without one: enough to beat most splits of its syllables. */
  public static final double DEFAULT_USER_FREQUENCY = 2_000;

  private final int maxWordSyllables;
  private final Map<String, Double> singles = new HashMap<>();
  private final Map<String, Double> multis = new HashMap<>();
  private int skipped;

  public LexiconBuilder(int maxWordSyllables) {
    if (maxWordSyllables < 1) {
      throw new IllegalArgumentException("maxWordSyllables must be >= 1");
    }
    this.maxWordSyllables = maxWordSyllables;
  }

  /** Adds the entries of a lexicon file; {@code user} files may leave out frequencies. */
  public LexiconBuilder addFile(InputStream in, String where, boolean user) {
    LexiconFormat.read(
        in, where, user, (word, frequency, line) -> add(word, frequency < 0 ? DEFAULT_USER_FREQUENCY : frequency));
    return this;
  }

  /**
   * Adds one word (syllables separated by spaces or underscores). Words with characters the tokenizer splits on
   * (punctuation) can never match a token sequence and are skipped.
   */
  public LexiconBuilder add(String word, double frequency) {
    String[] parts = word.strip().split("[\\s_]+");
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      String syllable = SyllableNormalizer.normalize(part);
      if (syllable.isEmpty() || !isSyllable(syllable)) {
        skipped++;
        return this;
      }
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(syllable);
    }
    if (parts.length > maxWordSyllables) {
      skipped++;
      return this;
    }
    Map<String, Double> target = parts.length == 1 ? singles : multis;
    target.merge(key.toString(), Math.max(frequency, 0), Math::max);
    return this;
  }

  private static boolean isSyllable(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019' || Character.getType(cp) == Character.NON_SPACING_MARK;
      if (!ok) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Entries that could not be used (punctuation inside, too many syllables). */
  public int skipped() {
    return skipped;
  }

  public Lexicon build() {
    TreeSet<String> syllableSet = new TreeSet<>(singles.keySet());
    for (String word : multis.keySet()) {
      syllableSet.addAll(Arrays.asList(word.split(" ")));
    }
    String[] syllables = syllableSet.toArray(String[]::new);
    SyllableTable table = SyllableTable.of(syllables);

    double total = 0;
    for (double f : singles.values()) {
      total += f;
    }
    for (double f : multis.values()) {
      total += f;
    }
    double logTotal = Math.log(Math.max(total, 1) + 1);
    float unknownCost = (float) (logTotal - Math.log(0.5));

    float[] singleCosts = new float[syllables.length];
    Arrays.fill(singleCosts, unknownCost);
    for (var e : singles.entrySet()) {
      char[] chars = e.getKey().toCharArray();
      singleCosts[table.id(chars, 0, chars.length)] = cost(e.getValue(), logTotal);
    }

    List<Entry> entries = new ArrayList<>(multis.size());
    for (var e : multis.entrySet()) {
      String[] parts = e.getKey().split(" ");
      int[] ids = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        char[] chars = parts[i].toCharArray();
        ids[i] = table.id(chars, 0, chars.length);
      }
      entries.add(new Entry(ids, cost(e.getValue(), logTotal)));
    }
    entries.sort((a, b) -> Arrays.compare(a.ids, b.ids));
    FST<Long> fst = compile(entries);
    return new Lexicon(
        table, singleCosts, unknownCost, fst, singles.size() + multis.size(), maxWordSyllables);
  }

  private static float cost(double frequency, double logTotal) {
    return (float) (logTotal - Math.log(frequency + 1));
  }

  private static FST<Long> compile(List<Entry> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    try {
      PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
      FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, outputs).build();
      for (Entry entry : entries) {
        compiler.add(new IntsRef(entry.ids, 0, entry.ids.length), (long) Math.round(entry.cost * Lexicon.COST_SCALE));
      }
      return FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // built on heap: does not happen
    }
  }

  private record Entry(int[] ids, float cost) {}
}
