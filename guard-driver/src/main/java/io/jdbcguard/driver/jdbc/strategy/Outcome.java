package io.jdbcguard.driver.jdbc.strategy;

/**
 * The result of one bracketed execution for the caller, and what it changed.
 *
 * @param result what the JDBC method returns (a buffered copy where a result set had to be read to
 *     count its rows)
 * @param rows the update counts
 */
public record Outcome<R>(R result, RowCount rows) {}
