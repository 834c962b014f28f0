package io.jdbcguard.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line of the server: {@code --url <real JDBC URL> [--user U] [--password-env VAR]
 * [--profile agent|read-only|sandbox|migration] [--max-rows N] [--timeout SECONDS] [guard.*=...]}.
 * The password is read from an environment variable, never from the command line.
 *
 * @param url the real driver's URL (a {@code jdbc:guard:} URL is accepted and unwrapped)
 * @param guardSettings the {@code guard.*} settings for the connection, the profile's included
 * @param maxRows the default row cap of {@code query} results
 * @param timeoutSeconds the query timeout of every statement the server sends
 */
record ServerOptions(
    String url,
    String user,
    String passwordEnv,
    String profile,
    Map<String, String> guardSettings,
    int maxRows,
    int timeoutSeconds,
    boolean help) {

  static final int DEFAULT_MAX_ROWS = 100;
  static final int MAX_ROWS_LIMIT = 1000;

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: java -jar guard-mcp-<version>-all.jar --url JDBC_URL [options] [guard.key=value ...]",
          "       java -jar guard-mcp-<version>-all.jar approve --url JDBC_URL [options] APPROVAL_ID",
          "",
          "An MCP server (stdio) through which an AI agent reaches one database; every call goes",
          "through jdbc-guard. Logs go to standard error; standard output carries the protocol.",
          "",
          "Options:",
          "  --url URL            the real JDBC URL, e.g. jdbc:postgresql://localhost:5432/shop",
          "  --user NAME          the database user",
          "  --password-env VAR   read the password from environment variable VAR",
          "  --profile NAME       agent (default), read-only, sandbox (agent, every write rolled",
          "                       back) or migration",
          "  --max-rows N         rows a query returns at most, 1-" + MAX_ROWS_LIMIT + " (default "
              + DEFAULT_MAX_ROWS + ")",
          "  --timeout SECONDS    query timeout of every statement (default 30)",
          "  guard.key=value      any jdbc-guard setting, e.g. guard.maxAffectedRows=500;",
          "                       guard.approvals=on is the default here",
          "  -h, --help           print this help",
          "",
          "approve: a human approves a refused statement; see 'approve --help'.");

  static ServerOptions parse(List<String> args, Map<String, String> env) throws UsageException {
    String url = null;
    String user = null;
    String passwordEnv = null;
    String profile = "agent";
    int maxRows = DEFAULT_MAX_ROWS;
    int timeout = 30;
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h":
        case "--help":
          return new ServerOptions(null, null, null, profile, Map.of(), maxRows, timeout, true);
        case "--url":
          url = value(args, ++i, arg);
          break;
        case "--user":
          user = value(args, ++i, arg);
          break;
        case "--password-env":
          passwordEnv = value(args, ++i, arg);
          if (!env.containsKey(passwordEnv)) {
            throw new UsageException("--password-env " + passwordEnv + ": that variable is not set");
          }
          break;
        case "--password":
          throw new UsageException(
              "a password on the command line ends up in process lists and client configs; put it"
                  + " in an environment variable and pass --password-env NAME");
        case "--profile":
          profile = value(args, ++i, arg).trim().toLowerCase(Locale.ROOT);
          if (!List.of("agent", "read-only", "sandbox", "migration").contains(profile)) {
            throw new UsageException(
                "--profile " + profile + ": expected agent, read-only, sandbox or migration");
          }
          break;
        case "--max-rows":
          maxRows = number(value(args, ++i, arg), arg, 1, MAX_ROWS_LIMIT);
          break;
        case "--timeout":
          timeout = number(value(args, ++i, arg), arg, 1, 3600);
          break;
        default:
          String setting = arg.startsWith("--guard.") ? arg.substring(2) : arg;
          int eq = setting.indexOf('=');
          if (!setting.startsWith("guard.") || eq < 0) {
            throw new UsageException("unknown argument " + arg + " (see --help)");
          }
          settings.put(setting.substring(0, eq), setting.substring(eq + 1));
      }
    }
    if (url == null) {
      throw new UsageException("--url is required: the JDBC URL of the database");
    }
    Map<String, String> guard = new LinkedHashMap<>();
    guard.put("guard.approvals", "on");
    if (profile.equals("sandbox")) {
      guard.put("guard.profile", "agent");
      guard.put("guard.mode", "sandbox");
    } else {
      guard.put("guard.profile", profile);
    }
    guard.putAll(settings);
    return new ServerOptions(url, user, passwordEnv, profile, Map.copyOf(guard), maxRows, timeout, false);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size() || args.get(i).isEmpty()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int number(String text, String option, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " " + text + ": expected a whole number from " + min + " to " + max);
  }

  /** The URL the real driver takes: a {@code jdbc:guard:} prefix is removed. */
  String realUrl() {
    return url.startsWith("jdbc:guard:") ? "jdbc:" + url.substring("jdbc:guard:".length()) : url;
  }

  /** The row limit in force ({@code guard.maxAffectedRows}, default 1000; 0 means none). */
  long rowLimit() {
    try {
      return Long.parseLong(guardSettings.getOrDefault("guard.maxAffectedRows", "1000").trim());
    } catch (NumberFormatException e) {
      return 1000; // the driver rejects the value at connect time anyway
    }
  }

  /** A bad command line; the message is one line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
