package io.jdbcguard.driver.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code jdbc:guard:} URL taken apart: the real driver's URL with every {@code guard.*} parameter
 * removed, and those parameters.
 *
 * <p>{@code jdbc:guard:postgresql://h/db?guard.dialect=mysql&sslmode=off} becomes {@code
 * jdbc:postgresql://h/db?sslmode=off} and {@code {guard.dialect=mysql}}. The other parameters keep
 * their order and spelling. The longer form {@code jdbc:guard:jdbc:postgresql://h/db} is accepted
 * too. Parameters are read after the first {@code ?} ({@code &}-separated, values percent-decoded);
 * a URL without {@code ?} but with {@code ;} (H2, Derby, SQL Server style) has its {@code
 * ;}-separated {@code key=value} parts read instead.
 *
 * @param delegateUrl the URL handed to the real driver
 * @param settings the {@code guard.*} parameters, in URL order (a repeated key: the last wins)
 */
public record GuardUrl(String delegateUrl, Map<String, String> settings) {

  /** The prefix this driver answers to. */
  public static final String PREFIX = "jdbc:guard:";

  public GuardUrl {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** True for URLs this driver handles: exactly those starting with {@value #PREFIX}. */
  public static boolean accepts(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  /**
   * Takes a {@code jdbc:guard:} URL apart.
   *
   * @throws SQLException if it is not of the form {@code jdbc:guard:<subprotocol>:...}
   */
  public static GuardUrl parse(String url) throws SQLException {
    if (!accepts(url)) {
      throw shapeError();
    }
    String rest = url.substring(PREFIX.length());
    String real = rest.startsWith("jdbc:") ? rest : "jdbc:" + rest;
    int subprotocolEnd = real.indexOf(':', "jdbc:".length());
    if (subprotocolEnd <= "jdbc:".length() || real.startsWith(PREFIX)) {
      throw shapeError();
    }
    int query = real.indexOf('?');
    if (query >= 0) {
      return split(real.substring(0, query), '?', real.substring(query + 1), '&', true);
    }
    int semicolon = real.indexOf(';');
    if (semicolon >= 0) {
      return split(real.substring(0, semicolon), ';', real.substring(semicolon + 1), ';', false);
    }
    return new GuardUrl(real, Map.of());
  }

  /** The real driver's subprotocol, e.g. {@code postgresql}: safe to name in messages. */
  public String subprotocol() {
    return delegateUrl.substring("jdbc:".length(), delegateUrl.indexOf(':', "jdbc:".length()));
  }

  private static GuardUrl split(
      String base, char opener, String params, char separator, boolean percentEncoded)
      throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    for (String param : params.split(String.valueOf(separator), -1)) {
      int eq = param.indexOf('=');
      String key = eq < 0 ? param : param.substring(0, eq);
      if (!GuardProperty.isGuardKey(key)) {
        if (!param.isEmpty()) {
          kept.add(param);
        }
        continue;
      }
      String value = eq < 0 ? "" : param.substring(eq + 1);
      settings.put(key, percentEncoded ? decode(key, value) : value);
    }
    String url =
        kept.isEmpty() ? base : base + opener + String.join(String.valueOf(separator), kept);
    return new GuardUrl(url, settings);
  }

  private static String decode(String key, String value) throws SQLException {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw GuardProperty.configError("malformed percent-encoding in the value of " + key);
    }
  }

  private static SQLException shapeError() {
    // The URL itself is not echoed: it may carry a password.
    return GuardProperty.configError(
        "expected a URL of the form jdbc:guard:<the real driver's URL without its jdbc: prefix>,"
            + " e.g. jdbc:guard:postgresql://host:5432/db or jdbc:guard:mariadb://host:3306/db");
  }
}
