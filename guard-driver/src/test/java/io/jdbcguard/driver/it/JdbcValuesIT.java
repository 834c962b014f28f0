package io.jdbcguard.driver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.GuardViolationException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDBC values the real drivers hand out come back guarded: an Array's result set leads back
 * only to guarded objects, and writes through a Blob or Clob read from the database (PostgreSQL
 * large objects are written at once) are refused as {@code [lob-write]} in the agent, read-only
 * and sandbox settings and under {@code guard.protect}; the stored value is unchanged. Fresh LOBs
 * from {@code createBlob()} still bind into a checked INSERT, except under read-only and sandbox.
 */
class JdbcValuesIT {

  private static final String[] SETTINGS = {
    "", "guard.profile=read-only", "guard.mode=sandbox", "guard.protect=*test*",
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void postgresLargeObjectsAreNotWrittenThroughTheGuard(int setting) throws SQLException {
    TestDatabases.Database pg = TestDatabases.postgres();
    String table = table();
    long oid;
    try (Connection raw = pg.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, doc oid, txt text)");
      try (ResultSet rs = s.executeQuery("SELECT lo_from_bytea(0, 'hello'::bytea)")) {
        rs.next();
        oid = rs.getLong(1);
      }
      s.execute("INSERT INTO " + table + " VALUES (1, " + oid + ", 'text')");
    }
    try (Connection c = connect(pg, SETTINGS[setting])) {
      c.setAutoCommit(false); // pgjdbc opens large objects only inside a transaction
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT doc FROM " + table + " WHERE id = 1")) {
        assertThat(rs.next()).isTrue();
        Blob blob = rs.getBlob(1);
        assertThat(blob.getBytes(1, 5)).isEqualTo(bytes("hello"));
        assertLobWrite(() -> blob.setBytes(1, bytes("XXXXX")));
        assertLobWrite(() -> blob.setBytes(1, bytes("XXXXX"), 0, 2));
        assertLobWrite(() -> blob.truncate(1));
        assertLobWrite(() -> blob.setBinaryStream(1));
        Object asObject = rs.getObject(1); // an oid column reads as a number, not a Blob
        assertThat(asObject).isNotInstanceOf(Blob.class);
      }
      c.rollback();
      arraysLeadOnlyToGuardedObjects(c);
      freshBlob(c, table, setting);
      c.rollback();
    } finally {
      try (Connection raw = pg.raw(); Statement s = raw.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT lo_get(" + oid + ")")) {
          rs.next();
          assertThat(rs.getBytes(1)).isEqualTo(bytes("hello"));
        } finally {
          s.execute("SELECT lo_unlink(" + oid + ")");
          s.execute("DROP TABLE " + table);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void mariaDbBlobsAndClobsAreNotWrittenThroughTheGuard(int setting) throws SQLException {
    TestDatabases.Database maria = TestDatabases.mariadb();
    String table = table();
    try (Connection raw = maria.raw(); Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, b blob, t text)");
      s.execute("INSERT INTO " + table + " VALUES (1, 'hello', 'world')");
    }
    try (Connection c = connect(maria, SETTINGS[setting]);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT b, t FROM " + table + " WHERE id = 1")) {
      assertThat(rs.next()).isTrue();
      Blob blob = rs.getBlob(1);
      Clob clob = rs.getClob(2);
      assertThat(blob.getBytes(1, 5)).isEqualTo(bytes("hello"));
      assertThat(clob.getSubString(1, 5)).isEqualTo("world");
      assertLobWrite(() -> blob.setBytes(1, bytes("XX")));
      assertLobWrite(() -> blob.truncate(1));
      assertLobWrite(() -> clob.setString(1, "XX"));
      assertLobWrite(() -> clob.setCharacterStream(1));
      assertLobWrite(() -> clob.setAsciiStream(1));
      assertLobWrite(() -> clob.truncate(1));
      Object asObject = rs.getObject(1);
      if (asObject instanceof Blob) {
        assertLobWrite(() -> ((Blob) asObject).setBytes(1, bytes("XX")));
      }
      freshBlob(c, table, setting);
    } finally {
      try (Connection raw = maria.raw(); Statement s = raw.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT b, t FROM " + table + " WHERE id = 1")) {
          rs.next();
          assertThat(rs.getBytes(1)).isEqualTo(bytes("hello"));
          assertThat(rs.getString(2)).isEqualTo("world");
        } finally {
          s.execute("DROP TABLE " + table);
        }
      }
    }
  }

  /** The leak: Array.getResultSet().getStatement().getConnection() was the raw one. */
  private static void arraysLeadOnlyToGuardedObjects(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ARRAY[1, 2, 3]")) {
      assertThat(rs.next()).isTrue();
      Array array = rs.getArray(1);
      assertThat(array.getClass().getPackageName()).isEqualTo("io.jdbcguard.driver.jdbc");
      try (ResultSet elements = array.getResultSet()) {
        assertThat(elements.getStatement()).isSameAs(s);
        assertThat(elements.getStatement().getConnection()).isSameAs(c);
        assertThat(elements.next()).isTrue();
      }
      assertThat((Integer[]) array.getArray()).containsExactly(1, 2, 3);
    }
    Array created = c.createArrayOf("int4", new Object[] {4, 5});
    try (ResultSet elements = created.getResultSet()) {
      Statement owner = elements.getStatement();
      assertThat(owner == null || owner.getConnection() == c).isTrue();
    }
    try (PreparedStatement p = c.prepareStatement("SELECT cardinality(?::int4[])")) {
      p.setArray(1, created); // the driver gets its own Array back
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  /** A fresh Blob fills a value for a checked INSERT; read-only and sandbox write through none. */
  private static void freshBlob(Connection c, String table, int setting) throws SQLException {
    boolean nothingWritten = setting == 1 || setting == 2;
    Blob fresh;
    try {
      fresh = c.createBlob();
    } catch (java.sql.SQLFeatureNotSupportedException pgjdbc) {
      return; // pgjdbc has no fresh LOBs (createBlob is not implemented)
    } catch (SQLException readOnlySession) {
      assertThat(nothingWritten).as("createBlob failed: %s", readOnlySession).isTrue();
      return; // PostgreSQL creates the large object at once, which a read-only session refuses
    }
    if (nothingWritten) {
      assertLobWrite(() -> fresh.setBytes(1, bytes("new")));
      return;
    }
    fresh.setBytes(1, bytes("new"));
    String column = c.getMetaData().getDatabaseProductName().contains("PostgreSQL") ? "doc" : "b";
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO " + table + " (id, " + column + ") VALUES (2, ?)")) {
      p.setBlob(1, fresh);
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM " + table + " WHERE id = 2");
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertLobWrite(Call call) {
    assertThatThrownBy(call::run)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageContaining("[lob-write]")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42JG1");
  }

  private static Connection connect(TestDatabases.Database db, String settings)
      throws SQLException {
    String url = db.guardUrl();
    if (!settings.isEmpty()) {
      url += (url.contains("?") ? "&" : "?") + settings;
    }
    return DriverManager.getConnection(url, db.user(), db.password());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String table() {
    return "guard_values_" + UUID.randomUUID().toString().substring(0, 8);
  }
}
