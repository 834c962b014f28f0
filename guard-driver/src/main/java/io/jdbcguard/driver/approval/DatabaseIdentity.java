package io.jdbcguard.driver.approval;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What an approval id binds a statement to: the server as it reports itself (PostgreSQL's cluster
 * system identifier, MySQL/MariaDB's host name and port), and the database and schema the caller's
 * session is in when it sends the statement ({@code DROP TABLE t} in another schema is another
 * statement).
 */
final class DatabaseIdentity {

  private DatabaseIdentity() {}

  /** The server part, asked on the guard's internal connection (a failing probe harms no one). */
  static String server(Connection internal, Dialect family) {
    switch (family) {
      case POSTGRES:
        String id = first(internal, "SELECT system_identifier::text FROM pg_control_system()");
        return id != null
            ? "cluster " + id
            : "server " + first(internal, "SELECT inet_server_addr()::text || ':' || inet_server_port()");
      case MYSQL:
        return "server " + first(internal, "SELECT CONCAT(@@hostname, ':', @@port)");
      default:
        try {
          String url = internal.getMetaData().getURL();
          return "url " + (url == null ? "" : url.replaceAll("[?;].*$", ""));
        } catch (SQLException e) {
          return "url unknown";
        }
    }
  }

  /**
   * The whole identity: the family, the server part, and the caller's current database and schema.
   *
   * @throws SQLException if the caller's connection cannot say where it is (for example in an
   *     aborted transaction): then no approval applies
   */
  static String of(Dialect family, String server, Connection caller) throws SQLException {
    return family.id() + " " + server + " database=" + caller.getCatalog() + " schema=" + caller.getSchema();
  }

  private static String first(Connection c, String sql) {
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(10);
      try (ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      return null;
    }
  }
}
