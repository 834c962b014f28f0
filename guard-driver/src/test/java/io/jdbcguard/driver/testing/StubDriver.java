package io.jdbcguard.driver.testing;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A real driver for {@code jdbc:stub:} URLs that records what it was asked and returns recording
 * stub connections. Register it for a test class and deregister it afterwards.
 */
public final class StubDriver implements Driver {

  /** One {@code connect} call as the real driver saw it. */
  public record ConnectCall(String url, Properties info) {}

  public final Recorder recorder = new Recorder();
  private final List<ConnectCall> connects = new ArrayList<>();

  public static StubDriver register() throws SQLException {
    StubDriver driver = new StubDriver();
    DriverManager.registerDriver(driver);
    return driver;
  }

  public void deregister() throws SQLException {
    DriverManager.deregisterDriver(this);
  }

  public synchronized List<ConnectCall> connects() {
    return List.copyOf(connects);
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Properties seen = new Properties();
    seen.putAll(info);
    synchronized (this) {
      connects.add(new ConnectCall(url, seen));
    }
    return recorder.stub(Connection.class);
  }

  @Override
  public boolean acceptsURL(String url) {
    return url.startsWith("jdbc:stub:");
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[] {new DriverPropertyInfo("stubOption", "x")};
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
