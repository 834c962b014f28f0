package io.jdbcguard.driver.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The approval gate against PostgreSQL, in a schema of its own. */
class PostgresApprovalIT extends ApprovalContract {

  @Override
  TestDatabases.Database server() {
    return TestDatabases.postgres();
  }

  @Override
  String isolatedUrl(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    }
    String url = server().url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  @Override
  void dropIsolated(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  @Override
  String switchAway() {
    return "SET search_path TO public";
  }

  @Override
  Class<?> realDriver() {
    return org.postgresql.Driver.class;
  }
}
