package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Dialect;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.SQLException;
import java.util.List;

/**
 * MariaDB Connector/J's reading (3.x), taken from the connector itself. It never cuts a string into
 * statements: with {@code allowMultiQueries} the server splits, with the lexer the guard follows.
 * But it reads the text on the client in two places, each with a lexer of its own:
 *
 * <ul>
 *   <li>{@code NativeSql.parse} rewrites JDBC escapes ({@code {fn ...}}, {@code {call ...}}, {@code
 *       {d ...}}) for statements with escape processing on and for every prepared statement;
 *   <li>{@code ClientParser.parameterParts} (or {@code rewritableParts} under {@code
 *       rewriteBatchedStatements}) finds the {@code ?} placeholders of a client-side prepared
 *       statement (the default, {@code useServerPrepStmts=false}) and the VALUES list a rewritten
 *       batch repeats; the bound values are then pasted into the text at those byte offsets.
 * </ul>
 *
 * <p>A placeholder the connector finds where the server sees a string or comment would paste a
 * bound value into the middle of a literal, where its quotes end the literal and the value runs
 * as SQL no rule saw. So a string agrees only when the connector's placeholders are exactly the
 * guard's (and, when batches are rewritten, its VALUES parentheses are real ones), before and after
 * escape processing, and escape processing keeps the guard's statement count. A string without
 * {@code ?} and {@code {} agrees without asking the connector.
 */
final class MariaDbReading implements ClientReading {

  static final String CLIENT_PARSER = "org.mariadb.jdbc.util.ClientParser";

  private final MethodHandle parameterParts;
  private final MethodHandle rewritableParts;
  private final MethodHandle paramPositions;
  private final MethodHandle valuesBrackets;
  /** {@code NativeSql.parse(sql, context)} bound to the connection's context. */
  private final MethodHandle nativeSql;
  private final boolean noBackslashEscapes;
  private final boolean rewriteBatches;
  private final Dialect dialect;

  private MariaDbReading(
      MethodHandle parameterParts,
      MethodHandle rewritableParts,
      MethodHandle paramPositions,
      MethodHandle valuesBrackets,
      MethodHandle nativeSql,
      boolean noBackslashEscapes,
      boolean rewriteBatches,
      Dialect dialect) {
    this.parameterParts = parameterParts;
    this.rewritableParts = rewritableParts;
    this.paramPositions = paramPositions;
    this.valuesBrackets = valuesBrackets;
    this.nativeSql = nativeSql;
    this.noBackslashEscapes = noBackslashEscapes;
    this.rewriteBatches = rewriteBatches;
    this.dialect = dialect;
  }

  /**
   * Binds the connector's parsers as the class loader of {@code connection} (an {@code
   * org.mariadb.jdbc.Connection}) sees them, with that connection's context and configuration.
   *
   * @throws ReflectiveOperationException if that connector has no such parsers (another version)
   */
  static MariaDbReading bind(Object connection, Dialect dialect) throws Throwable {
    ClassLoader loader = connection.getClass().getClassLoader();
    Class<?> nativeSqlClass = Class.forName("org.mariadb.jdbc.util.NativeSql", false, loader);
    Class<?> contextClass = Class.forName("org.mariadb.jdbc.client.Context", false, loader);
    Class<?> connectionClass = Class.forName("org.mariadb.jdbc.Connection", false, loader);
    Class<?> configurationClass = Class.forName("org.mariadb.jdbc.Configuration", false, loader);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Object context =
        lookup
            .findVirtual(connectionClass, "getContext", MethodType.methodType(contextClass))
            .invoke(connection);
    Object configuration =
        lookup
            .findVirtual(contextClass, "getConf", MethodType.methodType(configurationClass))
            .invoke(context);
    int serverStatus =
        (int)
            lookup
                .findVirtual(contextClass, "getServerStatus", MethodType.methodType(int.class))
                .invoke(context);
    boolean rewrite =
        (boolean)
            lookup
                .findVirtual(
                    configurationClass,
                    "rewriteBatchedStatements",
                    MethodType.methodType(boolean.class))
                .invoke(configuration);
    MethodHandle nativeSql =
        lookup.findStatic(
            nativeSqlClass,
            "parse",
            MethodType.methodType(String.class, String.class, contextClass));
    return forParser(
        loader,
        MethodHandles.insertArguments(nativeSql, 1, context),
        (serverStatus & 512) != 0, // SERVER_STATUS_NO_BACKSLASH_ESCAPES, as the connector reads it
        rewrite,
        dialect);
  }

  /**
   * The connector's placeholder parsers as {@code loader} sees them.
   *
   * @param nativeSql {@code NativeSql.parse} bound to a connection's context, or null to compare
   *     only the placeholders (then a string with JDBC escapes is a disagreement)
   */
  static MariaDbReading forParser(
      ClassLoader loader,
      MethodHandle nativeSql,
      boolean noBackslashEscapes,
      boolean rewriteBatches,
      Dialect dialect)
      throws ReflectiveOperationException {
    Class<?> parser = Class.forName(CLIENT_PARSER, false, loader);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodType parts = MethodType.methodType(parser, String.class, boolean.class);
    return new MariaDbReading(
        lookup.findStatic(parser, "parameterParts", parts),
        lookup.findStatic(parser, "rewritableParts", parts),
        lookup.findVirtual(parser, "getParamPositions", MethodType.methodType(List.class)),
        lookup.findVirtual(parser, "getValuesBracketPositions", MethodType.methodType(List.class)),
        nativeSql,
        noBackslashEscapes,
        rewriteBatches,
        dialect);
  }

  @Override
  public String disagreement(String sql) {
    boolean escapes = sql.indexOf('{') >= 0;
    if (!escapes && sql.indexOf('?') < 0) {
      return null;
    }
    try {
      String plain = placeholders(sql, "");
      if (plain != null || !escapes) {
        return plain;
      }
      if (nativeSql == null) {
        return "the guard cannot call MariaDB Connector/J's escape processing to compare";
      }
      String escaped;
      try {
        escaped = (String) nativeSql.invoke(sql);
      } catch (SQLException malformed) {
        return null; // the connector itself refuses to send it with escape processing on
      }
      if (GuardReading.statements(escaped, dialect, false).size()
          != GuardReading.statements(sql, dialect, false).size()) {
        return "MariaDB Connector/J's JDBC escape processing changes where its statements end";
      }
      return placeholders(escaped, " after its JDBC escape processing");
    } catch (Throwable e) {
      return "MariaDB Connector/J's parser failed on it (" + e.getClass().getSimpleName() + ")";
    }
  }

  private String placeholders(String sql, String how) throws Throwable {
    if (sql.indexOf('?') < 0) {
      return null;
    }
    List<Integer> guard = GuardReading.placeholderBytes(sql, dialect);
    if (GuardReading.placeholderAfterWord(sql, dialect)) {
      // x? b? n? _binary? : the pasted 'value' would become an x'' / b'' / N'' literal or take a
      // character set introducer, read with other quoting rules than a plain string
      return "MariaDB Connector/J would paste a bound value onto the word just before a ?" + how;
    }
    Object parts = parameterParts.invoke(sql, noBackslashEscapes);
    if (!guard.equals(paramPositions.invoke(parts))) {
      return mismatch(guard, (List<?>) paramPositions.invoke(parts), how);
    }
    if (rewriteBatches) {
      Object rewritable = rewritableParts.invoke(sql, noBackslashEscapes);
      if (!guard.equals(paramPositions.invoke(rewritable))) {
        return mismatch(guard, (List<?>) paramPositions.invoke(rewritable), how);
      }
      List<?> brackets = (List<?>) valuesBrackets.invoke(rewritable);
      if (brackets != null && !GuardReading.parenthesisBytes(sql, dialect).containsAll(brackets)) {
        return "MariaDB Connector/J would rewrite a batch of it around a parenthesis the server"
            + " reads as text" + how;
      }
    }
    return null;
  }

  private static String mismatch(List<Integer> guard, List<?> driver, String how) {
    return "MariaDB Connector/J finds "
        + driver.size()
        + " placeholder(s) to paste bound values into"
        + how
        + " where the guard finds "
        + guard.size()
        + (guard.size() == driver.size() ? " at other places" : "");
  }
}
