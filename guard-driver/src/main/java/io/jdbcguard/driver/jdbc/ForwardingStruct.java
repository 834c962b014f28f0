package io.jdbcguard.driver.jdbc;

import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;
import java.util.Objects;

/** Passes every {@link Struct} method to the delegate; overrides live in {@link GuardedStruct}. */
abstract class ForwardingStruct implements Struct {

  private final Struct delegate;

  ForwardingStruct(Struct delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  Struct delegate() {
    return delegate;
  }

  @Override
  public String getSQLTypeName() throws SQLException {
    return delegate.getSQLTypeName();
  }

  @Override
  public Object[] getAttributes() throws SQLException {
    return delegate.getAttributes();
  }

  @Override
  public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
    return delegate.getAttributes(map);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
