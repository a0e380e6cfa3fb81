package org.vnsearch.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the output goes to an interactive terminal (for progress bars and bold highlights). */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      // Java 22+ returns a console even when redirected and says with isTerminal() whether it is one.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console exists only on a terminal
    }
  }
}
