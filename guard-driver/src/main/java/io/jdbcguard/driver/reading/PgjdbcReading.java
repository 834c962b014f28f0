package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Dialect;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * pgjdbc's reading, taken from pgjdbc itself: {@code org.postgresql.core.Parser.parseJdbcSql} is the
 * code that cuts a string into the statements pgjdbc sends one by one (extended protocol, the
 * default, and every PreparedStatement), and {@code Parser.replaceProcessing} rewrites the JDBC
 * escapes first unless escape processing is off. Both are called from the class loader of the
 * connection's own driver, so the comparison uses the very version that will send the string,
 * with the connection's {@code standard_conforming_strings}.
 *
 * <p>A string agrees when the statements pgjdbc sends, each read by the guard, are token for token
 * the statements the guard analysed, with escape processing on and off. pgjdbc cuts only at a
 * semicolon, so a string without one agrees without asking pgjdbc.
 */
final class PgjdbcReading implements ClientReading {

  static final String PARSER = "org.postgresql.core.Parser";
  static final String NATIVE_QUERY = "org.postgresql.core.NativeQuery";

  private final MethodHandle parse;
  private final MethodHandle replace;
  private final MethodHandle nativeSql;
  private final boolean standardConformingStrings;
  private final Dialect dialect;

  private PgjdbcReading(
      MethodHandle parse,
      MethodHandle replace,
      MethodHandle nativeSql,
      boolean standardConformingStrings,
      Dialect dialect) {
    this.parse = parse;
    this.replace = replace;
    this.nativeSql = nativeSql;
    this.standardConformingStrings = standardConformingStrings;
    this.dialect = dialect;
  }

  /**
   * Binds pgjdbc's parser as {@code loader} sees it (pgjdbc 42.7.x: {@code parseJdbcSql(String,
   * boolean standardConformingStrings, boolean withParameters, boolean splitStatements, boolean
   * isBatchedReWriteConfigured, boolean quoteReturningIdentifiers, String... returning)}).
   *
   * @throws ReflectiveOperationException if that pgjdbc has no such parser (another version)
   */
  static PgjdbcReading bind(ClassLoader loader, boolean standardConformingStrings, Dialect dialect)
      throws ReflectiveOperationException {
    Class<?> parser = Class.forName(PARSER, false, loader);
    Class<?> nativeQuery = Class.forName(NATIVE_QUERY, false, loader);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodHandle parse =
        lookup.findStatic(
            parser,
            "parseJdbcSql",
            MethodType.methodType(
                List.class,
                String.class,
                boolean.class,
                boolean.class,
                boolean.class,
                boolean.class,
                boolean.class,
                String[].class));
    MethodHandle replace =
        lookup.findStatic(
            parser,
            "replaceProcessing",
            MethodType.methodType(String.class, String.class, boolean.class, boolean.class));
    MethodHandle nativeSql = lookup.findGetter(nativeQuery, "nativeSql", String.class);
    return new PgjdbcReading(parse, replace, nativeSql, standardConformingStrings, dialect);
  }

  @Override
  public String disagreement(String sql) {
    if (sql.indexOf(';') < 0) {
      return null;
    }
    try {
      String plain = compare(sql, sql, "");
      if (plain != null || sql.indexOf('{') < 0) {
        return plain;
      }
      String escaped;
      try {
        escaped = (String) replace.invokeExact(sql, true, standardConformingStrings);
      } catch (SQLException malformed) {
        return null; // pgjdbc itself refuses to send it with escape processing on
      }
      return compare(sql, escaped, " after its JDBC escape processing");
    } catch (Throwable e) {
      return "pgjdbc's parser failed on it (" + e.getClass().getSimpleName() + ")";
    }
  }

  /** The statements pgjdbc sends, as text. */
  List<String> pieces(String sql) throws Throwable {
    List<?> queries =
        (List<?>)
            parse.invokeExact(sql, standardConformingStrings, false, true, false, false,
                new String[0]);
    List<String> out = new ArrayList<>(queries.size());
    for (Object query : queries) {
      out.add((String) nativeSql.invoke(query));
    }
    return out;
  }

  private String compare(String original, String sent, String how) throws Throwable {
    List<String> pieces = pieces(sent);
    List<List<String>> guard = GuardReading.statements(sent, dialect, true);
    List<List<String>> driver = GuardReading.statements(pieces, dialect);
    if (!guard.equals(driver)) {
      return "pgjdbc cuts it into "
          + pieces.size()
          + " piece(s) to send"
          + how
          + ", which the server reads as "
          + driver.size()
          + " statement(s), where the guard reads "
          + guard.size();
    }
    if (!original.equals(sent)
        && GuardReading.statements(original, dialect, true).size() != guard.size()) {
      return "pgjdbc's JDBC escape processing changes where its statements end";
    }
    return null;
  }
}
