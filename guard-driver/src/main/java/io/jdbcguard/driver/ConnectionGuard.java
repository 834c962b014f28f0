package io.jdbcguard.driver;

import io.jdbcguard.driver.approval.ApprovalGate;
import io.jdbcguard.driver.approval.ConnectionSource;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.driver.config.GuardProperty;
import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.driver.jdbc.Gate;
import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.driver.jdbc.strategy.Catalog;
import io.jdbcguard.driver.reading.AmbiguousSplit;
import io.jdbcguard.driver.reading.ClientReadings;
import io.jdbcguard.driver.reading.ProtectedReach;
import io.jdbcguard.driver.config.DatabaseTarget;
import io.jdbcguard.driver.config.Protection;
import io.jdbcguard.driver.config.SettingSources;
import java.util.List;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** Table facts per database (URL and user as the real driver reports them). */
  private final ConcurrentMap<String, Catalog> catalogs = new ConcurrentHashMap<>();

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
    } catch (RuntimeException | LinkageError e) {
      // fail closed, as an SQLException: e.g. a NoClassDefFoundError from a clashing class path
      throw new SQLException(
          "jdbc-guard: the rule engine could not be created, so no connection is opened: " + e,
          SqlStates.ENGINE_FAILURE,
          e);
    }
  }

  /**
   * Wraps a freshly opened connection. It first checks that the server reads string literals the
   * way the guard does ({@link ServerStringSyntax}). Under the read-only profile the session is
   * then made read-only in the database itself, so that a statement the rules miss still cannot
   * write: {@code setReadOnly(true)}, and on PostgreSQL a read-only default for every transaction
   * ({@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY}), on MySQL/MariaDB {@code SET
   * SESSION TRANSACTION READ ONLY} (the family comes from the connection's metadata). If that
   * fails, the raw connection is closed and the failure thrown. The engine is the one for this
   * session's facts ({@link SessionFacts}: the login role, the server version).
   */
  GuardedConnection guard(Connection raw, GuardConfig config, GuardEngine engine)
      throws SQLException {
    return guard(raw, config, engine, null, null);
  }

  /**
   * Wraps a freshly opened connection after asking the database what it is ({@link
   * ServerIdentity}): the dialect follows it, and {@code guard.protect} matches what it reports.
   *
   * @param explicitDialect true when a human chose the dialect (then a mismatch is an error)
   * @param internal opens the guard's own connection to the same database, for the approval gate
   *     ({@code guard.approvals=on}); null when there is none
   */
  GuardedConnection guard(
      Connection raw,
      GuardConfig config,
      SettingSources sources,
      boolean explicitDialect,
      ConnectionSource internal)
      throws SQLException {
    ServerIdentity.Identity identity;
    GuardConfig checked;
    GuardEngine engine;
    try {
      identity = ServerIdentity.of(raw);
      checked = ServerIdentity.reconcile(identity, config, sources, explicitDialect);
      engine = engine(checked.policy());
    } catch (SQLException | RuntimeException e) {
      closeQuietly(raw, e);
      throw e;
    }
    return guard(raw, checked, engine, identity, internal);
  }

  private GuardedConnection guard(
      Connection raw,
      GuardConfig config,
      GuardEngine engine,
      ServerIdentity.Identity identity,
      ConnectionSource internal)
      throws SQLException {
    AmbiguousSplit split;
    ProtectedReach reach = null;
    try {
      ServerStringSyntax.verify(raw, config.policy().dialect());
      split =
          new AmbiguousSplit(
              ClientReadings.of(raw, config.policy().dialect()),
              config.driverRules().ambiguousSplit());
      Protection protection = config.protection();
      if (identity != null
          && !protection.isEmpty()
          && identity.protectedBy(protection) == null) {
        reach =
            new ProtectedReach(
                name -> protection.matchFor(new DatabaseTarget(List.of(), name)),
                config.policy().dialect(),
                config.driverRules().protectedDatabase());
      }
      if (config.policy().profile() == Profile.READ_ONLY) {
        makeReadOnly(raw, config.policy().dialect());
      }
    } catch (SQLException | RuntimeException e) {
      closeQuietly(raw, e);
      throw e;
    }
    Policy session = SessionFacts.of(raw, config.policy());
    if (!session.equals(engine.policy())) {
      engine = engine(session); // this session's login role and server version
    }
    String id = config.connectionIdPrefix() + connectionCount.incrementAndGet();
    GuardEngine hiddenWrites = config.writes().sandbox() ? readOnlyEngine(config.policy()) : null;
    ApprovalGate approvals =
        config.approvals() && internal != null
            ? ApprovalGate.on(raw, internal, audit, id)
            : ApprovalGate.off(audit, id);
    Gate gate =
        Gate.create(
            engine,
            audit,
            id,
            raw,
            config.writes(),
            hiddenWrites,
            catalog(raw),
            reach == null ? split : split.then(reach),
            approvals);
    return new GuardedConnection(
        raw,
        gate,
        config.unwrap(),
        config.driverRules().lobWrite(),
        config.policy().profile(),
        config.writes().sandbox(),
        reach);
  }

  private static void closeQuietly(Connection raw, Exception failure) {
    try {
      raw.close();
    } catch (SQLException close) {
      failure.addSuppressed(close);
    }
  }

  /** The shared table facts of {@code raw}'s database; a connection of its own if it cannot say. */
  private Catalog catalog(Connection raw) {
    String database;
    try {
      java.sql.DatabaseMetaData meta = raw.getMetaData();
      // PostgreSQL resolves unqualified names by a search path that may name the user ($user);
      // pgjdbc answers getUserName() locally.
      database =
          DatabaseFamily.of(raw, Dialect.GENERIC) == Dialect.POSTGRES
              ? meta.getURL() + " " + meta.getUserName()
              : meta.getURL();
    } catch (SQLException | RuntimeException e) {
      return new Catalog();
    }
    if (database == null) {
      return new Catalog();
    }
    if (catalogs.size() > 256) {
      catalogs.clear();
    }
    return catalogs.computeIfAbsent(database, d -> new Catalog());
  }

  /** The read-only profile's engine for the same dialect: sandbox mode asks it about reads. */
  private GuardEngine readOnlyEngine(Policy policy) throws SQLException {
    return engine(
        Policy.builder()
            .dialect(policy.dialect())
            .profile(Profile.READ_ONLY)
            .cacheSize(policy.cacheSize())
            .parseTimeout(policy.parseTimeout())
            .build());
  }

  private static void makeReadOnly(Connection raw, Dialect dialect) throws SQLException {
    raw.setReadOnly(true);
    String sql;
    switch (DatabaseFamily.of(raw, dialect)) {
      case POSTGRES:
        sql = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
        break;
      case MYSQL:
        sql = "SET SESSION TRANSACTION READ ONLY";
        break;
      default:
        return;
    }
    try (Statement statement = raw.createStatement()) {
      statement.execute(sql);
    }
  }
}
