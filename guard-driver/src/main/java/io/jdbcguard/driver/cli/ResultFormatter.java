package io.jdbcguard.driver.cli;

/** Writes the report of a {@code check} run; one implementation per {@link OutputFormat}. */
interface ResultFormatter {

  /** Called once per statement, in script order. */
  void statement(StatementResult result);

  /** Called once after the last statement. */
  void finish(Summary summary);
}
