package io.jdbcguard.driver;

import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.driver.config.GuardProperty;
import io.jdbcguard.driver.config.GuardSettings;
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
  private final GuardConfig config;
  private final GuardEngine engine;
  private final ConnectionGuard guard = new ConnectionGuard();

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
    Objects.requireNonNull(dialect, "dialect");
    settings = settings == null ? new Properties() : settings;
    for (String name : settings.stringPropertyNames()) {
      if (!GuardProperty.isGuardKey(name)) {
        throw GuardProperty.configError("GuardDataSource takes only guard.* settings, not " + name);
      }
    }
    Map<String, String> merged = GuardSettings.merge(Map.of(), settings);
    this.config = GuardConfig.resolve(merged, dialect);
    this.engine = guard.engine(config.policy());
  }

  @Override
  public Connection getConnection() throws SQLException {
    return guard.guard(delegate.getConnection(), config, engine);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return guard.guard(delegate.getConnection(username, password), config, engine);
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
