package org.vnsearch.analysis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ResourceLoader;

public class VietnameseFactoriesTest extends BaseTokenStreamTestCase {

  /** Serves lexicon files from memory, as Solr or OpenSearch would from their config folder. */
  private static final ResourceLoader IN_MEMORY =
      new ResourceLoader() {
        @Override
        public InputStream openResource(String resource) {
          String text =
              switch (resource) {
                case "words.tsv" -> "ngân sách\t5000\nthu\t9000\nngân\t10\nsách\t900\n";
                case "user.tsv" -> "Chiêm Hoá\n";
                default -> throw new IllegalArgumentException("no resource " + resource);
              };
          return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
          throw new UnsupportedOperationException();
        }
      };

  public void testFactoriesAreFoundByName() {
    assertEquals(VietnameseTokenizerFactory.class, TokenizerFactory.lookupClass("vietnamese"));
    assertEquals(
        VietnameseNormalizationFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseNormalization"));
    assertEquals(VietnameseFoldingFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseFolding"));
  }

  public void testCustomAnalyzerByNameWithAUserLexicon() throws Exception {
    Analyzer a =
        CustomAnalyzer.builder(IN_MEMORY)
            .withTokenizer("vietnamese", "lexicon", "words.tsv", "userDictionary", "user.tsv")
            .addTokenFilter("vietnameseFolding")
            .build();
    assertAnalyzesTo(a, "Thu ngân sách", new String[] {"thu", "ngan", "ngan_sach", "sach"});
    assertAnalyzesTo(a, "chiêm hóa", new String[] {"chiem", "chiem_hoa", "hoa"});
    a.close();
  }

  public void testSyllablesOnlyTokenizer() throws Exception {
    Analyzer a = CustomAnalyzer.builder(IN_MEMORY).withTokenizer("vietnamese", "words", "false").build();
    assertAnalyzesTo(a, "Thu ngân sách", new String[] {"thu", "ngân", "sách"});
    a.close();
  }

  public void testNormalizationFilterAfterAnotherTokenizer() throws Exception {
    Analyzer a =
        CustomAnalyzer.builder(IN_MEMORY)
            .withTokenizer("whitespace")
            .addTokenFilter("vietnameseNormalization")
            .build();
    assertAnalyzesTo(a, "HOÀ thuỷ \u200B Khoẻ", new String[] {"hòa", "thủy", "khỏe"});
    a.close();
  }

  public void testUnknownParametersAreRejected() {
    Map<String, String> args = new HashMap<>(Map.of("lexikon", "words.tsv"));
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> new VietnameseTokenizerFactory(args));
    assertTrue(e.getMessage(), e.getMessage().contains("lexikon"));
    expectThrows(
        IllegalArgumentException.class,
        () -> new VietnameseFoldingFilterFactory(new HashMap<>(Map.of("x", "1"))));
    expectThrows(
        IllegalArgumentException.class,
        () -> new VietnameseNormalizationFilterFactory(new HashMap<>(Map.of("x", "1"))));
  }
}
