package org.vnsearch.analysis.coccoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.cli.CliProcess;
import org.vnsearch.config.CoccocConfig;
import org.vnsearch.ingest.TestData;

/**
 * The coccoc backend against a real coccoc-tokenizer installation, in a separate JVM (its native side is a
 * process-wide singleton). Runs when it is installed at the paths given by -Dvnsearch.coccoc.jar/.library/.dicts
 * or at the defaults of its {@code make install}; otherwise it is skipped and says why.
 */
class CoccocIntegrationTest {
  @TempDir Path dir;

  static CoccocConfig installed() {
    return new CoccocConfig(
        System.getProperty("vnsearch.coccoc.jar", CoccocConfig.DEFAULTS.jar()),
        System.getProperty("vnsearch.coccoc.library", CoccocConfig.DEFAULTS.library()),
        System.getProperty("vnsearch.coccoc.dicts", CoccocConfig.DEFAULTS.dicts()));
  }

  @Test
  void segmentsWithTheInstalledCoccocAndKeepsOurSyllablesAndOffsets() throws Exception {
    CoccocConfig c = installed();
    boolean present = Files.isRegularFile(Path.of(c.jar())) && Files.isRegularFile(Path.of(c.library()))
        && CoccocBinding.DICTIONARY_FILES.stream().allMatch(f -> Files.isRegularFile(Path.of(c.dicts(), f)));
    assumeTrue(present, "coccoc-tokenizer is not installed at " + c + ": skipped");

    Path config = dir.resolve("config");
    TestData.copyOfBundledConfig(config);
    Path conf = config.resolve("vnsearch.conf");
    Files.writeString(conf, Files.readString(conf)
        .replace("analysis.segmenter = java", "analysis.segmenter = coccoc")
        .replace(CoccocConfig.DEFAULTS.jar(), c.jar())
        .replace(CoccocConfig.DEFAULTS.library(), c.library())
        .replace(CoccocConfig.DEFAULTS.dicts(), c.dicts()));
    List<String> sentences = List.of(
        "Ủy ban nhân dân huyện Chi Lăng tổng kết công tác thu ngân sách năm 2023.",
        "HỘI NGHỊ Ban Chấp hành Đảng bộ huyện Chiêm Hoá, tỷ lệ đạt 19,7%.",
        "Người dân tham gia bảo hiểm y tế đạt 95%.");
    Path input = dir.resolve("in.txt");
    Files.write(input, sentences);

    CliProcess.Started seg = CliProcess.start(dir.resolve("work"), "256m", "segment", "--config", config.toString(), input.toString());
    assertEquals(0, seg.waitFor(120), seg.stderr());
    List<String> lines = seg.stdout().lines().toList();
    assertEquals(sentences.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(sentences.get(i).replace(" ", ""), lines.get(i).replace(" ", "").replace("_", ""), "same characters");
    }
    CliProcess.Started java = CliProcess.start(dir.resolve("work"), "256m", "segment", input.toString());
    java.waitFor(120);
    System.out.println("coccoc backend:\n" + seg.stdout() + "built-in backend:\n" + java.stdout());

    CliProcess.Started analyze = CliProcess.start(dir.resolve("work"), "256m", "--verbose", "analyze", "--config", config.toString(), "--json", sentences.get(0));
    assertEquals(0, analyze.waitFor(120), analyze.stderr());
    assertTrue(analyze.stderr().contains("segmenter: coccoc"), analyze.stderr());
    assertTrue(analyze.stdout().contains("\"start_offset\" : 0"), analyze.stdout());
  }
}
