package io.jdbcguard.driver;

import io.jdbcguard.driver.approval.ConnectionSource;
import io.jdbcguard.driver.config.DatabaseTarget;
import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.driver.config.GuardProperty;
import io.jdbcguard.driver.config.GuardSettings;
import io.jdbcguard.driver.config.SettingSources;
import io.jdbcguard.driver.config.UnwrapPolicy;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Guards any {@link DataSource} (a pool, a vendor data source): every {@code getConnection} returns
 * a guarded connection. The configuration is validated once, in the constructor, and all
 * connections share one engine.
 *
 * <pre>{@code
 * DataSource guarded = new GuardDataSource(hikari, Dialect.POSTGRES);
 * }</pre>
 */
public final class GuardDataSource implements DataSource {

  private final DataSource delegate;
  private final Dialect dialect;
  private final SettingSources sources;
  private final GuardConfig config;
  private final GuardEngine engine;
  private final ConnectionGuard guard = new ConnectionGuard();

  /** Configurations for protected databases, by the real connection's URL (guard.protect only). */
  private final ConcurrentMap<String, GuardConfig> protectedConfigs = new ConcurrentHashMap<>();

  /** Guards {@code delegate} with the default settings for {@code dialect}. */
  public GuardDataSource(DataSource delegate, Dialect dialect) throws SQLException {
    this(delegate, dialect, new Properties());
  }

  /**
   * Guards {@code delegate}.
   *
   * @param dialect the dialect unless {@code guard.dialect} says otherwise
   * @param settings {@code guard.*} settings, the same keys as for the driver (null: none); any
   *     other key is rejected
   * @throws SQLException with SQLState {@value SqlStates#INVALID_CONFIGURATION} for an unknown key
   *     or a bad value
   */
  public GuardDataSource(DataSource delegate, Dialect dialect, Properties settings)
      throws SQLException {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    settings = settings == null ? new Properties() : settings;
    for (String name : settings.stringPropertyNames()) {
      if (!GuardProperty.isGuardKey(name)) {
        throw GuardProperty.configError("GuardDataSource takes only guard.* settings, not " + name);
      }
    }
    this.sources = SettingSources.of(Map.of(), GuardSettings.fromProperties(settings));
    this.config = GuardConfig.resolve(sources, dialect, null);
    this.engine = guard.engine(config.policy());
  }

  @Override
  public Connection getConnection() throws SQLException {
    return guarded(delegate.getConnection(), delegate::getConnection);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return guarded(
        delegate.getConnection(username, password),
        () -> delegate.getConnection(username, password));
  }

  /**
   * Guards a connection of the wrapped data source. With {@code guard.protect}, the connection's
   * URL (from its metadata) decides whether the strictest settings apply; a setting that would
   * loosen the guard on a protected database fails here, and the connection is closed.
   */
  private Connection guarded(Connection raw, ConnectionSource internal) throws SQLException {
    if (config.protection().isEmpty()) {
      return guard.guard(raw, config, sources, true, internal);
    }
    try {
      String url = raw.getMetaData().getURL();
      GuardConfig forTarget = protectedConfigs.get(url);
      if (forTarget == null) {
        forTarget = GuardConfig.resolve(sources, dialect, DatabaseTarget.parse(url));
        protectedConfigs.putIfAbsent(url, forTarget);
      }
      return guard.guard(raw, forTarget, sources, true, internal);
    } catch (SQLException | RuntimeException e) {
      try {
        raw.close();
      } catch (SQLException close) {
        e.addSuppressed(close);
      }
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  /** Under the default {@code guard.unwrap=deny}, the wrapped data source is not handed out. */
  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return unwrapPolicy().unwrap(this, delegate, iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return unwrapPolicy().isWrapperFor(this, delegate, iface);
  }

  private UnwrapPolicy unwrapPolicy() {
    return config.unwrap();
  }

  @Override
  public String toString() {
    return "GuardDataSource[" + delegate + "]";
  }
}
