package io.jdbcguard.driver.jdbc;

import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;

/** A Struct whose attributes come back guarded when they are JDBC objects. */
final class GuardedStruct extends ForwardingStruct {

  private final GuardedConnection connection;
  private final GuardedStatement owner;

  GuardedStruct(GuardedConnection connection, GuardedStatement owner, Struct delegate) {
    super(delegate);
    this.connection = connection;
    this.owner = owner;
  }

  @Override
  public Object[] getAttributes() throws SQLException {
    return (Object[]) JdbcValues.guard(connection, owner, delegate().getAttributes());
  }

  @Override
  public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
    return (Object[]) JdbcValues.guard(connection, owner, delegate().getAttributes(map));
  }
}
