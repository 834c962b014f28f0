package io.jdbcguard.rules.sql;

import net.sf.jsqlparser.statement.Statement;

/** What {@link StatementParser} made of one statement: a syntax tree, or why there is none. */
public sealed interface ParseResult {

  /** The statement parsed completely. */
  record Parsed(Statement statement) implements ParseResult {}

  /** The statement did not parse; {@code reason} is one sentence for the block message. */
  record Failed(String reason) implements ParseResult {}
}
