package io.jdbcguard.mcp;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The MCP server against PostgreSQL. */
class PostgresMcpIT extends McpServerContract {

  @Override
  String serverUrl() {
    return System.getenv().getOrDefault("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  @Override
  String user() {
    return System.getenv().getOrDefault("JDBC_GUARD_PG_USER", "postgres");
  }

  @Override
  String password() {
    return System.getenv().getOrDefault("JDBC_GUARD_PG_PASSWORD", "");
  }

  @Override
  String isolatedUrl(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    }
    return serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  @Override
  void dropIsolated(Connection raw, String name) throws SQLException {
    try (Statement s = raw.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  @Override
  String fill(String table, int n) {
    return "INSERT INTO " + table + " SELECT g, 1 FROM generate_series(1, " + n + ") g";
  }

  @Override
  String manyRows(int n) {
    return "SELECT g FROM generate_series(1, " + n + ") g";
  }
}
