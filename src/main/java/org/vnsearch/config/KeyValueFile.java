package org.vnsearch.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code key = value} file with {@code #} comments. Each value remembers its line so that later checks (an
 * unknown key, a bad number) can name file and line.
 */
final class KeyValueFile {
  record Value(String text, int line) {}

  private final String where;
  private final Map<String, Value> values;

  private KeyValueFile(String where, Map<String, Value> values) {
    this.where = where;
    this.values = values;
  }

  static KeyValueFile read(ConfigSource source, String name) {
    String where = source.describe(name);
    Map<String, Value> values = new LinkedHashMap<>();
    try (InputStream in = source.open(name);
        BufferedReader reader = TextFiles.strictUtf8(in)) {
      ContentLines lines = new ContentLines(reader);
      String line;
      while ((line = lines.next()) != null) {
        int number = lines.number();
        String trimmed = line.strip();
        int eq = trimmed.indexOf('=');
        if (eq <= 0) {
          throw new ConfigException(where + ":" + number, "expected 'key = value', found '" + trimmed + "'");
        }
        String key = trimmed.substring(0, eq).strip();
        String value = trimmed.substring(eq + 1).strip();
        if (values.put(key, new Value(value, number)) != null) {
          throw new ConfigException(where + ":" + number, "key '" + key + "' is set twice");
        }
      }
    } catch (IOException e) {
      throw TextFiles.readFailure(where, e);
    }
    return new KeyValueFile(where, values);
  }

  String where() {
    return where;
  }

  Map<String, Value> values() {
    return values;
  }

  String at(Value value) {
    return where + ":" + value.line();
  }
}
