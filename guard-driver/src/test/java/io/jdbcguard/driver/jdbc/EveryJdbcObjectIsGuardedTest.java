package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.driver.testing.Guarded;
import io.jdbcguard.driver.testing.Recorder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks, by reflection, from a guarded connection over recording stubs through every method of
 * every {@code java.sql} interface that returns a JDBC object (including {@code Object} and {@code
 * Object[]} values such as {@code getObject}, {@code getArray} and {@code getAttributes}), calls
 * each one, and proves that what comes back is a guarded object; it then walks on from there. A
 * new JDBC method or a new value type cannot hand out a raw object unnoticed.
 */
class EveryJdbcObjectIsGuardedTest {

  /** JDBC types with no method leading to SQL, a connection or data: harmless handed out raw. */
  private static final Set<Class<?>> INERT =
      Set.of(
          ResultSetMetaData.class,
          ParameterMetaData.class,
          Savepoint.class,
          RowId.class,
          SQLWarning.class);

  @Test
  void inertTypesHaveNoMethodReturningAJdbcObject() {
    for (Class<?> type : INERT) {
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass().getName().startsWith("java.sql.")
            && !m.getName().equals("unwrap")) {
          assertThat(isJdbcType(m.getReturnType()) && !INERT.contains(m.getReturnType()))
              .as("%s.%s", type.getSimpleName(), m.getName())
              .isFalse();
        }
      }
    }
  }

  @Test
  void everyMethodReturningAJdbcObjectReturnsAGuardedOne() throws Exception {
    Recorder recorder = new Recorder();
    Connection connection = Guarded.connection(recorder);
    Deque<Object> queue = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    Set<String> checked = new TreeSet<>();
    List<String> raw = new ArrayList<>();
    queue.add(connection);
    while (!queue.isEmpty()) {
      Object guarded = queue.poll();
      if (!seen.add(guarded.getClass())) {
        continue;
      }
      for (Class<?> type : jdbcInterfaces(guarded.getClass())) {
        for (Method m : type.getMethods()) {
          if (!returnsJdbcObjects(m) || m.getName().equals("unwrap")) {
            continue;
          }
          checked.add(type.getSimpleName() + "." + m.getName());
          Object result;
          try {
            result = m.invoke(guarded, arguments(m));
          } catch (InvocationTargetException e) {
            continue; // refused or unsupported: nothing handed out
          }
          for (Object value : values(result)) {
            if (!isGuarded(value)) {
              raw.add(type.getSimpleName() + "." + m.getName() + " -> " + value);
            } else if (!INERT.stream().anyMatch(t -> t.isInstance(value))) {
              queue.add(value);
            }
          }
        }
      }
    }
    assertThat(raw).isEmpty();
    assertThat(checked)
        .contains(
            "Connection.createArrayOf",
            "Connection.createBlob",
            "Connection.createStruct",
            "ResultSet.getArray",
            "ResultSet.getBlob",
            "ResultSet.getClob",
            "ResultSet.getNClob",
            "ResultSet.getSQLXML",
            "ResultSet.getRef",
            "CallableStatement.getArray",
            "CallableStatement.getObject",
            "Array.getResultSet",
            "Array.getArray",
            "Struct.getAttributes",
            "Ref.getObject",
            "DatabaseMetaData.getTables",
            "Statement.getConnection");
  }

  /** Values that are JDBC objects, whichever getter returns them, come back guarded. */
  @ParameterizedTest
  @ValueSource(
      classes = {
        ResultSet.class, Array.class, Blob.class, Clob.class, NClob.class, SQLXML.class,
        Struct.class, Ref.class
      })
  void valuesThatAreJdbcObjectsComeBackGuarded(Class<?> valueType) throws Exception {
    Recorder values = new Recorder();
    Object value = values.stub(valueType);
    values.answer("getObject", value).answer("getAttributes", new Object[] {value});
    values.answer("getArray", new Object[] {value});
    Connection connection = Guarded.connection(values);
    ResultSet rs = connection.createStatement().executeQuery("SELECT 1");
    CallableStatement call = connection.prepareCall("SELECT 1");
    List<Object> got = new ArrayList<>();
    got.add(rs.getObject(1));
    got.add(rs.getObject("c"));
    got.add(call.getObject(1));
    got.add(call.getObject("p"));
    got.addAll(Arrays.asList((Object[]) connection.createArrayOf("int", new Object[0]).getArray()));
    got.addAll(Arrays.asList(connection.createStruct("t", new Object[0]).getAttributes()));
    got.add(rs.getRef(1).getObject());
    assertThat(got).allSatisfy(v -> assertThat(isGuarded(v)).as("%s", v).isTrue());
    assertThat(got).allSatisfy(v -> assertThat(v).isInstanceOf(valueType));
  }

  private static boolean returnsJdbcObjects(Method m) {
    if (Modifier.isStatic(m.getModifiers())) {
      return false;
    }
    Class<?> r = m.getReturnType();
    return isJdbcType(r) || r == Object.class || r == Object[].class;
  }

  private static boolean isJdbcType(Class<?> type) {
    return type.isInterface() && type.getName().startsWith("java.sql.");
  }

  private static List<Class<?>> jdbcInterfaces(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (isJdbcType(i) && !out.contains(i)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  private static List<Object> values(Object result) {
    if (result == null) {
      return List.of();
    }
    if (result instanceof Object[]) {
      List<Object> out = new ArrayList<>();
      for (Object o : (Object[]) result) {
        out.addAll(values(o));
      }
      return out;
    }
    return jdbcInterfaces(result.getClass()).isEmpty() ? List.of() : List.of(result);
  }

  private static boolean isGuarded(Object value) {
    return value.getClass().getPackageName().equals("io.jdbcguard.driver.jdbc")
        || INERT.stream().anyMatch(t -> t.isInstance(value));
  }

  private static Object[] arguments(Method m) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (t == int.class) {
        args[i] = 1;
      } else if (t == long.class) {
        args[i] = 1L;
      } else if (t == boolean.class) {
        args[i] = false;
      } else if (t == String.class) {
        args[i] = "SELECT 1";
      } else if (t == String[].class) {
        args[i] = new String[0];
      } else if (t == int[].class) {
        args[i] = new int[0];
      } else if (t == Object[].class) {
        args[i] = new Object[0];
      } else if (t == Class.class) {
        args[i] = Object.class;
      } else if (t == java.util.Map.class) {
        args[i] = java.util.Map.of();
      } else {
        args[i] = null;
      }
    }
    return args;
  }
}
