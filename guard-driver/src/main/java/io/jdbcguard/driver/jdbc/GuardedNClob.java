package io.jdbcguard.driver.jdbc;

import java.sql.NClob;

/** An NClob: a {@link GuardedClob} that keeps its NClob type. */
final class GuardedNClob extends GuardedClob implements NClob {

  GuardedNClob(GuardedConnection connection, NClob delegate, boolean fresh) {
    super(connection, delegate, fresh);
  }
}
