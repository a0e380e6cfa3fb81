package org.vnsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One token as an analyzer produced it, with its position: what {@code vnsearch analyze} prints (the fields of
 * Elasticsearch's {@code _analyze}).
 */
public record AnalyzedToken(
    String term, String type, int startOffset, int endOffset, int position, int positionLength) {

  /** Runs {@code analyzer} over {@code text} and lists its tokens. */
  public static List<AnalyzedToken> analyze(Analyzer analyzer, String field, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        tokens.add(
            new AnalyzedToken(
                term.toString(),
                type.type(),
                offset.startOffset(),
                offset.endOffset(),
                position,
                posLen.getPositionLength()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analyzing a String does no I/O
    }
    return tokens;
  }
}
