package io.jdbcguard.driver.testing;

import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.UnwrapPolicy;
import io.jdbcguard.driver.jdbc.Gate;
import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import java.sql.Connection;

/** Guarded connections over recording stubs, with the real engine's default policy. */
public final class Guarded {

  private Guarded() {}

  public static GuardedConnection connection(Recorder recorder) {
    return connection(recorder, UnwrapPolicy.DENY);
  }

  public static GuardedConnection connection(Recorder recorder, UnwrapPolicy unwrap) {
    return connection(recorder.stub(Connection.class), unwrap);
  }

  public static GuardedConnection connection(Connection raw, UnwrapPolicy unwrap) {
    Gate gate = new Gate(GuardEngine.forDialect(Dialect.POSTGRES), new AuditLog(), "test-1");
    return new GuardedConnection(raw, gate, unwrap);
  }
}
