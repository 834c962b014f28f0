package io.jdbcguard.driver;

import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.driver.config.GuardProperty;
import io.jdbcguard.driver.jdbc.Gate;
import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a driver or data source instance shares between its connections: one engine (and so one
 * verdict cache) per distinct policy, the audit log, and the counter behind connection ids.
 */
final class ConnectionGuard {

  private final ConcurrentMap<Policy, GuardEngine> engines = new ConcurrentHashMap<>();
  private final AtomicLong connectionCount = new AtomicLong();
  private final AuditLog audit = new AuditLog();

  /**
   * The engine for a policy, created on first use.
   *
   * @throws SQLException if the engine rejects the policy (an unknown rule id)
   */
  GuardEngine engine(Policy policy) throws SQLException {
    try {
      return engines.computeIfAbsent(policy, GuardEngine::create);
    } catch (IllegalArgumentException e) {
      throw GuardProperty.configError(e.getMessage());
    }
  }

  /** Wraps a freshly opened connection. */
  GuardedConnection guard(Connection raw, GuardConfig config, GuardEngine engine) {
    String id = config.connectionIdPrefix() + connectionCount.incrementAndGet();
    return new GuardedConnection(raw, new Gate(engine, audit, id), config.unwrap());
  }
}
