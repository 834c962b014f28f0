package io.jdbcguard.driver.jdbc;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which family the database behind a raw connection belongs to, from {@code
 * DatabaseMetaData.getDatabaseProductName()}: what can be rolled back, how to open a savepoint and
 * how to make a session read-only depend on the real database, not on {@code guard.dialect} (H2
 * read as PostgreSQL still commits DDL implicitly).
 */
public final class DatabaseFamily {

  private DatabaseFamily() {}

  /** {@code postgres} for PostgreSQL, {@code mysql} for MySQL and MariaDB, else {@code generic}. */
  public static Dialect of(String productName) {
    String p = productName.toLowerCase(Locale.ROOT);
    if (p.contains("postgres")) {
      return Dialect.POSTGRES;
    }
    if (p.contains("mysql") || p.contains("mariadb")) {
      return Dialect.MYSQL;
    }
    return Dialect.GENERIC;
  }

  /** The family of {@code raw}'s database, or {@code fallback} if its driver does not say. */
  public static Dialect of(Connection raw, Dialect fallback) {
    String product;
    try {
      product = raw.getMetaData().getDatabaseProductName();
    } catch (SQLException | RuntimeException e) {
      product = null;
    }
    return product == null ? fallback : of(product);
  }
}
