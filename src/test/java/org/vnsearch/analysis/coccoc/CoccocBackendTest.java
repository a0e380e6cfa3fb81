package org.vnsearch.analysis.coccoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.analysis.AnalyzedToken;
import org.vnsearch.analysis.LineSegmenter;
import org.vnsearch.analysis.Segmenters;
import org.vnsearch.analysis.VietnameseAnalyzer;
import org.vnsearch.config.CoccocConfig;
import org.vnsearch.config.SegmenterBackend;
import org.vnsearch.config.VnsearchConfig;

/**
 * The coccoc backend against a fake binding (test resources: same class and method shapes as coccoc's, a toy
 * segmentation): paths, errors, the fallback of "auto", initialisation once per process, and the mapping of
 * coccoc's words onto our syllables with our offsets. The native binding is a process-wide singleton, so the error
 * cases run before the one successful load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoccocBackendTest {
  @TempDir static Path dir;
  static Path jar;
  static Path library;
  static Path dicts;

  @BeforeAll
  static void buildFakeBinding() throws IOException, URISyntaxException {
    Path sources = Path.of(CoccocBackendTest.class.getResource("/fake-coccoc/com/coccoc/Tokenizer.java").toURI()).getParent();
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        sources.resolve("Tokenizer.java").toString(), sources.resolve("Token.java").toString());
    assertEquals(0, rc);
    jar = dir.resolve("coccoc-tokenizer.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    library = dir.resolve("libcoccoc_tokenizer_jni.so");
    Files.write(library, new byte[] {0x7f, 'E', 'L', 'F'});
    dicts = dir.resolve("dicts");
    Files.createDirectories(dicts);
    for (String file : CoccocBinding.DICTIONARY_FILES) {
      Files.write(dicts.resolve(file), new byte[] {1});
    }
  }

  private static VnsearchConfig config(SegmenterBackend backend, CoccocConfig coccoc) {
    VnsearchConfig d = VnsearchConfig.defaults();
    var a = d.analysis();
    return d.withAnalysis(new org.vnsearch.config.AnalysisConfig(a.lexicon(), a.userDictionaries(), a.gazetteerWords(),
        a.synonyms(), a.stopwords(), a.folding(), a.maxWordSyllables(), backend, coccoc));
  }

  @Test
  @Order(1)
  void missingPathsAreOneLineErrorsNamingThePath() {
    CoccocException e = assertThrows(CoccocException.class,
        () -> CoccocBinding.load(new CoccocConfig(dir.resolve("none.jar").toString(), library.toString(), dicts.toString())));
    assertTrue(e.getMessage().contains("none.jar") && e.getMessage().contains("analysis.coccoc.jar"), e.getMessage());
    e = assertThrows(CoccocException.class,
        () -> CoccocBinding.load(new CoccocConfig(jar.toString(), dir.resolve("nolib.so").toString(), dicts.toString())));
    assertTrue(e.getMessage().contains("nolib.so") && e.getMessage().contains("analysis.coccoc.library"), e.getMessage());
    e = assertThrows(CoccocException.class,
        () -> CoccocBinding.load(new CoccocConfig(jar.toString(), library.toString(), "/usr/share/tokenizer/dicts-nowhere")));
    assertTrue(e.getMessage().contains("/usr/share/tokenizer/dicts-nowhere"), e.getMessage());
    for (CoccocException x : List.of(e)) {
      assertTrue(!x.getMessage().contains("\n"));
    }
  }

  @Test
  @Order(2)
  void autoFallsBackToTheBuiltInSegmenterWithAWarning() {
    Segmenters.Choice choice = Segmenters.choose(
        config(SegmenterBackend.AUTO, new CoccocConfig(jar.toString(), dir.resolve("missing.so").toString(), dicts.toString())).analysis());
    assertEquals("java", choice.backend());
    assertTrue(choice.warning().orElseThrow().contains("missing.so"));
    assertTrue(choice.warning().orElseThrow().endsWith("using the built-in segmenter"));
  }

  @Test
  @Order(3)
  void coccocWordsAreStackedOnOurSyllablesWithOurOffsets() throws Exception {
    VnsearchConfig config = config(SegmenterBackend.COCCOC, new CoccocConfig(jar.toString(), library.toString(), dicts.toString()));
    assertEquals("coccoc", Segmenters.choose(config.analysis()).backend());
    String text = "Ước TỔNG THU Ngân Sách, Uỷ ban nhân dân.";
    try (Analyzer analyzer = new VietnameseAnalyzer(config)) {
      List<AnalyzedToken> tokens = AnalyzedToken.analyze(analyzer, "text", text);
      List<String> words = new ArrayList<>();
      for (AnalyzedToken t : tokens) {
        if (t.type().equals("<WORD>")) {
          words.add(t.term() + "@" + t.startOffset() + "-" + t.endOffset() + "/" + t.positionLength());
          // the term is our normalization of the original text at the token's offsets
          assertEquals(t.term(), String.join("_", VietnameseAnalyzer.terms(text.substring(t.startOffset(), t.endOffset()))));
        }
      }
      assertEquals(List.of("tổng_thu@4-12/2", "ngân_sách@13-22/2", "ủy_ban@24-30/2", "nhân_dân@31-39/2"), words);
    }
    assertEquals("Ước TỔNG_THU Ngân_Sách , Uỷ_ban nhân_dân .", new LineSegmenter(config).segment(text));
  }

  @Test
  @Order(4)
  void theNativeSideIsInitialisedOncePerProcess() throws Exception {
    VnsearchConfig config = config(SegmenterBackend.COCCOC, new CoccocConfig(jar.toString(), library.toString(), dicts.toString()));
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 50; i++) {
          new LineSegmenter(config).segment("hội nghị hòa bình " + i);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    ClassLoader loader = CoccocBinding.load(config.analysis().coccoc()).getClass().getClassLoader();
    assertTrue(loader != null);
    CoccocException e = assertThrows(CoccocException.class,
        () -> CoccocBinding.load(new CoccocConfig(jar.toString(), library.toString(), dir.toString())));
    assertTrue(e.getMessage().contains("already initialised"), e.getMessage());
  }
}
