package io.jdbcguard.rules;

import java.util.Locale;

/** The SQL dialect a string is written in. It decides how strings are split and parsed. */
public enum Dialect {
  /** PostgreSQL: dollar quotes, {@code E''} strings, nested block comments. */
  POSTGRES("postgres"),
  /** MySQL and MariaDB: backslash escapes, backquoted identifiers, {@code #} and executable comments. */
  MYSQL("mysql"),
  /** Anything else: ANSI quoting, {@code --} and non-nested block comments. */
  GENERIC("generic");

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * Parses a dialect name: {@code postgres} (or {@code postgresql}, {@code pg}), {@code mysql} (or
   * {@code mariadb}), {@code generic}; case-insensitive.
   *
   * @throws IllegalArgumentException naming the bad value and the allowed ones
   */
  public static Dialect fromId(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "postgres":
      case "postgresql":
      case "pg":
        return POSTGRES;
      case "mysql":
      case "mariadb":
        return MYSQL;
      case "generic":
        return GENERIC;
      default:
        throw new IllegalArgumentException(
            "unknown dialect '" + value + "'; expected one of postgres, mysql, generic");
    }
  }

  /**
   * Infers the dialect from a JDBC URL (without the {@code jdbc:guard:} prefix): {@code
   * jdbc:postgresql:} is PostgreSQL, {@code jdbc:mysql:} and {@code jdbc:mariadb:} are MySQL,
   * anything else is generic.
   */
  public static Dialect forJdbcUrl(String url) {
    if (url == null) {
      return GENERIC;
    }
    String u = url.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:postgresql:") || u.startsWith("jdbc:pgsql:")) {
      return POSTGRES;
    }
    if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
      return MYSQL;
    }
    return GENERIC;
  }

  @Override
  public String toString() {
    return id;
  }
}
