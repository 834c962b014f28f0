package io.jdbcguard.driver.integration;

import io.jdbcguard.driver.GuardDriver;
import io.jdbcguard.driver.config.GuardUrl;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.UnsupportedDatabase;

/**
 * Tells Liquibase that {@code jdbc:guard:} URLs ({@code --url}, {@code liquibase.properties}) are
 * opened with {@link GuardDriver}. Liquibase asks every registered database for the default driver
 * of a URL; this one answers only that question and is never chosen for a connection (the real
 * database is recognised from the connection's metadata). Registered in {@code
 * META-INF/services/liquibase.database.Database}.
 */
public final class LiquibaseGuardUrls extends UnsupportedDatabase {

  @Override
  public String getDefaultDriver(String url) {
    return url != null && GuardUrl.accepts(url) ? GuardDriver.class.getName() : null;
  }

  @Override
  public boolean isCorrectDatabaseImplementation(DatabaseConnection conn) {
    return false;
  }

  @Override
  public String getShortName() {
    return "jdbcguard";
  }

  @Override
  protected String getDefaultDatabaseProductName() {
    return "jdbc-guard";
  }
}
