package org.vnsearch.search;

import org.vnsearch.BadInputException;

/** A year or an inclusive range of years: "2023", "2022..2024". */
public record YearRange(int from, int to) {
  public static final int MIN = 1000;
  public static final int MAX = 2999;

  public YearRange {
    if (from > to) {
      throw new IllegalArgumentException("year range ends before it starts: " + from + ".." + to);
    }
  }

  public static YearRange of(int year) {
    return new YearRange(year, year);
  }

  /** Parses "2023" or "2022..2024"; {@code where} names the option or query position in the error. */
  public static YearRange parse(String text, String where) {
    String t = text.strip();
    int dots = t.indexOf("..");
    try {
      if (dots < 0) {
        return of(check(Integer.parseInt(t), text, where));
      }
      int from = check(Integer.parseInt(t.substring(0, dots).strip()), text, where);
      int to = check(Integer.parseInt(t.substring(dots + 2).strip()), text, where);
      if (from > to) {
        throw new BadInputException(where + ": year range '" + text + "' ends before it starts");
      }
      return new YearRange(from, to);
    } catch (NumberFormatException e) {
      throw new BadInputException(where + ": expected a year such as 2023 or a range such as 2022..2024, found '" + text + "'");
    }
  }

  private static int check(int year, String text, String where) {
    if (year < MIN || year > MAX) {
      throw new BadInputException(where + ": year out of range (" + MIN + ".." + MAX + "): '" + text + "'");
    }
    return year;
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + ".." + to;
  }
}
