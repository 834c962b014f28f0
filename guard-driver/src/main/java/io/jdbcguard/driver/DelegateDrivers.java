package io.jdbcguard.driver;

import io.jdbcguard.driver.config.GuardUrl;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the real driver for a stripped URL: {@link DriverManager} first, then the {@code
 * java.sql.Driver} services visible from jdbc-guard's own class loader and from the thread's
 * context class loader (DriverManager hides drivers loaded by a class loader the caller cannot see,
 * e.g. when jdbc-guard and the real driver sit together in an isolated plug-in class loader).
 */
final class DelegateDrivers {

  /** Drivers found through the services fallback, by subprotocol, so a pool looks only once. */
  private final ConcurrentMap<String, Driver> fromServices = new ConcurrentHashMap<>();

  /**
   * The driver accepting the stripped URL.
   *
   * @throws SQLException (SQLState 08001) naming the subprotocol if none is on the class path
   */
  Driver find(GuardUrl url) throws SQLException {
    Driver driver = findOrNull(url);
    if (driver == null) {
      throw new SQLException(
          "jdbc-guard: no JDBC driver on the class path accepts jdbc:"
              + url.subprotocol()
              + ": URLs; add the database's driver (e.g. org.postgresql:postgresql or"
              + " org.mariadb.jdbc:mariadb-java-client) next to jdbc-guard",
          "08001");
    }
    return driver;
  }

  /** The driver accepting the stripped URL, or null. */
  Driver findOrNull(GuardUrl url) throws SQLException {
    String delegateUrl = url.delegateUrl();
    try {
      return DriverManager.getDriver(delegateUrl);
    } catch (SQLException notRegistered) {
      Driver cached = fromServices.get(url.subprotocol());
      if (cached != null && cached.acceptsURL(delegateUrl)) {
        return cached;
      }
      Driver found = fromServices(DelegateDrivers.class.getClassLoader(), delegateUrl);
      if (found == null) {
        found = fromServices(Thread.currentThread().getContextClassLoader(), delegateUrl);
      }
      if (found != null) {
        fromServices.put(url.subprotocol(), found);
      }
      return found;
    }
  }

  private static Driver fromServices(ClassLoader loader, String delegateUrl) throws SQLException {
    if (loader == null) {
      return null;
    }
    try {
      for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
        if (!(driver instanceof GuardDriver) && driver.acceptsURL(delegateUrl)) {
          return driver;
        }
      }
    } catch (ServiceConfigurationError e) {
      return null; // a broken services entry of some other jar; DriverManager ignores those too
    }
    return null;
  }
}
