package org.vnsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnsearch.ingest.TestData;

/** Compiles and runs the library example of README.md, exactly as written there. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeLibraryExampleCompilesAndRuns() throws Exception {
    String readme = Files.readString(TestData.basedir().resolve("README.md"));
    Matcher m = Pattern.compile("```java\\n(.*?class ReadmeExample.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md has a java block with class ReadmeExample");
    Path source = dir.resolve("ReadmeExample.java");
    Files.writeString(source, m.group(1));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, "-cp", classpath, "-d", dir.toString(), source.toString());
    assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {dir.resolve("index").toString(), TestData.samples().toString()});
    } finally {
      System.setOut(original);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("28 paragraphs", lines.get(0));
    assertTrue(lines.get(1).contains("thu ngân sách"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Phú Tân (An Giang) ")), lines.toString());
  }
}
