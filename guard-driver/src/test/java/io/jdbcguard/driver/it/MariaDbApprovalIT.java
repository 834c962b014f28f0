package io.jdbcguard.driver.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The approval gate against MariaDB, in a database of its own. */
class MariaDbApprovalIT extends ApprovalContract {

  @Override
  TestDatabases.Database server() {
    return TestDatabases.mariadb();
  }

  @Override
  String isolatedUrl(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String url = server().url();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
  }

  @Override
  void dropIsolated(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  @Override
  String switchAway() {
    return "USE " + server().url().replaceAll("^.*/([^/?]+).*$", "$1");
  }

  @Override
  Class<?> realDriver() {
    return org.mariadb.jdbc.Driver.class;
  }
}
