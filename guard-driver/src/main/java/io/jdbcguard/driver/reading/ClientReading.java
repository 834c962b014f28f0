package io.jdbcguard.driver.reading;

/**
 * How the delegate driver itself reads a SQL string before the server sees it: where it cuts the
 * string into statements, where it substitutes bound values, how it rewrites JDBC escapes. One
 * implementation per driver that parses on the client ({@link PgjdbcReading}, {@link
 * MariaDbReading}); {@link #NONE} for drivers that send the text as it is.
 */
public interface ClientReading {

  /** A driver that sends every string unchanged: the server's reading is the only one. */
  ClientReading NONE = sql -> null;

  /**
   * Null when the driver's reading of {@code sql} provably equals the guard's (the same statements,
   * the same placeholders); otherwise one short sentence saying where they differ. Never throws: a
   * failure of the driver's parser is itself a disagreement.
   */
  String disagreement(String sql);
}
