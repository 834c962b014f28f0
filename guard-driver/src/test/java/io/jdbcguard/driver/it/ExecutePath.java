package io.jdbcguard.driver.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Every way a JDBC client can hand SQL to the database, each used with the statement to run. */
enum ExecutePath {
  EXECUTE((c, sql) -> c.createStatement().execute(sql)),
  EXECUTE_WITH_GENERATED_KEYS(
      (c, sql) -> c.createStatement().execute(sql, Statement.RETURN_GENERATED_KEYS)),
  EXECUTE_WITH_COLUMN_INDEXES((c, sql) -> c.createStatement().execute(sql, new int[] {1})),
  EXECUTE_WITH_COLUMN_NAMES((c, sql) -> c.createStatement().execute(sql, new String[] {"id"})),
  EXECUTE_UPDATE((c, sql) -> c.createStatement().executeUpdate(sql)),
  EXECUTE_UPDATE_WITH_GENERATED_KEYS(
      (c, sql) -> c.createStatement().executeUpdate(sql, Statement.RETURN_GENERATED_KEYS)),
  EXECUTE_UPDATE_WITH_COLUMN_INDEXES(
      (c, sql) -> c.createStatement().executeUpdate(sql, new int[] {1})),
  EXECUTE_UPDATE_WITH_COLUMN_NAMES(
      (c, sql) -> c.createStatement().executeUpdate(sql, new String[] {"id"})),
  EXECUTE_LARGE_UPDATE((c, sql) -> c.createStatement().executeLargeUpdate(sql)),
  EXECUTE_LARGE_UPDATE_WITH_GENERATED_KEYS(
      (c, sql) -> c.createStatement().executeLargeUpdate(sql, Statement.RETURN_GENERATED_KEYS)),
  EXECUTE_LARGE_UPDATE_WITH_COLUMN_INDEXES(
      (c, sql) -> c.createStatement().executeLargeUpdate(sql, new int[] {1})),
  EXECUTE_LARGE_UPDATE_WITH_COLUMN_NAMES(
      (c, sql) -> c.createStatement().executeLargeUpdate(sql, new String[] {"id"})),
  EXECUTE_QUERY((c, sql) -> c.createStatement().executeQuery(sql)),
  ADD_BATCH_THEN_EXECUTE_BATCH(
      (c, sql) -> {
        Statement statement = c.createStatement();
        statement.addBatch(sql);
        statement.executeBatch();
      }),
  ADD_BATCH_THEN_EXECUTE_LARGE_BATCH(
      (c, sql) -> {
        Statement statement = c.createStatement();
        statement.addBatch(sql);
        statement.executeLargeBatch();
      }),
  PREPARE_STATEMENT((c, sql) -> c.prepareStatement(sql).execute()),
  PREPARE_STATEMENT_WITH_GENERATED_KEYS(
      (c, sql) -> c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS).execute()),
  PREPARE_STATEMENT_WITH_COLUMN_INDEXES(
      (c, sql) -> c.prepareStatement(sql, new int[] {1}).execute()),
  PREPARE_STATEMENT_WITH_COLUMN_NAMES(
      (c, sql) -> c.prepareStatement(sql, new String[] {"id"}).execute()),
  PREPARE_STATEMENT_WITH_TYPE_AND_CONCURRENCY(
      (c, sql) ->
          c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)
              .execute()),
  PREPARE_STATEMENT_WITH_HOLDABILITY(
      (c, sql) ->
          c.prepareStatement(
                  sql,
                  ResultSet.TYPE_FORWARD_ONLY,
                  ResultSet.CONCUR_READ_ONLY,
                  ResultSet.CLOSE_CURSORS_AT_COMMIT)
              .execute()),
  PREPARED_STATEMENT_ADD_BATCH_THEN_EXECUTE_BATCH(
      (c, sql) -> {
        PreparedStatement prepared = c.prepareStatement(sql);
        prepared.addBatch();
        prepared.executeBatch();
      }),
  PREPARE_CALL((c, sql) -> c.prepareCall(sql).execute()),
  PREPARE_CALL_WITH_TYPE_AND_CONCURRENCY(
      (c, sql) ->
          c.prepareCall(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY).execute()),
  PREPARE_CALL_WITH_HOLDABILITY(
      (c, sql) ->
          c.prepareCall(
                  sql,
                  ResultSet.TYPE_FORWARD_ONLY,
                  ResultSet.CONCUR_READ_ONLY,
                  ResultSet.CLOSE_CURSORS_AT_COMMIT)
              .execute()),
  STRING_EXECUTE_ON_A_PREPARED_STATEMENT((c, sql) -> c.prepareStatement("SELECT 1").execute(sql)),
  STRING_ADD_BATCH_ON_A_PREPARED_STATEMENT(
      (c, sql) -> {
        PreparedStatement prepared = c.prepareStatement("SELECT 1");
        prepared.addBatch(sql);
        prepared.executeBatch();
      }),
  STATEMENT_GET_CONNECTION(
      (c, sql) -> c.createStatement().getConnection().createStatement().execute(sql)),
  RESULT_SET_GET_STATEMENT(
      (c, sql) -> c.createStatement().executeQuery("SELECT 1").getStatement().execute(sql)),
  RESULT_SET_GET_STATEMENT_GET_CONNECTION(
      (c, sql) ->
          c.createStatement()
              .executeQuery("SELECT 1")
              .getStatement()
              .getConnection()
              .prepareStatement(sql)
              .execute()),
  META_DATA_GET_CONNECTION(
      (c, sql) -> c.getMetaData().getConnection().createStatement().execute(sql)),
  META_DATA_RESULT_SET_GET_STATEMENT(
      (c, sql) -> {
        ResultSet tables = c.getMetaData().getTables(null, null, "%", null);
        Statement statement = tables.getStatement();
        Connection connection =
            statement == null ? c.getMetaData().getConnection() : statement.getConnection();
        connection.createStatement().execute(sql);
      });

  /** Runs one SQL string through one JDBC path. */
  @FunctionalInterface
  interface Run {
    void run(Connection connection, String sql) throws SQLException;
  }

  private final Run run;

  ExecutePath(Run run) {
    this.run = run;
  }

  void run(Connection connection, String sql) throws SQLException {
    run.run(connection, sql);
  }
}
