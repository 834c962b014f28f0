package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.driver.testing.Guarded;
import io.jdbcguard.driver.testing.Recorder;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** No path from a guarded object leads back to a raw one. */
class BackReferencesTest {

  private final Recorder recorder = new Recorder();
  private final Connection connection = Guarded.connection(recorder);

  @Test
  void statementGetConnectionReturnsTheSameGuardedConnection() throws SQLException {
    Statement statement = connection.createStatement();
    Statement scrollable =
        connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);

    assertThat(statement.getConnection()).isSameAs(connection).isSameAs(statement.getConnection());
    assertThat(scrollable.getConnection()).isSameAs(connection);
  }

  @Test
  void preparedAndCallableStatementsLeadBackToTheGuardedConnection() throws SQLException {
    PreparedStatement prepared = connection.prepareStatement("SELECT 1");
    CallableStatement callable = connection.prepareCall("SELECT 1");

    assertThat(prepared.getConnection()).isSameAs(connection);
    assertThat(callable.getConnection()).isSameAs(connection);
  }

  @Test
  void resultSetsOfAStatementLeadBackToThatGuardedStatement() throws SQLException {
    Statement statement = connection.createStatement();

    assertThat(statement.executeQuery("SELECT 1").getStatement()).isSameAs(statement);
    assertThat(statement.getResultSet().getStatement()).isSameAs(statement);
    assertThat(statement.getGeneratedKeys().getStatement()).isSameAs(statement);
  }

  @Test
  void resultSetOfAPreparedStatementLeadsBackToIt() throws SQLException {
    PreparedStatement prepared = connection.prepareStatement("SELECT 1");

    assertThat(prepared.executeQuery().getStatement()).isSameAs(prepared);
    assertThat(prepared.getResultSet().getStatement()).isSameAs(prepared);
  }

  @Test
  void metaDataGetConnectionReturnsTheGuardedConnection() throws SQLException {
    assertThat(connection.getMetaData().getConnection()).isSameAs(connection);
  }

  @Test
  void metaDataResultSetsLeadOnlyToGuardedObjects() throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();

    ResultSet tables = metaData.getTables(null, null, "%", null);

    assertThat(tables).isInstanceOf(GuardedResultSet.class);
    assertThat(tables.getStatement()).isInstanceOf(GuardedStatement.class);
    assertThat(tables.getStatement().getConnection()).isSameAs(connection);
  }

  @Test
  void refcursorOutParametersComeBackGuarded() throws SQLException {
    Recorder cursors = new Recorder().answer("getObject", new Recorder().stub(ResultSet.class));
    Connection guarded = Guarded.connection(cursors);
    CallableStatement callable = guarded.prepareCall("SELECT 1");

    Object cursor = callable.getObject(1);
    ResultSet typed = callable.getObject(1, ResultSet.class);

    assertThat(cursor).isInstanceOf(GuardedResultSet.class);
    assertThat(((ResultSet) cursor).getStatement()).isSameAs(callable);
    assertThat(typed.getStatement()).isSameAs(callable);
  }

  @Test
  void resultSetValuesThatAreResultSetsComeBackGuarded() throws SQLException {
    Recorder cursors = new Recorder().answer("getObject", new Recorder().stub(ResultSet.class));
    Statement statement = Guarded.connection(cursors).createStatement();
    ResultSet outer = statement.executeQuery("SELECT 1");

    Object inner = outer.getObject("cursor");

    assertThat(inner).isInstanceOf(GuardedResultSet.class);
    assertThat(((ResultSet) inner).getStatement()).isSameAs(statement);
  }
}
