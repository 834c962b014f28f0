package io.jdbcguard.rules;

/** What kind of statement the engine saw; the driver uses it to decide how to run a write. */
public enum StatementKind {
  /** SELECT, VALUES, TABLE, SHOW, EXPLAIN without ANALYZE: reads only. */
  QUERY,
  INSERT,
  UPDATE,
  DELETE,
  MERGE,
  /** CREATE, ALTER, DROP, TRUNCATE, RENAME, COMMENT ON and friends. */
  DDL,
  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT, SET TRANSACTION. */
  TRANSACTION,
  /** SET, RESET, USE and other session settings. */
  SESSION,
  /** CALL, EXECUTE, and anything whose effect the engine cannot see. */
  OTHER;

  /** True for statements that change rows: INSERT, UPDATE, DELETE, MERGE. */
  public boolean isDataChange() {
    return this == INSERT || this == UPDATE || this == DELETE || this == MERGE;
  }
}
