package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.testing.Guarded;
import io.jdbcguard.driver.testing.Recorder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What the guard leaves alone: it delegates, and a refusal changes nothing on the connection. */
class DelegationTest {

  private final Recorder recorder = new Recorder();
  private final Connection connection = Guarded.connection(recorder);

  @Test
  void blockedAddBatchLeavesTheBatchAsItWas() throws SQLException {
    Statement statement = connection.createStatement();
    recorder.clear();

    statement.addBatch("CREATE INDEX accounts_id ON accounts (id)");
    assertThatThrownBy(() -> statement.addBatch("DROP TABLE accounts"))
        .isInstanceOf(GuardViolationException.class);
    statement.executeBatch();

    assertThat(recorder.calls())
        .containsExactly("addBatch(CREATE INDEX accounts_id ON accounts (id))", "executeBatch()");
  }

  @Test
  void blockInsideATransactionNeitherCommitsNorRollsBack() throws SQLException {
    connection.setAutoCommit(false);
    Statement statement = connection.createStatement();
    statement.executeUpdate("INSERT INTO accounts (id) VALUES (1)");
    recorder.clear();

    assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM accounts"))
        .isInstanceOf(GuardViolationException.class);

    assertThat(recorder.calls()).isEmpty();
  }

  @Test
  void blockedPrepareNeverReachesTheServer() throws SQLException {
    assertThatThrownBy(() -> connection.prepareStatement("TRUNCATE accounts"))
        .isInstanceOf(GuardViolationException.class);

    assertThat(recorder.calls()).isEmpty();
  }

  @Test
  void preparedStatementRunsItsCheckedSqlWithoutCheckingAgain() throws SQLException {
    PreparedStatement prepared = connection.prepareStatement("SELECT ?");
    recorder.clear();

    prepared.setInt(1, 7);
    prepared.execute();
    prepared.executeUpdate();
    prepared.executeLargeUpdate();
    prepared.addBatch();
    prepared.executeBatch();
    prepared.executeLargeBatch();

    assertThat(recorder.calls())
        .containsExactly(
            "setInt(1, 7)",
            "execute()",
            "executeUpdate()",
            "executeLargeUpdate()",
            "addBatch()",
            "executeBatch()",
            "executeLargeBatch()");
  }

  @Test
  void nativeSqlOnlyTranslatesAndIsNotChecked() throws SQLException {
    connection.nativeSQL("DROP TABLE accounts");

    assertThat(recorder.calls()).containsExactly("nativeSQL(DROP TABLE accounts)");
  }

  @Test
  void closeAndTransactionControlDelegate() throws SQLException {
    Statement statement = connection.createStatement();
    connection.setAutoCommit(false);
    connection.setSavepoint("before");
    connection.rollback();
    connection.commit();
    statement.close();
    connection.close();
    connection.isClosed();

    assertThat(recorder.calls())
        .containsExactly(
            "createStatement()",
            "setAutoCommit(false)",
            "setSavepoint(before)",
            "rollback()",
            "commit()",
            "close()",
            "close()",
            "isClosed()");
  }

  @Test
  void nullSqlIsRefusedWithAnSqlException() {
    assertThatThrownBy(() -> connection.createStatement().execute(null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("null")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("HY009");
  }
}
