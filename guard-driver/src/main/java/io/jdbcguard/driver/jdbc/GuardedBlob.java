package io.jdbcguard.driver.jdbc;

import java.io.OutputStream;
import java.sql.Blob;
import java.sql.SQLException;

/** A Blob whose writes are {@link LobWrites} decisions. */
final class GuardedBlob extends ForwardingBlob {

  private final GuardedConnection connection;
  private final boolean fresh;

  GuardedBlob(GuardedConnection connection, Blob delegate, boolean fresh) {
    super(delegate);
    this.connection = connection;
    this.fresh = fresh;
  }

  @Override
  public int setBytes(long pos, byte[] bytes) throws SQLException {
    return write("Blob.setBytes", () -> delegate().setBytes(pos, bytes));
  }

  @Override
  public int setBytes(long pos, byte[] bytes, int offset, int len) throws SQLException {
    return write("Blob.setBytes", () -> delegate().setBytes(pos, bytes, offset, len));
  }

  @Override
  public OutputStream setBinaryStream(long pos) throws SQLException {
    return write("Blob.setBinaryStream", () -> delegate().setBinaryStream(pos));
  }

  @Override
  public void truncate(long len) throws SQLException {
    write(
        "Blob.truncate",
        () -> {
          delegate().truncate(len);
          return null;
        });
  }

  @Override
  public long position(Blob pattern, long start) throws SQLException {
    return delegate().position(JdbcValues.raw(pattern), start);
  }

  private <T> T write(String operation, Gate.Call<T> call) throws SQLException {
    return connection.lobWrites().write(connection.gate(), operation, fresh, call);
  }
}
