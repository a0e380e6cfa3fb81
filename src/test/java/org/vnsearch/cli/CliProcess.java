package org.vnsearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code vnsearch} as a separate JVM (for kills, signals, locks and memory bounds), on the test classpath. */
public final class CliProcess {
  private CliProcess() {}

  /** A started process; its output goes to files, so it never blocks on a full pipe. */
  public record Started(Process process, Path out, Path err) {
    public String stdout() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
      return Files.readString(err, StandardCharsets.UTF_8);
    }

    public int waitFor(long seconds) throws InterruptedException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("vnsearch did not end within " + seconds + " s");
      }
      return process.exitValue();
    }
  }

  public static Started start(Path workDir, String heap, String... args) throws IOException {
    String javaCommand = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(List.of(javaCommand, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-cp", cp));
    String cache = System.getProperty("vnsearch.cache.dir");
    if (cache != null) {
      command.add("-Dvnsearch.cache.dir=" + cache);
    }
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Files.createDirectories(workDir);
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new Started(p, out, err);
  }
}
