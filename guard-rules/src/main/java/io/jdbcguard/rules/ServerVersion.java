package io.jdbcguard.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database server a migration will run on, where a rule's answer depends on it (MySQL 8.0.29+
 * adds columns at any position INSTANTly, MariaDB 10.4+ too). Unknown parts count as the oldest
 * release of their line, so an unknown version makes the rules stricter, never more lenient.
 *
 * @param product which server
 * @param major e.g. 8 for MySQL 8.0.35
 * @param minor e.g. 0 for MySQL 8.0.35
 * @param patch e.g. 35 for MySQL 8.0.35
 */
public record ServerVersion(Product product, int major, int minor, int patch) {

  /** The server families whose behaviour differs for the rules. */
  public enum Product { POSTGRES, MYSQL, MARIADB }

  /** What the rules assume without a setting: PostgreSQL 12. */
  public static final ServerVersion POSTGRES_DEFAULT = new ServerVersion(Product.POSTGRES, 12, 0, 0);

  /** What the rules assume without a setting for MySQL/MariaDB: MySQL 8.0 (before 8.0.29). */
  public static final ServerVersion MYSQL_DEFAULT = new ServerVersion(Product.MYSQL, 8, 0, 0);

  private static final Pattern FORM =
      Pattern.compile("(?i)\\s*(postgres(?:ql)?|pg|mysql|mariadb)?[\\s:/-]*(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");

  public ServerVersion {
    Objects.requireNonNull(product, "product");
  }

  /** The version the rules assume for a dialect when nothing says otherwise. */
  public static ServerVersion defaultFor(Dialect dialect) {
    return dialect == Dialect.MYSQL ? MYSQL_DEFAULT : POSTGRES_DEFAULT;
  }

  /**
   * Parses {@code mysql 8.0.29}, {@code mariadb-10.11}, {@code postgres 15}, or a bare {@code
   * 8.0.29} (the product then follows {@code dialect}); a MySQL-dialect version whose text names
   * MariaDB (as {@code 10.11.6-MariaDB} from a server's metadata) is MariaDB.
   *
   * @throws IllegalArgumentException naming the bad value and the expected form
   */
  public static ServerVersion parse(String value, Dialect dialect) {
    Matcher m = FORM.matcher(value == null ? "" : value);
    if (!m.matches()) {
      throw new IllegalArgumentException("unknown server version '" + value
          + "'; expected e.g. 'mysql 8.0.29', 'mariadb 10.11' or 'postgres 15'");
    }
    String name = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    Product product;
    if (name.startsWith("p")) {
      product = Product.POSTGRES;
    } else if (name.equals("mariadb") || value.toLowerCase(Locale.ROOT).contains("mariadb")) {
      product = Product.MARIADB;
    } else if (name.equals("mysql") || dialect == Dialect.MYSQL) {
      product = Product.MYSQL;
    } else {
      product = Product.POSTGRES;
    }
    return new ServerVersion(product, number(m.group(2)), number(m.group(3)), number(m.group(4)));
  }

  private static int number(String digits) {
    if (digits == null) {
      return 0;
    }
    return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** True for this product at this version or later. */
  public boolean isAtLeast(Product p, int atLeastMajor, int atLeastMinor, int atLeastPatch) {
    if (product != p) {
      return false;
    }
    if (major != atLeastMajor) {
      return major > atLeastMajor;
    }
    if (minor != atLeastMinor) {
      return minor > atLeastMinor;
    }
    return patch >= atLeastPatch;
  }

  /**
   * True when {@code ALTER TABLE ... ADD COLUMN ... AFTER / FIRST} (and {@code DROP COLUMN}) can be
   * INSTANT: MySQL 8.0.29+, MariaDB 10.4+.
   */
  public boolean instantAnyPosition() {
    return isAtLeast(Product.MYSQL, 8, 0, 29) || isAtLeast(Product.MARIADB, 10, 4, 0);
  }

  @Override
  public String toString() {
    return product.name().toLowerCase(Locale.ROOT) + " " + major + "." + minor + "." + patch;
  }
}
