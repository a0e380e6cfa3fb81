package org.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {
  @Test
  void helpListsTheSubcommands() {
    CliRunner.Result r = CliRunner.run("--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Usage: vnsearch"), r.out());
    for (String sub : new String[] {"demo", "completion"}) {
      assertTrue(r.out().contains(sub), "help mentions " + sub);
    }
    assertEquals("", r.err());
  }

  @Test
  void versionComesFromTheBuild() {
    CliRunner.Result r = CliRunner.run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("vnsearch " + org.vnsearch.Version.vnsearch()), r.out());
    assertTrue(!org.vnsearch.Version.vnsearch().equals("unknown") && !org.vnsearch.Version.vnsearch().contains("${"));
    assertTrue(r.out().contains("Lucene 10.5.1"), r.out());
  }

  @Test
  void completionPrintsABashScript() {
    CliRunner.Result r = CliRunner.run("completion");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("complete -F"), "a bash 'complete' registration");
    assertTrue(r.out().contains("vnsearch"));
    assertTrue(r.out().contains("demo"), "subcommands are completed");
  }

  @Test
  void anUnknownOptionIsOneLineAndExitCode2() {
    CliRunner.Result r = CliRunner.run("--no-such-option");
    assertEquals(2, r.exitCode());
    assertEquals(1, r.errLines().length, r.err());
    assertTrue(r.err().contains("--no-such-option"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void anUnknownOptionOfASubcommandNamesTheSubcommand() {
    CliRunner.Result r = CliRunner.run("completion", "--bogus");
    assertEquals(2, r.exitCode());
    assertEquals(1, r.errLines().length, r.err());
    assertTrue(r.err().startsWith("vnsearch completion: "), r.err());
  }
}
