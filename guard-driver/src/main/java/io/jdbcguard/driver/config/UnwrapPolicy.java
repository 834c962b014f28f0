package io.jdbcguard.driver.config;

import io.jdbcguard.driver.SqlStates;
import java.sql.SQLException;
import java.sql.Wrapper;
import java.util.Locale;

/**
 * What {@code unwrap(Class)} and {@code isWrapperFor(Class)} may hand out. The raw vendor objects
 * run SQL the guard never sees, so by default they stay inside.
 */
public enum UnwrapPolicy {
  /**
   * The default: answer only for the guarded wrapper itself and the JDBC interfaces it implements;
   * asking for anything else (e.g. {@code org.postgresql.PGConnection}) throws an SQLException that
   * explains how to allow it.
   */
  DENY("deny"),
  /** Delegate to the real driver's object: it is then the caller's job not to run SQL on it. */
  ALLOW("allow");

  private final String id;

  UnwrapPolicy(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * @throws IllegalArgumentException for anything but deny or allow (case-insensitive)
   */
  public static UnwrapPolicy fromId(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (UnwrapPolicy p : values()) {
      if (p.id.equals(v)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown unwrap policy '" + value + "'");
  }

  /** {@link Wrapper#unwrap} for a guarded wrapper over {@code delegate}. */
  public <T> T unwrap(Wrapper guarded, Wrapper delegate, Class<T> iface) throws SQLException {
    if (iface == null) {
      throw new SQLException("jdbc-guard: unwrap(null)", SqlStates.NULL_SQL);
    }
    if (iface.isInstance(guarded)) {
      return iface.cast(guarded);
    }
    if (this == ALLOW) {
      return delegate.unwrap(iface);
    }
    throw denied(iface);
  }

  /** {@link Wrapper#isWrapperFor} for a guarded wrapper over {@code delegate}. */
  public boolean isWrapperFor(Wrapper guarded, Wrapper delegate, Class<?> iface)
      throws SQLException {
    if (iface == null) {
      return false;
    }
    return iface.isInstance(guarded) || (this == ALLOW && delegate.isWrapperFor(iface));
  }

  /** The refusal to hand out {@code type}: names the type and how to allow it. */
  public static SQLException denied(Class<?> type) {
    return new SQLException(
        "jdbc-guard: refusing to hand out the raw "
            + type.getName()
            + ": statements run on it would bypass the guard. Set guard.unwrap=allow (URL"
            + " parameter or connection property) if you accept that.",
        SqlStates.UNWRAP_DENIED);
  }

  @Override
  public String toString() {
    return id;
  }
}
