package io.jdbcguard.driver.jdbc;

import java.sql.Ref;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/** Passes every {@link Ref} method to the delegate; the overrides live in {@link GuardedRef}. */
abstract class ForwardingRef implements Ref {

  private final Ref delegate;

  ForwardingRef(Ref delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  Ref delegate() {
    return delegate;
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    return delegate.getBaseTypeName();
  }

  @Override
  public Object getObject(Map<String, Class<?>> map) throws SQLException {
    return delegate.getObject(map);
  }

  @Override
  public Object getObject() throws SQLException {
    return delegate.getObject();
  }

  @Override
  public void setObject(Object value) throws SQLException {
    delegate.setObject(value);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
