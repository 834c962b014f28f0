package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.config.UnwrapPolicy;
import io.jdbcguard.driver.config.WritePolicy;
import io.jdbcguard.driver.testing.Recorder;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Profile;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLXML;
import org.junit.jupiter.api.Test;

/** Writes through LOB objects, decided without the database: the stub records what reached it. */
class LobWritesTest {

  private final Recorder recorder = new Recorder();

  private Connection connection(Action lobWrite, Profile profile, boolean sandbox) {
    Connection raw = recorder.stub(Connection.class);
    Gate gate =
        Gate.create(
            GuardEngine.forDialect(Dialect.POSTGRES), new AuditLog(), "t-1", raw, WritePolicy.DEFAULT);
    return new GuardedConnection(raw, gate, UnwrapPolicy.DENY, lobWrite, profile, sandbox, null);
  }

  private Blob storedBlob(Connection c) throws SQLException {
    ResultSet rs = c.createStatement().executeQuery("SELECT doc FROM t WHERE id = 1");
    recorder.clear();
    return rs.getBlob(1);
  }

  @Test
  void refusesWritesThroughALobReadFromTheDatabase() throws SQLException {
    Connection c = connection(Action.BLOCK, Profile.AGENT, false);
    Blob blob = storedBlob(c);
    Clob clob = c.createStatement().executeQuery("SELECT 1").getClob(1);
    recorder.clear();
    assertThatThrownBy(() -> blob.setBytes(1, new byte[] {1}))
        .isInstanceOf(GuardViolationException.class)
        .hasMessageStartingWith("[lob-write]")
        .hasMessageContaining("UPDATE t SET doc = ? WHERE id = ?")
        .hasMessageContaining("guard.rule.lob-write=allow");
    assertThatThrownBy(() -> clob.truncate(0)).isInstanceOf(GuardViolationException.class);
    assertThatThrownBy(() -> clob.setCharacterStream(1))
        .isInstanceOf(GuardViolationException.class);
    assertThat(recorder.calls()).isEmpty();
    blob.getBytes(1, 1); // reading is fine
    assertThat(recorder.calls()).containsExactly("getBytes(1, 1)");
  }

  @Test
  void warnsAndWritesWhenConfiguredToWarn() throws SQLException {
    Connection c = connection(Action.WARN, Profile.AUDIT, false);
    Blob stored = storedBlob(c);
    recorder.clear();
    stored.setBytes(1, new byte[0]);
    assertThat(recorder.calls()).hasSize(1).first().asString().startsWith("setBytes(");
  }

  @Test
  void fillsAFreshLobUnderTheAgentProfile() throws SQLException {
    Connection c = connection(Action.BLOCK, Profile.AGENT, false);
    Blob fresh = c.createBlob();
    SQLXML xml = c.createSQLXML();
    recorder.clear();
    fresh.setBytes(1, new byte[0]);
    xml.setString("<a/>");
    assertThat(recorder.calls()).hasSize(2);
  }

  @Test
  void writesThroughNoLobUnderReadOnlyOrSandbox() throws SQLException {
    for (Connection c :
        new Connection[] {
          connection(Action.ALLOW, Profile.READ_ONLY, false),
          connection(Action.ALLOW, Profile.AGENT, true)
        }) {
      Blob fresh = c.createBlob();
      SQLXML xml = c.createSQLXML();
      Blob stored = storedBlob(c);
      recorder.clear();
      assertThatThrownBy(() -> fresh.setBytes(1, new byte[0]))
          .isInstanceOf(GuardViolationException.class)
          .hasMessageStartingWith("[lob-write]")
          .hasMessageNotContaining("guard.rule.lob-write=allow");
      assertThatThrownBy(() -> xml.setString("<a/>")).isInstanceOf(GuardViolationException.class);
      assertThatThrownBy(() -> stored.setBinaryStream(1))
          .isInstanceOf(GuardViolationException.class);
      assertThat(recorder.calls()).isEmpty();
    }
  }

  @Test
  void bindsTheDriversOwnObjectBack() throws SQLException {
    Connection c = connection(Action.BLOCK, Profile.AGENT, false);
    Blob fresh = c.createBlob();
    java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO t (doc) VALUES (?)");
    recorder.clear();
    p.setBlob(1, fresh);
    assertThat(recorder.calls()).hasSize(1).first().asString().contains("stub Blob");
  }
}
