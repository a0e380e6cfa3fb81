package org.vnsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vnsearch.analysis.AnalyzedToken;
import org.vnsearch.analysis.Synonyms;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.analysis.WordSegmenter;
import org.vnsearch.analysis.dict.Lexicon;
import org.vnsearch.analysis.text.DiacriticFolder;
import org.vnsearch.index.IndexSchema;

/**
 * Builds Lucene queries from a parsed query, from the analyzed syllables rather than through a query parser, so
 * that synonyms expand into a few explicit alternatives instead of every path of a token graph.
 *
 * <ul>
 *   <li>A phrase must match its syllables in order in {@code text}: syllables are indexed one per position, so the
 *       match never depends on how the indexer segmented words. Where the phrase's own words (as the segmenter
 *       splits the query) are also words in the text, a second, optional phrase over the word tokens adds score:
 *       "học sinh" ranks "học sinh giỏi" above "đại học sinh viên".
 *   <li>Acronyms and synonyms are alternatives of the same clause: "UBND" matches "UBND" or the phrase "ủy ban nhân
 *       dân", and the other way round.
 *   <li>Bare words: every syllable is required, except frequent function words (stopwords) when there are other
 *       words; the words as a phrase add score.
 *   <li>A query written entirely without diacritics also matches {@code text_folded}, with less weight, so "thu
 *       ngan sach" finds "thu ngân sách", ranked below text that matches as typed.
 * </ul>
 *
 * Thread-safe (a segmenter is made per query).
 */
final class QueryBuilder {
  static final float FOLDED_BOOST = 0.4f;
  static final float WORD_BOOST = 0.5f;
  static final float PROXIMITY_BOOST = 0.5f;
  /** Synonym alternatives per clause, at most: beyond, only the text as written is searched. */
  static final int MAX_PATHS = 32;
  /** Syllables per query, at most. */
  static final int MAX_SYLLABLES = 256;

  private final Synonyms synonyms;
  private final Set<String> stopwords;
  private final Lexicon lexicon;

  QueryBuilder(Synonyms synonyms, Set<String> stopwords, Lexicon lexicon) {
    this.synonyms = synonyms;
    this.stopwords = stopwords;
    this.lexicon = lexicon;
  }

  /** A query syllable and its position increment (2 after sentence or clause punctuation). */
  record Syllable(String term, int increment) {}

  private static final VietnameseAnalyzer SYLLABLES = VietnameseAnalyzer.syllables(false);

  static List<Syllable> analyze(String text) {
    List<Syllable> out = new ArrayList<>();
    int previous = -1;
    for (AnalyzedToken t : AnalyzedToken.analyze(SYLLABLES, IndexSchema.TEXT, text)) {
      out.add(new Syllable(t.term(), previous < 0 ? 1 : t.position() - previous));
      previous = t.position();
    }
    return out;
  }

  /** The query for the text clauses; MatchAllDocs when there are only exclusions or none. */
  Query build(ParsedQuery parsed) {
    List<List<Syllable>> syllablesOf = new ArrayList<>();
    int total = 0;
    for (ParsedQuery.Clause c : parsed.clauses()) {
      List<Syllable> s = analyze(c.text());
      syllablesOf.add(s);
      total += s.size();
      if (total > MAX_SYLLABLES) {
        throw new QuerySyntaxException(c.position(), "too many words (at most " + MAX_SYLLABLES + ")");
      }
    }
    boolean accentless = isAccentless(syllablesOf);
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    boolean positive = false;
    List<Syllable> bare = new ArrayList<>();
    for (int i = 0; i < parsed.clauses().size(); i++) {
      ParsedQuery.Clause clause = parsed.clauses().get(i);
      List<Syllable> syllables = syllablesOf.get(i);
      if (syllables.isEmpty()) {
        continue; // only punctuation
      }
      if (!clause.phrase() && !clause.negated()) {
        bare.addAll(syllables);
        continue;
      }
      positive |= addBare(top, bare, accentless);
      bare.clear();
      if (clause.negated()) {
        top.add(sequence(syllables, accentless), Occur.MUST_NOT);
      } else {
        top.add(sequence(syllables, accentless), Occur.MUST);
        addWordBoost(top, syllables, accentless);
        positive = true;
      }
    }
    positive |= addBare(top, bare, accentless);
    if (!positive) {
      top.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return top.build();
  }

  /** True when no syllable of the query carries a diacritic (and there is at least one letter). */
  static boolean isAccentless(List<List<Syllable>> syllables) {
    boolean letters = false;
    for (List<Syllable> clause : syllables) {
      for (Syllable syllable : clause) {
        String s = syllable.term();
        if (DiacriticFolder.hasDiacritics(s)) {
          return false;
        }
        letters |= s.chars().anyMatch(Character::isLetter);
      }
    }
    return letters;
  }

  /** A phrase (in order, adjacent), with its synonym alternatives, in text and, accent-less, in text_folded. */
  private Query sequence(List<Syllable> syllables, boolean accentless) {
    Query exact = alternatives(IndexSchema.TEXT, syllables, synonyms);
    if (!accentless) {
      return exact;
    }
    Query folded = alternatives(IndexSchema.TEXT_FOLDED, fold(syllables), synonyms.folded());
    return new BooleanQuery.Builder()
        .add(exact, Occur.SHOULD)
        .add(new BoostQuery(folded, FOLDED_BOOST), Occur.SHOULD)
        .build();
  }

  /** The phrase, or any of the phrases its synonym forms give. Forms never span a punctuation gap. */
  private static Query alternatives(String field, List<Syllable> syllables, Synonyms synonyms) {
    List<List<Syllable>> paths = new ArrayList<>();
    paths.add(new ArrayList<>());
    int i = 0;
    while (i < syllables.size()) {
      int matched = 0;
      List<Synonyms.Form> alts = List.of();
      for (int len = Math.min(synonyms.longestForm(), contiguous(syllables, i)); len >= 1; len--) {
        alts = synonyms.alternativesOf(terms(syllables.subList(i, i + len)));
        if (!alts.isEmpty()) {
          matched = len;
          break;
        }
      }
      if (matched == 0 || paths.size() * (alts.size() + 1) > MAX_PATHS) {
        int step = Math.max(matched, 1);
        for (List<Syllable> p : paths) {
          p.addAll(syllables.subList(i, i + step));
        }
        i += step;
        continue;
      }
      int increment = syllables.get(i).increment();
      List<List<Syllable>> next = new ArrayList<>();
      for (List<Syllable> p : paths) {
        List<Syllable> same = new ArrayList<>(p);
        same.addAll(syllables.subList(i, i + matched));
        next.add(same);
        for (Synonyms.Form alt : alts) {
          List<Syllable> other = new ArrayList<>(p);
          for (int k = 0; k < alt.syllables().size(); k++) {
            other.add(new Syllable(alt.syllables().get(k), k == 0 ? increment : 1));
          }
          next.add(other);
        }
      }
      paths = next;
      i += matched;
    }
    if (paths.size() == 1) {
      return phrase(field, paths.get(0));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (List<Syllable> p : paths) {
      any.add(phrase(field, p), Occur.SHOULD);
    }
    return any.build();
  }

  /** How many syllables from {@code i} on follow each other without a punctuation gap. */
  private static int contiguous(List<Syllable> syllables, int i) {
    int n = 1;
    while (i + n < syllables.size() && syllables.get(i + n).increment() == 1) {
      n++;
    }
    return n;
  }

  static List<String> terms(List<Syllable> syllables) {
    return syllables.stream().map(Syllable::term).toList();
  }

  /** A term, or a phrase that keeps the punctuation gaps of the query. */
  static Query phrase(String field, List<Syllable> syllables) {
    if (syllables.size() == 1) {
      return new TermQuery(new Term(field, syllables.get(0).term()));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    int position = 0;
    for (int i = 0; i < syllables.size(); i++) {
      if (i > 0) {
        position += syllables.get(i).increment();
      }
      b.add(new Term(field, syllables.get(i).term()), position);
    }
    return b.build();
  }

  /** Bare words: each syllable (or synonym form) required, stopwords optional, the whole as a phrase booster. */
  private boolean addBare(BooleanQuery.Builder top, List<Syllable> syllables, boolean accentless) {
    if (syllables.isEmpty()) {
      return false;
    }
    Synonyms forms = accentless ? synonyms.folded() : synonyms;
    List<String> lookup = terms(accentless ? fold(syllables) : syllables);
    boolean onlyStopwords = syllables.stream().allMatch(s -> stopwords.contains(s.term()));
    int i = 0;
    while (i < syllables.size()) {
      int matched = 0;
      for (int len = Math.min(forms.longestForm(), syllables.size() - i); len >= 1; len--) {
        if (!forms.alternativesOf(lookup.subList(i, i + len)).isEmpty()) {
          matched = len;
          break;
        }
      }
      if (matched > 0) {
        top.add(sequence(syllables.subList(i, i + matched), accentless), Occur.MUST);
        i += matched;
        continue;
      }
      Syllable s = syllables.get(i);
      Occur occur = !onlyStopwords && stopwords.contains(s.term()) ? Occur.SHOULD : Occur.MUST;
      top.add(sequence(List.of(s), accentless), occur);
      i++;
    }
    if (syllables.size() > 1) {
      top.add(new BoostQuery(phrase(IndexSchema.TEXT, syllables), PROXIMITY_BOOST), Occur.SHOULD);
      if (accentless) {
        top.add(
            new BoostQuery(phrase(IndexSchema.TEXT_FOLDED, fold(syllables)), PROXIMITY_BOOST * FOLDED_BOOST),
            Occur.SHOULD);
      }
      addWordBoost(top, syllables, accentless);
    }
    return true;
  }

  /**
   * An optional phrase over the words the segmenter finds in the query: it matches where the text has the same
   * words at the same places, so matches on word boundaries rank higher.
   */
  private void addWordBoost(BooleanQuery.Builder top, List<Syllable> syllables, boolean accentless) {
    if (accentless || lexicon == null || syllables.size() < 2 || contiguous(syllables, 0) < syllables.size()) {
      return;
    }
    int[] ids = new int[syllables.size()];
    for (int i = 0; i < ids.length; i++) {
      char[] chars = syllables.get(i).term().toCharArray();
      ids[i] = lexicon.syllableId(chars, 0, chars.length);
    }
    int[] lengths = new int[ids.length];
    int words = new WordSegmenter(lexicon).segment(ids, ids.length, lengths);
    if (words == ids.length) {
      return; // no multi-syllable word: the syllable phrase says it all
    }
    List<String> terms = terms(syllables);
    PhraseQuery.Builder builder = new PhraseQuery.Builder();
    int position = 0;
    for (int w = 0; w < words; w++) {
      builder.add(new Term(IndexSchema.TEXT, String.join("_", terms.subList(position, position + lengths[w]))), position);
      position += lengths[w];
    }
    Query wordQuery =
        words == 1 ? new TermQuery(new Term(IndexSchema.TEXT, String.join("_", terms))) : builder.build();
    top.add(new BoostQuery(wordQuery, WORD_BOOST), Occur.SHOULD);
  }

  private static List<Syllable> fold(List<Syllable> syllables) {
    return syllables.stream().map(s -> new Syllable(DiacriticFolder.fold(s.term()), s.increment())).toList();
  }
}
