package org.vnsearch.cli;

/** The {@code vnsearch} command line entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.create().execute(args));
  }
}
