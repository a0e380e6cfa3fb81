package org.vnsearch.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.vnsearch.ingest.InputProblem;
import org.vnsearch.ingest.RawArticle;
import org.vnsearch.ingest.read.ParagraphSplitter.RawParagraph;

/**
 * Reads JSON Lines: one article per line, {@code {"id", "title", "text"}} with optional {@code url}, {@code date}
 * ("2024-06-28" or "28/06/2024"), {@code district}, {@code province}, {@code year}, {@code topics}. A malformed line
 * is reported with its number and skipped; the other lines are read. Unknown fields are ignored with one warning
 * per field and file; a repeated id is reported, and the later article replaces the earlier when indexed.
 */
final class JsonLinesReader {
  /** Longest line read; a longer one is skipped, so memory stays bounded. */
  static final int MAX_LINE_CHARS = 16 << 20;

  private static final Set<String> KNOWN_FIELDS =
      Set.of("id", "title", "text", "url", "date", "district", "province", "year", "topics");

  private final ObjectMapper mapper = new ObjectMapper();
  private final Predicate<String> isKnownName;
  private final Predicate<String> isStandalone;

  JsonLinesReader(Predicate<String> isKnownName, Predicate<String> isStandalone) {
    this.isKnownName = isKnownName;
    this.isStandalone = isStandalone;
  }

  /** Reads all lines of {@code in}; returns the number of articles read. */
  int read(Path file, InputStream in, RawArticleListener listener) throws IOException {
    Map<String, Long> firstLineOfId = new HashMap<>();
    Set<String> unknownReported = new LinkedHashSet<>();
    int articles = 0;
    long lineNumber = 0;
    try (LineReader lines = new LineReader(in, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      LineReader.Piece piece;
      while ((piece = lines.next()) != null) {
        if (!tooLong) {
          line.append(piece.text());
          if (line.length() > MAX_LINE_CHARS) {
            tooLong = true;
            line.setLength(0);
            line.trimToSize();
          }
        }
        if (!piece.endsLine()) {
          continue;
        }
        lineNumber++;
        if (tooLong) {
          listener.problem(
              InputProblem.error(file, lineNumber, "line longer than " + (MAX_LINE_CHARS >> 20) + "M chars, skipped"));
        } else if (!line.isEmpty() && !line.toString().isBlank()) {
          RawArticle article = parse(file, lineNumber, line.toString(), listener, unknownReported);
          if (article != null) {
            Long first = firstLineOfId.putIfAbsent(article.id(), lineNumber);
            if (first != null) {
              listener.problem(
                  InputProblem.warning(
                      file,
                      lineNumber,
                      "duplicate id '" + article.id() + "' (first at line " + first + "): this article replaces it"));
            }
            listener.article(article);
            articles++;
          }
        }
        line.setLength(0);
        tooLong = false;
      }
    }
    return articles;
  }

  private RawArticle parse(
      Path file, long lineNumber, String line, RawArticleListener listener, Set<String> unknownReported) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      listener.problem(InputProblem.error(file, lineNumber, "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
      return null;
    }
    if (node == null || !node.isObject()) {
      listener.problem(InputProblem.error(file, lineNumber, "expected a JSON object, found " + describe(node)));
      return null;
    }
    try {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!KNOWN_FIELDS.contains(name) && unknownReported.add(name)) {
          listener.problem(InputProblem.warning(file, lineNumber, "unknown field '" + name + "' ignored"));
        }
      }
      String id = requiredText(node, "id", true);
      String title = optionalText(node, "title");
      String text = optionalText(node, "text");
      if (text == null && node.has("text") && !node.get("text").isNull() && !node.get("text").isTextual()) {
        throw new FieldException("'text' must be a string, found " + describe(node.get("text")));
      }
      if (text == null && title == null) {
        throw new FieldException(node.has("text") ? "'text' and 'title' are both empty" : "missing 'text'");
      }
      if (text == null) {
        text = ""; // an article that is only a title
      }
      String url = optionalText(node, "url");
      RawArticle.Explicit explicit =
          new RawArticle.Explicit(
              optionalText(node, "district"),
              optionalText(node, "province"),
              year(node),
              date(node),
              topics(node));
      List<RawParagraph> paragraphs = paragraphs(text);
      ContentHash hash = new ContentHash().add(id).add(title).add(text).add(url).add(String.valueOf(explicit));
      return new RawArticle(
          id, id, file, url != null ? url : file.toString(), title, paragraphs, explicit, hash.hex());
    } catch (FieldException e) {
      listener.problem(InputProblem.error(file, lineNumber, e.getMessage()));
      return null;
    }
  }

  private List<RawParagraph> paragraphs(String text) {
    List<RawParagraph> out = new ArrayList<>();
    ParagraphSplitter splitter = new ParagraphSplitter(isKnownName, isStandalone, out::add);
    int offset = 0;
    while (offset <= text.length()) {
      int newline = text.indexOf('\n', offset);
      int end = newline < 0 ? text.length() : newline;
      splitter.accept(new LineReader.Piece(text.substring(offset, end), offset, true));
      if (newline < 0) {
        break;
      }
      offset = newline + 1;
    }
    splitter.finish();
    return out;
  }

  /** A field of the wrong type or a missing required field. */
  private static final class FieldException extends Exception {
    FieldException(String message) {
      super(message, null, false, false);
    }
  }

  private static String requiredText(JsonNode node, String field, boolean numberAllowed) throws FieldException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new FieldException("missing '" + field + "'");
    }
    if (v.isTextual() || (numberAllowed && v.isIntegralNumber())) {
      String s = v.asText();
      if (s.isBlank()) {
        throw new FieldException("'" + field + "' is empty");
      }
      return s;
    }
    throw new FieldException("'" + field + "' must be a string, found " + describe(v));
  }

  private static String optionalText(JsonNode node, String field) throws FieldException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new FieldException("'" + field + "' must be a string, found " + describe(v));
    }
    return v.asText().isBlank() ? null : v.asText();
  }

  private static Integer year(JsonNode node) throws FieldException {
    JsonNode v = node.get("year");
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() || (v.isTextual() && v.asText().strip().matches("\\d{4}"))) {
      int year = v.isIntegralNumber() ? v.asInt() : Integer.parseInt(v.asText().strip());
      if (year < 1000 || year > 2999) {
        throw new FieldException("'year' out of range: " + year);
      }
      return year;
    }
    throw new FieldException("'year' must be a number such as 2023, found " + describe(v));
  }

  private static LocalDate date(JsonNode node) throws FieldException {
    String s = optionalText(node, "date");
    if (s == null) {
      return null;
    }
    String d = s.strip();
    try {
      if (d.length() >= 10 && d.charAt(4) == '-') {
        return LocalDate.parse(d.substring(0, 10)); // 2024-06-28, also the date part of an ISO timestamp
      }
    } catch (DateTimeParseException e) {
      // fall through to the error below
    }
    String[] parts = d.split("[/.\\-]");
    if (parts.length == 3 && parts[2].length() == 4) {
      try {
        return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
      } catch (RuntimeException e) {
        // fall through
      }
    }
    throw new FieldException("'date' must be a date such as 2024-06-28 or 28/06/2024, found '" + s + "'");
  }

  private static List<String> topics(JsonNode node) throws FieldException {
    JsonNode v = node.get("topics");
    if (v == null || v.isNull()) {
      return null;
    }
    List<String> topics = new ArrayList<>();
    if (v.isTextual()) {
      topics.add(v.asText().strip());
    } else if (v.isArray()) {
      for (JsonNode t : v) {
        if (!t.isTextual()) {
          throw new FieldException("'topics' must be a list of strings, found " + describe(t) + " in it");
        }
        topics.add(t.asText().strip());
      }
    } else {
      throw new FieldException("'topics' must be a list of strings, found " + describe(v));
    }
    return List.copyOf(topics);
  }

  private static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    return switch (v.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
