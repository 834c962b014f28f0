package io.jdbcguard.mcp;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The MCP server against MariaDB. */
class MariaDbMcpIT extends McpServerContract {

  @Override
  String serverUrl() {
    return System.getenv().getOrDefault("JDBC_GUARD_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
  }

  @Override
  String user() {
    return System.getenv().getOrDefault("JDBC_GUARD_MARIADB_USER", "root");
  }

  @Override
  String password() {
    return System.getenv().getOrDefault("JDBC_GUARD_MARIADB_PASSWORD", "");
  }

  @Override
  String isolatedUrl(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    String url = serverUrl();
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
  String fill(String table, int n) {
    return "INSERT INTO " + table + " SELECT seq, 1 FROM seq_1_to_" + n;
  }

  @Override
  String manyRows(int n) {
    return "SELECT seq FROM seq_1_to_" + n;
  }
}
