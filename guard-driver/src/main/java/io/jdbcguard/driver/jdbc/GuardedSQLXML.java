package io.jdbcguard.driver.jdbc;

import java.io.OutputStream;
import java.io.Writer;
import java.sql.SQLException;
import java.sql.SQLXML;
import javax.xml.transform.Result;

/**
 * An SQLXML value. Drivers only let a fresh one ({@code createSQLXML()}) be written, and writing it
 * fills a value to bind; under the read-only profile and sandbox mode that is refused too ({@link
 * LobWrites}).
 */
final class GuardedSQLXML extends ForwardingSQLXML {

  private final GuardedConnection connection;
  private final boolean fresh;

  GuardedSQLXML(GuardedConnection connection, SQLXML delegate, boolean fresh) {
    super(delegate);
    this.connection = connection;
    this.fresh = fresh;
  }

  @Override
  public OutputStream setBinaryStream() throws SQLException {
    return write("SQLXML.setBinaryStream", () -> delegate().setBinaryStream());
  }

  @Override
  public Writer setCharacterStream() throws SQLException {
    return write("SQLXML.setCharacterStream", () -> delegate().setCharacterStream());
  }

  @Override
  public void setString(String value) throws SQLException {
    write(
        "SQLXML.setString",
        () -> {
          delegate().setString(value);
          return null;
        });
  }

  @Override
  public <T extends Result> T setResult(Class<T> resultClass) throws SQLException {
    return write("SQLXML.setResult", () -> delegate().setResult(resultClass));
  }

  private <T> T write(String operation, Gate.Call<T> call) throws SQLException {
    return connection.lobWrites().write(connection.gate(), operation, fresh, call);
  }
}
