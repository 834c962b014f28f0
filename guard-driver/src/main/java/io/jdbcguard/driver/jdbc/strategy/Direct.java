package io.jdbcguard.driver.jdbc.strategy;

import java.sql.SQLException;
import java.util.List;

/** Straight to the real driver: nothing is bracketed, measured or reported. */
final class Direct implements Strategy {

  static final Direct INSTANCE = new Direct();

  private Direct() {}

  @Override
  public <R> R run(List<Entry> entries, boolean batch, Execution<R> execution, Report report)
      throws SQLException {
    return execution.run(Execution.UNMEASURED).result();
  }
}
