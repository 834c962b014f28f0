package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.testing.Guarded;
import io.jdbcguard.driver.testing.Recorder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists, by reflection, every method of {@link Connection}, {@link Statement}, {@link
 * PreparedStatement} and {@link CallableStatement} whose name starts with {@code execute}, {@code
 * addBatch} or {@code prepare} and that takes a String, and proves that each one is gated on the
 * guarded wrapper: a new JDBC overload cannot slip past.
 */
class EverySqlTakingMethodIsGatedTest {

  private static final String BLOCKED = "DROP TABLE accounts";
  private static final String ALLOWED = "SELECT 1";
  private static final List<Class<?>> TYPES =
      List.of(Connection.class, Statement.class, PreparedStatement.class, CallableStatement.class);

  static Stream<Arguments> sqlTakingMethods() {
    return TYPES.stream()
        .flatMap(
            type ->
                Arrays.stream(type.getMethods())
                    .filter(EverySqlTakingMethodIsGatedTest::takesSql)
                    .sorted(Comparator.comparing(Method::toGenericString))
                    .map(m -> Arguments.of(type.getSimpleName(), signature(m), type, m)));
  }

  private static boolean takesSql(Method m) {
    String name = m.getName();
    return (name.startsWith("execute") || name.startsWith("addBatch") || name.startsWith("prepare"))
        && Arrays.asList(m.getParameterTypes()).contains(String.class);
  }

  @Test
  void findsEveryKnownSqlTakingOverload() {
    // 9 on Connection (6 prepareStatement, 3 prepareCall); 14 on each statement type (4 execute,
    // 4 executeUpdate, 4 executeLargeUpdate, executeQuery, addBatch).
    List<String> found =
        sqlTakingMethods().map(a -> a.get()[0] + "." + a.get()[1]).collect(Collectors.toList());
    assertThat(found).hasSizeGreaterThanOrEqualTo(9 + 3 * 14);
    assertThat(found)
        .contains(
            "Connection.prepareStatement(String, int, int, int)",
            "Statement.executeLargeUpdate(String, String[])",
            "PreparedStatement.addBatch(String)",
            "CallableStatement.executeQuery(String)");
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("sqlTakingMethods")
  void refusesBlockedSqlBeforeTheDelegateSeesAnything(
      String typeName, String signature, Class<?> type, Method method) throws Exception {
    Recorder recorder = new Recorder();
    Object wrapper = guardedInstance(type, recorder);

    Throwable thrown = invoke(method, wrapper, BLOCKED);

    assertThat(thrown).isInstanceOf(GuardViolationException.class);
    assertThat(((SQLException) thrown).getSQLState()).isEqualTo("42JG1");
    assertThat(recorder.calls()).isEmpty();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("sqlTakingMethods")
  void passesAllowedSqlToTheSameMethodOfTheDelegate(
      String typeName, String signature, Class<?> type, Method method) throws Exception {
    Recorder recorder = new Recorder();
    Object wrapper = guardedInstance(type, recorder);
    Object[] args = arguments(method, ALLOWED);

    Throwable thrown = invoke(method, wrapper, ALLOWED);

    assertThat(thrown).isNull();
    assertThat(recorder.calls()).containsExactly(Recorder.describe(method, args));
  }

  /** A guarded object of {@code type} over a recording stub; the recorder is cleared afterwards. */
  private static Object guardedInstance(Class<?> type, Recorder recorder) throws SQLException {
    Connection connection = Guarded.connection(recorder);
    Object wrapper;
    if (type == Connection.class) {
      wrapper = connection;
    } else if (type == Statement.class) {
      wrapper = connection.createStatement();
    } else if (type == PreparedStatement.class) {
      wrapper = connection.prepareStatement(ALLOWED);
    } else {
      wrapper = connection.prepareCall(ALLOWED);
    }
    assertThat(wrapper).isInstanceOf(type);
    recorder.clear();
    return wrapper;
  }

  /** Calls {@code method} with {@code sql} for the String parameter; returns what it threw. */
  private static Throwable invoke(Method method, Object target, String sql) throws Exception {
    try {
      method.invoke(target, arguments(method, sql));
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private static Object[] arguments(Method method, String sql) {
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == String.class) {
        args[i] = sql;
      } else if (types[i] == int.class) {
        args[i] = i == 1 ? Statement.RETURN_GENERATED_KEYS : 0;
      } else if (types[i] == int[].class) {
        args[i] = new int[] {1};
      } else if (types[i] == String[].class) {
        args[i] = new String[] {"id"};
      } else {
        throw new AssertionError("no sample argument for " + types[i] + " in " + method);
      }
    }
    return args;
  }

  private static String signature(Method m) {
    return m.getName()
        + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
