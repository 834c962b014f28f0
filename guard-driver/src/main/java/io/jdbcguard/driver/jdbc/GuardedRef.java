package io.jdbcguard.driver.jdbc;

import java.sql.Ref;
import java.sql.SQLException;
import java.util.Map;

/**
 * A Ref whose referenced value comes back guarded, and whose {@code setObject} (which writes the
 * referenced value in the database) is a {@link LobWrites} decision.
 */
final class GuardedRef extends ForwardingRef {

  private final GuardedConnection connection;
  private final GuardedStatement owner;

  GuardedRef(GuardedConnection connection, GuardedStatement owner, Ref delegate) {
    super(delegate);
    this.connection = connection;
    this.owner = owner;
  }

  @Override
  public Object getObject() throws SQLException {
    return JdbcValues.guard(connection, owner, delegate().getObject());
  }

  @Override
  public Object getObject(Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, owner, delegate().getObject(map));
  }

  @Override
  public void setObject(Object value) throws SQLException {
    connection
        .lobWrites()
        .write(
            connection.gate(),
            "Ref.setObject",
            false,
            () -> {
              delegate().setObject(JdbcValues.raw(value));
              return null;
            });
  }
}
