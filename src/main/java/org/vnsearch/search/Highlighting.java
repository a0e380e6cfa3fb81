package org.vnsearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vnsearch.config.VnsearchConfig;
import org.vnsearch.index.IndexSchema;

/**
 * Highlighted snippets: the best passages of a paragraph (about two sentences), with every match marked as one
 * span. Lucene's unified highlighter in "weight matches" mode marks a phrase match as a whole ("thu ngân sách",
 * not three scattered syllables), and matches found in the accent-less field are shown on the original text (same
 * offsets). Thread-safe.
 */
final class Highlighting {
  static final int PASSAGE_LENGTH = 220;
  static final int MAX_PASSAGES = 2;
  static final String ELLIPSIS = " … ";

  private final Analyzer analyzer;

  Highlighting(VnsearchConfig config) {
    this.analyzer = IndexSchema.indexAnalyzer(config);
  }

  List<SearchResult.Snippet> snippets(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
    SnippetHighlighter highlighter =
        new SnippetHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(true)
                .withFlags(EnumSet.of(UnifiedHighlighter.HighlightFlag.PHRASES, UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES))
                .withMaskedFieldsFunc(
                    field -> field.equals(IndexSchema.TEXT) ? Set.of(IndexSchema.TEXT_FOLDED) : Set.of())
                .withBreakIterator(
                    () -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.3f))
                .withMaxNoHighlightPassages(1)
                .withFormatter(new SnippetFormatter()));
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Object[] formatted = highlighter.highlight(IndexSchema.TEXT, query, ids, MAX_PASSAGES);
    List<SearchResult.Snippet> snippets = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Object f = formatted == null ? null : formatted[i];
      if (f instanceof SearchResult.Snippet s) {
        snippets.add(s);
      } else {
        String text = searcher.storedFields().document(docs[i].doc).get(IndexSchema.TEXT);
        snippets.add(new SearchResult.Snippet(opening(text), List.of()));
      }
    }
    return snippets;
  }

  /** The start of a text, cut at a word boundary, for a hit without highlights. */
  static String opening(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= PASSAGE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', PASSAGE_LENGTH);
    return text.substring(0, cut > 0 ? cut : PASSAGE_LENGTH) + "…";
  }

  /** Exposes the highlighter's object-returning entry point for one field. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
      super(builder);
    }

    Object[] highlight(String field, Query query, int[] docIds, int maxPassages) throws IOException {
      Map<String, Object[]> result =
          highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages});
      return result.get(field);
    }
  }

  /** Joins passages with an ellipsis and records each match, merged when they overlap, in snippet coordinates. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<SearchResult.Snippet.Span> spans = new ArrayList<>();
      int previousEnd = -1;
      for (Passage p : passages) {
        if (previousEnd >= 0) {
          text.append(ELLIPSIS);
        } else if (p.getStartOffset() > 0) {
          text.append("…");
        }
        int end = p.getEndOffset();
        while (end > p.getStartOffset() && Character.isWhitespace(content.charAt(end - 1))) {
          end--; // passages end after the sentence's trailing space
        }
        int base = text.length() - p.getStartOffset();
        text.append(content, p.getStartOffset(), end);
        int lastStart = -1;
        int lastEnd = -1;
        for (int m = 0; m < p.getNumMatches(); m++) {
          int start = Math.max(p.getMatchStarts()[m], p.getStartOffset());
          int matchEnd = Math.min(p.getMatchEnds()[m], end);
          if (matchEnd <= start) {
            continue;
          }
          if (lastEnd >= 0 && start <= lastEnd) {
            lastEnd = Math.max(lastEnd, matchEnd);
            continue;
          }
          if (lastEnd >= 0) {
            spans.add(new SearchResult.Snippet.Span(base + lastStart, base + lastEnd));
          }
          lastStart = start;
          lastEnd = matchEnd;
        }
        if (lastEnd >= 0) {
          spans.add(new SearchResult.Snippet.Span(base + lastStart, base + lastEnd));
        }
        previousEnd = p.getEndOffset();
      }
      if (previousEnd >= 0 && previousEnd < content.length()) {
        text.append("…");
      }
      String s = text.toString();
      return new SearchResult.Snippet(s, clip(spans, s.length()));
    }

    private static List<SearchResult.Snippet.Span> clip(List<SearchResult.Snippet.Span> spans, int length) {
      List<SearchResult.Snippet.Span> out = new ArrayList<>(spans.size());
      for (SearchResult.Snippet.Span s : spans) {
        if (s.start() < length) {
          out.add(new SearchResult.Snippet.Span(s.start(), Math.min(s.end(), length)));
        }
      }
      return out;
    }
  }
}
