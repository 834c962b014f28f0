package io.jdbcguard.rules.sql;

import net.sf.jsqlparser.statement.Statement;

/** What {@link StatementParser} made of one statement: a syntax tree, or why there is none. */
public sealed interface ParseResult {

  /** The statement parsed completely. */
  record Parsed(Statement statement) implements ParseResult {}

  /**
   * The statement did not parse; {@code reason} is one sentence for the block message, {@code
   * timedOut} whether the parse ran out of time (another reading of it would too).
   */
  record Failed(String reason, boolean timedOut) implements ParseResult {
    public Failed(String reason) {
      this(reason, false);
    }
  }
}
