package org.vnsearch.search;

import org.vnsearch.BadInputException;

/** A query that does not parse: the message names the position (1-based) and what is wrong there. */
public final class QuerySyntaxException extends BadInputException {
  private final int position;

  public QuerySyntaxException(int position, String problem) {
    super("query syntax error at position " + position + ": " + problem);
    this.position = position;
  }

  /** 1-based character position in the query. */
  public int position() {
    return position;
  }
}
