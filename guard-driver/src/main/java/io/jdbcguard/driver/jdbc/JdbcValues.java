package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.config.UnwrapPolicy;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Struct;
import java.util.Arrays;

/**
 * Guards the JDBC objects that arrive as values (columns, OUT parameters, array elements, struct
 * attributes, referenced values): result sets (a PostgreSQL {@code refcursor}), Array, Blob, Clob,
 * NClob, SQLXML, Struct and Ref. Each would otherwise lead back to the raw connection ({@code
 * Array.getResultSet().getStatement()}) or write to the database without the guard ({@code
 * Blob.setBytes}). Values that come from the database are not {@code fresh}.
 */
final class JdbcValues {

  private JdbcValues() {}

  /** {@code value} guarded if it is a JDBC object (or an array of them), else itself. */
  static Object guard(GuardedConnection connection, GuardedStatement owner, Object value) {
    if (value == null || isGuarded(value)) {
      return value;
    }
    if (value instanceof ResultSet) {
      return new GuardedResultSet(connection, owner, (ResultSet) value);
    }
    if (value instanceof Array) {
      return new GuardedArray(connection, owner, (Array) value);
    }
    if (value instanceof NClob) {
      return new GuardedNClob(connection, (NClob) value, false);
    }
    if (value instanceof Clob) {
      return new GuardedClob(connection, (Clob) value, false);
    }
    if (value instanceof Blob) {
      return new GuardedBlob(connection, (Blob) value, false);
    }
    if (value instanceof SQLXML) {
      return new GuardedSQLXML(connection, (SQLXML) value, false);
    }
    if (value instanceof Struct) {
      return new GuardedStruct(connection, owner, (Struct) value);
    }
    if (value instanceof Ref) {
      return new GuardedRef(connection, owner, (Ref) value);
    }
    if (value instanceof Object[]) {
      return elements(connection, owner, (Object[]) value);
    }
    return value;
  }

  /**
   * {@code value} as {@code type}, guarded if it is a JDBC object. A caller asking for a vendor
   * class gets the raw object only under {@code guard.unwrap=allow}.
   */
  static <T> T guard(GuardedConnection connection, GuardedStatement owner, Class<T> type, T value)
      throws SQLException {
    Object guarded = guard(connection, owner, value);
    if (guarded == value) {
      return value;
    }
    if (type.isInstance(guarded)) {
      return type.cast(guarded);
    }
    if (connection.unwrapPolicy() == UnwrapPolicy.ALLOW) {
      return value;
    }
    throw UnwrapPolicy.denied(value.getClass());
  }

  /** The driver's own object behind a guarded value, for binding it back into the driver. */
  @SuppressWarnings("unchecked")
  static <T> T raw(T value) {
    Object raw = value;
    if (value instanceof ForwardingArray) {
      raw = ((ForwardingArray) value).delegate();
    } else if (value instanceof ForwardingBlob) {
      raw = ((ForwardingBlob) value).delegate();
    } else if (value instanceof ForwardingClob) {
      raw = ((ForwardingClob) value).delegate();
    } else if (value instanceof ForwardingSQLXML) {
      raw = ((ForwardingSQLXML) value).delegate();
    } else if (value instanceof ForwardingStruct) {
      raw = ((ForwardingStruct) value).delegate();
    } else if (value instanceof ForwardingRef) {
      raw = ((ForwardingRef) value).delegate();
    }
    return (T) raw;
  }

  private static boolean isGuarded(Object value) {
    return value instanceof GuardedResultSet
        || value instanceof ForwardingArray
        || value instanceof ForwardingBlob
        || value instanceof ForwardingClob
        || value instanceof ForwardingSQLXML
        || value instanceof ForwardingStruct
        || value instanceof ForwardingRef;
  }

  private static Object elements(GuardedConnection connection, GuardedStatement owner, Object[] a) {
    Object[] copy = null;
    for (int i = 0; i < a.length; i++) {
      Object guarded = guard(connection, owner, a[i]);
      if (guarded != a[i]) {
        if (copy == null) {
          copy = a.clone();
        }
        try {
          copy[i] = guarded;
        } catch (ArrayStoreException vendorTyped) {
          copy = Arrays.copyOf(copy, copy.length, Object[].class);
          copy[i] = guarded;
        }
      }
    }
    return copy == null ? a : copy;
  }
}
