package io.jdbcguard.driver.testing;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Hand-written recording stubs for JDBC interfaces (a reflection proxy: fine in tests, never in
 * production). Every call on any stub made by one recorder is appended to {@link #calls()} as
 * {@code method(arg, ...)}, so a test can assert "the database saw nothing". Methods returning a
 * JDBC interface return a new stub; primitives return zero or false; the rest null, unless {@link
 * #answer} says otherwise.
 */
public final class Recorder {

  private final List<String> calls = new ArrayList<>();
  private final Map<String, Object> answers = new HashMap<>();

  /** A stub implementing {@code iface} and any {@code extra} interfaces. */
  public <T> T stub(Class<T> iface, Class<?>... extra) {
    Class<?>[] interfaces = new Class<?>[extra.length + 1];
    interfaces[0] = iface;
    System.arraycopy(extra, 0, interfaces, 1, extra.length);
    InvocationHandler handler = (proxy, method, args) -> handle(iface, proxy, method, args);
    return iface.cast(Proxy.newProxyInstance(Recorder.class.getClassLoader(), interfaces, handler));
  }

  /** Makes every stub answer {@code methodName} calls with {@code value}. */
  public Recorder answer(String methodName, Object value) {
    answers.put(methodName, value);
    return this;
  }

  /** Every call so far, oldest first; object methods and unwrap bookkeeping are not recorded. */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public synchronized void clear() {
    calls.clear();
  }

  private Object handle(Class<?> iface, Object proxy, Method method, Object[] args)
      throws SQLException {
    switch (method.getName()) {
      case "toString":
        if (method.getParameterCount() == 0) {
          return "stub " + iface.getSimpleName();
        }
        break;
      case "hashCode":
        if (method.getParameterCount() == 0) {
          return System.identityHashCode(proxy);
        }
        break;
      case "equals":
        if (method.getParameterCount() == 1) {
          return proxy == args[0];
        }
        break;
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        throw new SQLException("stub is not a " + args[0]);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(proxy);
      default:
        break;
    }
    synchronized (this) {
      calls.add(describe(method, args));
    }
    if (answers.containsKey(method.getName())) {
      return answers.get(method.getName());
    }
    return defaultValue(method.getReturnType());
  }

  private Object defaultValue(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == short.class || type == byte.class || type == float.class || type == double.class) {
      return Array.get(Array.newInstance(type, 1), 0);
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.isInterface() && type.getName().startsWith("java.sql.")) {
      return stub(type);
    }
    return null;
  }

  /** {@code method(arg, ...)} with arrays spelled out. */
  public static String describe(Method method, Object[] args) {
    String arguments =
        args == null
            ? ""
            : Arrays.stream(args).map(Recorder::format).collect(Collectors.joining(", "));
    return method.getName() + "(" + arguments + ")";
  }

  private static String format(Object arg) {
    if (arg instanceof int[]) {
      return Arrays.toString((int[]) arg);
    }
    if (arg instanceof Object[]) {
      return Arrays.toString((Object[]) arg);
    }
    return String.valueOf(arg);
  }
}
