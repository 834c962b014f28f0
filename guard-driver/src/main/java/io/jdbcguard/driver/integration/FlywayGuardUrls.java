package io.jdbcguard.driver.integration;

import io.jdbcguard.driver.GuardDriver;
import io.jdbcguard.driver.config.GuardUrl;
import java.sql.Connection;
import java.sql.Types;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.BaseDatabaseType;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;

/**
 * A Flyway plugin that accepts {@code jdbc:guard:} URLs ({@code flyway.url}, {@code
 * dataSource(url, user, password)}) and names {@link GuardDriver} as their driver. Flyway chooses
 * the plugin for a URL only to load the driver; once connected it asks the connection's metadata
 * which database it is (the real one: PostgreSQL, MariaDB...), so this type never handles a
 * connection itself. Registered in {@code META-INF/services/org.flywaydb.core.extensibility.Plugin}.
 */
public final class FlywayGuardUrls extends BaseDatabaseType {

  @Override
  public String getName() {
    return "jdbc-guard";
  }

  @Override
  public int getNullType() {
    return Types.NULL;
  }

  @Override
  public boolean handlesJDBCUrl(String url) {
    return url != null && GuardUrl.accepts(url);
  }

  @Override
  public String getDriverClass(String url, ClassLoader classLoader) {
    return GuardDriver.class.getName();
  }

  /** Never: the connection reports the real database. */
  @Override
  public boolean handlesDatabaseProductNameAndVersion(
      String databaseProductName, String databaseProductVersion, Connection connection) {
    return false;
  }

  @Override
  public boolean supportsReadOnlyTransactions() {
    return false;
  }

  @Override
  public Database<?> createDatabase(
      Configuration configuration,
      JdbcConnectionFactory jdbcConnectionFactory,
      StatementInterceptor statementInterceptor) {
    throw new IllegalStateException("jdbc-guard: Flyway uses the real database's type");
  }

  @Override
  public Parser createParser(
      Configuration configuration,
      ResourceProvider resourceProvider,
      ParsingContext parsingContext) {
    throw new IllegalStateException("jdbc-guard: Flyway uses the real database's parser");
  }
}
