package io.jdbcguard.driver.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The host names and the database name a JDBC URL points to, for {@code guard.protect}. Read from
 * the usual shapes: {@code jdbc:postgresql://h1:5432,h2/db?...}, {@code
 * jdbc:mariadb:replication://user:pw@h/db}, {@code jdbc:mysql://address=(host=h)(port=3306)/db},
 * {@code jdbc:postgresql:db} (no host: localhost), {@code jdbc:h2:mem:test} (the rest is the
 * database). Names are lower-cased; ports, user information and parameters are dropped.
 *
 * @param hosts the host names (or addresses), possibly empty
 * @param database the database name, possibly empty
 */
public record DatabaseTarget(List<String> hosts, String database) {

  public DatabaseTarget {
    hosts = List.copyOf(hosts);
    database = database == null ? "" : database;
  }

  /** Takes a real driver's URL ({@code jdbc:<subprotocol>:...}) apart. */
  public static DatabaseTarget parse(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.trim();
    int colon = url.indexOf(':', "jdbc:".length());
    String rest = colon < 0 ? "" : url.substring(colon + 1);
    int slashes = rest.indexOf("//");
    if (slashes < 0) {
      String database = cut(rest, "?;");
      List<String> hosts = url.startsWith("jdbc:postgresql:") ? List.of("localhost") : List.of();
      return new DatabaseTarget(hosts, lower(database));
    }
    String afterSlashes = rest.substring(slashes + 2);
    int authorityEnd = indexOfAny(afterSlashes, "/?;", authorityEndFrom(afterSlashes));
    String authority = afterSlashes.substring(0, authorityEnd);
    String path = afterSlashes.substring(authorityEnd);
    String database = path.startsWith("/") ? cut(path.substring(1), "?;") : "";
    return new DatabaseTarget(hosts(authority), lower(database));
  }

  /** Where to start looking for the end of the authority: after any {@code address=(...)} part. */
  private static int authorityEndFrom(String s) {
    int close = s.lastIndexOf(')');
    int slash = s.indexOf('/');
    return close >= 0 && (slash < 0 || close > slash) && s.contains("(") ? close : 0;
  }

  private static List<String> hosts(String authority) {
    String a = authority.substring(authority.lastIndexOf('@') + 1);
    List<String> hosts = new ArrayList<>();
    int keyed = a.toLowerCase(Locale.ROOT).indexOf("host=");
    if (keyed >= 0) {
      while (keyed >= 0) {
        int start = keyed + "host=".length();
        hosts.add(lower(cut(a.substring(start), ")(,")));
        keyed = a.toLowerCase(Locale.ROOT).indexOf("host=", start);
      }
      return hosts;
    }
    for (String part : a.split(",")) {
      String host = part.trim();
      if (host.startsWith("[")) {
        int close = host.indexOf(']');
        host = close < 0 ? host.substring(1) : host.substring(1, close);
      } else if (host.indexOf(':') >= 0) {
        host = host.substring(0, host.indexOf(':'));
      }
      if (!host.isEmpty()) {
        hosts.add(lower(host));
      }
    }
    return hosts;
  }

  private static String cut(String s, String stops) {
    return s.substring(0, indexOfAny(s, stops, 0));
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** For messages: the hosts and the database, e.g. {@code host prod-db, database orders}. */
  public String describe() {
    return (hosts.isEmpty() ? "no host" : "host " + String.join(",", hosts))
        + ", database "
        + (database.isEmpty() ? "(none)" : database);
  }
}
