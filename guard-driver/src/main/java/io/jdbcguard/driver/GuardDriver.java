package io.jdbcguard.driver;

import io.jdbcguard.driver.config.DatabaseTarget;
import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.driver.config.GuardProperty;
import io.jdbcguard.driver.config.GuardSettings;
import io.jdbcguard.driver.config.GuardUrl;
import io.jdbcguard.driver.config.SettingSources;
import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:guard:} driver. It answers only to URLs starting with {@code jdbc:guard:}, strips
 * that prefix and the {@code guard.*} parameters, opens the connection with the real driver for the
 * rest ({@code jdbc:guard:postgresql://h/db} opens {@code jdbc:postgresql://h/db}), and hands out a
 * guarded connection.
 *
 * <p>Configuration is read once per {@code connect}: URL parameters first, then connection
 * properties, then the policy file ({@code guard.policyFile}), then defaults, and on a database
 * that {@code guard.protect} matches, the strictest value of every source; connections with the
 * same policy share one engine and its verdict cache. It registers itself with {@link
 * DriverManager} when loaded and through {@code META-INF/services/java.sql.Driver}.
 */
public final class GuardDriver implements Driver {

  static final int MAJOR_VERSION = 0;
  static final int MINOR_VERSION = 1;

  static {
    try {
      DriverManager.registerDriver(new GuardDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ConnectionGuard guard = new ConnectionGuard();
  private final DelegateDrivers delegates = new DelegateDrivers();

  /**
   * Opens a guarded connection, or returns null for a URL that is not {@code jdbc:guard:} (the JDBC
   * contract: {@link DriverManager} asks every driver).
   *
   * @throws SQLException with SQLState {@value SqlStates#INVALID_CONFIGURATION} for a malformed URL
   *     or {@code guard.*} setting; whatever the real driver throws for the connection itself
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    GuardUrl guardUrl = GuardUrl.parse(url);
    SettingSources sources =
        SettingSources.of(guardUrl.settings(), GuardSettings.fromProperties(info));
    GuardConfig config =
        GuardConfig.resolve(
            sources,
            Dialect.forJdbcUrl(guardUrl.delegateUrl()),
            DatabaseTarget.parse(guardUrl.delegateUrl()));
    guard.engine(config.policy()); // an unknown rule id fails before anything is opened
    Driver real = delegates.find(guardUrl);
    Properties passOn = GuardSettings.withoutGuardKeys(info);
    Connection raw = real.connect(guardUrl.delegateUrl(), passOn);
    if (raw == null) {
      throw new SQLException(
          "jdbc-guard: "
              + real.getClass().getName()
              + " declined the "
              + guardUrl.subprotocol()
              + " URL",
          "08001");
    }
    return guard.guard(
        raw,
        config,
        sources,
        sources.merged().containsKey(GuardProperty.DIALECT.key()),
        () -> real.connect(guardUrl.delegateUrl(), passOn));
  }

  /** True exactly for URLs starting with {@code jdbc:guard:}. */
  @Override
  public boolean acceptsURL(String url) throws SQLException {
    if (url == null) {
      throw new SQLException("jdbc-guard: the URL is null", SqlStates.NULL_SQL);
    }
    return GuardUrl.accepts(url);
  }

  /**
   * The real driver's properties for the stripped URL, followed by the guard's own keys with their
   * effective values. If no real driver is found, only the guard's keys.
   */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return new DriverPropertyInfo[0];
    }
    GuardUrl guardUrl = GuardUrl.parse(url);
    List<DriverPropertyInfo> result = new ArrayList<>();
    Driver real = delegates.findOrNull(guardUrl);
    if (real != null) {
      Properties passOn = GuardSettings.withoutGuardKeys(info);
      result.addAll(Arrays.asList(real.getPropertyInfo(guardUrl.delegateUrl(), passOn)));
    }
    Map<String, String> settings =
        SettingSources.of(guardUrl.settings(), GuardSettings.fromProperties(info)).merged();
    for (GuardProperty property : GuardProperty.values()) {
      if (property == GuardProperty.RULE) {
        result.add(property.toPropertyInfo(property.key(), null));
        continue;
      }
      String value = settings.getOrDefault(property.key(), property.defaultValue());
      if (property == GuardProperty.DIALECT && value == null) {
        value = Dialect.forJdbcUrl(guardUrl.delegateUrl()).id();
      }
      result.add(property.toPropertyInfo(property.key(), value));
    }
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      if (GuardProperty.isRuleKey(setting.getKey())) {
        result.add(GuardProperty.RULE.toPropertyInfo(setting.getKey(), setting.getValue()));
      }
    }
    return result.toArray(new DriverPropertyInfo[0]);
  }

  @Override
  public int getMajorVersion() {
    return MAJOR_VERSION;
  }

  @Override
  public int getMinorVersion() {
    return MINOR_VERSION;
  }

  /**
   * False: a wrapper cannot vouch for the real driver's compliance (and refuses some statements on
   * purpose). Ask the real driver through {@code DriverManager.getDriver} if it matters.
   */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  /** jdbc-guard logs through SLF4J (or java.util.logging when SLF4J is missing), under io.jdbcguard.audit. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("jdbc-guard logs through SLF4J (io.jdbcguard.audit)");
  }
}
