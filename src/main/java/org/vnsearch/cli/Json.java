package org.vnsearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.vnsearch.analysis.AnalyzedToken;

/** The JSON the commands print with {@code --json}: one object per run, snake_case keys, stable field order. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** {@code vnsearch inspect --json}. */
  record InspectOutput(List<org.vnsearch.ingest.Article> articles, List<String> problems) {}

  /** {@code vnsearch analyze --json}. */
  record AnalyzeOutput(String field, String text, List<AnalyzedToken> tokens) {}
}
