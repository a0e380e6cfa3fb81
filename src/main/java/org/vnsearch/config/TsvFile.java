package org.vnsearch.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated configuration table: lines starting with {@code #} are comments (the first may name the
 * columns), blank lines are skipped, and every other line must have the expected number of columns.
 */
public final class TsvFile {
  /** One data line: its number in the file and its cells, stripped. */
  public record Row(String where, int line, List<String> cells) {
    public String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    /** The '|'-separated values of a cell, without empty ones. */
    public List<String> list(int i) {
      List<String> values = new ArrayList<>();
      for (String v : cell(i).split("\\|")) {
        if (!v.isBlank()) {
          values.add(v.strip());
        }
      }
      return values;
    }

    /** A {@link ConfigException} for this row. */
    public ConfigException error(String problem) {
      return new ConfigException(where + ":" + line, problem);
    }
  }

  private TsvFile() {}

  /**
   * Reads all rows; each needs between {@code minColumns} and {@code maxColumns} cells (missing trailing cells
   * are empty).
   */
  public static List<Row> read(ConfigSource source, String name, int minColumns, int maxColumns) {
    String where = source.describe(name);
    List<Row> rows = new ArrayList<>();
    try (InputStream in = source.open(name);
        BufferedReader reader = TextFiles.strictUtf8(in)) {
      ContentLines lines = new ContentLines(reader);
      String line;
      while ((line = lines.next()) != null) {
        int number = lines.number();
        String[] parts = line.split("\t", -1);
        if (parts.length < minColumns || parts.length > maxColumns) {
          throw new ConfigException(
              where + ":" + number,
              "expected "
                  + (minColumns == maxColumns ? minColumns : minColumns + " to " + maxColumns)
                  + " tab-separated columns, found "
                  + parts.length);
        }
        List<String> cells = new ArrayList<>(parts.length);
        for (String p : parts) {
          cells.add(p.strip());
        }
        rows.add(new Row(where, number, List.copyOf(cells)));
      }
    } catch (IOException e) {
      throw TextFiles.readFailure(where, e);
    }
    return rows;
  }
}
