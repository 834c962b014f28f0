package io.jdbcguard.driver.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parsed command line of {@code approve}.
 *
 * @param approvalId the id to approve, or null with {@code --list}
 * @param passwordEnv the environment variable holding the password, or null
 * @param driverJar a jar holding the real JDBC driver, or null
 */
record ApproveOptions(
    String url,
    String user,
    String passwordEnv,
    String driverJar,
    Duration expires,
    String by,
    boolean yes,
    boolean list,
    boolean help,
    String approvalId) {

  static final Duration DEFAULT_EXPIRY = Duration.ofHours(1);

  static ApproveOptions parse(List<String> args, Map<String, String> env) throws UsageException {
    String url = null;
    String user = null;
    String passwordEnv = null;
    String driverJar = null;
    Duration expires = DEFAULT_EXPIRY;
    String by = null;
    boolean yes = false;
    boolean list = false;
    String id = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h":
        case "--help":
          return new ApproveOptions(null, null, null, null, expires, null, false, false, true, null);
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
              "a password on the command line would end up in shell history and process lists;"
                  + " put it in an environment variable and pass --password-env NAME");
        case "--driver-jar":
          driverJar = value(args, ++i, arg);
          break;
        case "--expires":
          expires = duration(value(args, ++i, arg));
          break;
        case "--by":
          by = value(args, ++i, arg);
          break;
        case "--yes":
        case "-y":
          yes = true;
          break;
        case "--list":
          list = true;
          break;
        default:
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg);
          }
          if (id != null) {
            throw new UsageException("one approval id at a time (got " + id + " and " + arg + ")");
          }
          id = arg;
      }
    }
    if (url == null) {
      throw new UsageException("--url is required: the JDBC URL of the database the request is on");
    }
    if (!list && id == null) {
      throw new UsageException("give the approval id (apr-...) from the refusal, or --list");
    }
    return new ApproveOptions(url, user, passwordEnv, driverJar, expires, by, yes, list, false, id);
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size() || args.get(i).isEmpty()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  /** {@code 30m}, {@code 2h}, {@code 1d}, {@code 90s} or an ISO-8601 duration ({@code PT1H}). */
  static Duration duration(String text) throws UsageException {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Duration d;
    try {
      if (t.startsWith("p")) {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        switch (t.charAt(t.length() - 1)) {
          case 's':
            d = Duration.ofSeconds(n);
            break;
          case 'm':
            d = Duration.ofMinutes(n);
            break;
          case 'h':
            d = Duration.ofHours(n);
            break;
          case 'd':
            d = Duration.ofDays(n);
            break;
          default:
            throw new NumberFormatException();
        }
      }
    } catch (RuntimeException e) {
      throw new UsageException("--expires " + text + ": expected a duration such as 30m, 2h or 1d");
    }
    if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(30)) > 0) {
      throw new UsageException("--expires " + text + ": must be more than 0 and at most 30 days");
    }
    return d;
  }
}
