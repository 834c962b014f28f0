package io.jdbcguard.driver.jdbc;

import java.io.OutputStream;
import java.io.Writer;
import java.sql.Clob;
import java.sql.SQLException;

/** A Clob whose writes are {@link LobWrites} decisions. */
class GuardedClob extends ForwardingClob {

  private final GuardedConnection connection;
  private final boolean fresh;

  GuardedClob(GuardedConnection connection, Clob delegate, boolean fresh) {
    super(delegate);
    this.connection = connection;
    this.fresh = fresh;
  }

  @Override
  public int setString(long pos, String str) throws SQLException {
    return write("Clob.setString", () -> delegate().setString(pos, str));
  }

  @Override
  public int setString(long pos, String str, int offset, int len) throws SQLException {
    return write("Clob.setString", () -> delegate().setString(pos, str, offset, len));
  }

  @Override
  public OutputStream setAsciiStream(long pos) throws SQLException {
    return write("Clob.setAsciiStream", () -> delegate().setAsciiStream(pos));
  }

  @Override
  public Writer setCharacterStream(long pos) throws SQLException {
    return write("Clob.setCharacterStream", () -> delegate().setCharacterStream(pos));
  }

  @Override
  public void truncate(long len) throws SQLException {
    write(
        "Clob.truncate",
        () -> {
          delegate().truncate(len);
          return null;
        });
  }

  @Override
  public long position(Clob pattern, long start) throws SQLException {
    return delegate().position(JdbcValues.raw(pattern), start);
  }

  private <T> T write(String operation, Gate.Call<T> call) throws SQLException {
    return connection.lobWrites().write(connection.gate(), operation, fresh, call);
  }
}
