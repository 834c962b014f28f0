package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Dialect;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Finds the client-side reading of a freshly opened connection's driver. pgjdbc and MariaDB
 * Connector/J parse SQL on the client and are verified with their own parsers; other drivers send
 * the text unchanged ({@link ClientReading#NONE}). A pgjdbc or Connector/J whose parser cannot be
 * bound (another major version, or a class loader that hides it) fails closed: every string it
 * would have to parse is then a disagreement.
 */
public final class ClientReadings {

  private ClientReadings() {}

  /** The reading of {@code raw}'s driver; never null, never throws for a driver it cannot bind. */
  public static ClientReading of(Connection raw, Dialect dialect) throws SQLException {
    String driver = raw.getMetaData().getDriverName();
    String name = driver == null ? "" : driver.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return pgjdbc(raw, dialect);
    }
    if (name.contains("mariadb")) {
      return mariaDb(raw, dialect);
    }
    return ClientReading.NONE;
  }

  private static ClientReading pgjdbc(Connection raw, Dialect dialect) {
    try {
      ClassLoader loader = raw.getClass().getClassLoader();
      Class<?> base = Class.forName("org.postgresql.core.BaseConnection", false, loader);
      Object connection = raw.isWrapperFor(base) ? raw.unwrap(base) : null;
      if (connection == null) {
        return unverifiable("pgjdbc", ';');
      }
      boolean standardConformingStrings =
          (boolean)
              MethodHandles.publicLookup()
                  .findVirtual(
                      base, "getStandardConformingStrings", MethodType.methodType(boolean.class))
                  .invoke(connection);
      return PgjdbcReading.bind(
          connection.getClass().getClassLoader(), standardConformingStrings, dialect);
    } catch (Throwable e) {
      return unverifiable("pgjdbc", ';');
    }
  }

  private static ClientReading mariaDb(Connection raw, Dialect dialect) {
    try {
      ClassLoader loader = raw.getClass().getClassLoader();
      Class<?> type = Class.forName("org.mariadb.jdbc.Connection", false, loader);
      Object connection = raw.isWrapperFor(type) ? raw.unwrap(type) : null;
      if (connection == null) {
        return unverifiable("MariaDB Connector/J", '?');
      }
      return MariaDbReading.bind(connection, dialect);
    } catch (Throwable e) {
      return unverifiable("MariaDB Connector/J", '?');
    }
  }

  /** Fails closed for every string the driver would have to read on the client. */
  static ClientReading unverifiable(String driver, char trigger) {
    return sql ->
        sql.indexOf(trigger) >= 0 || sql.indexOf('{') >= 0
            ? "the guard cannot call " + driver + "'s own parser to compare (another version, or"
                + " a class loader that hides it)"
            : null;
  }
}
