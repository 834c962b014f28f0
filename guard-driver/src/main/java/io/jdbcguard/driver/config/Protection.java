package io.jdbcguard.driver.config;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Profile;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code guard.protect}: glob patterns ({@code *} and {@code ?}, case-insensitive) matched against
 * the host names and the database name the real driver connects to. On a protected database the
 * strictest value of every source wins (a higher-precedence source cannot loosen what a lower one
 * set), and settings that would loosen the guard are refused at connect time.
 *
 * <p>Patterns accumulate: every source's patterns count, so a URL cannot remove a pattern that the
 * policy file or the connection properties set.
 *
 * @param patterns the patterns of every source, in order, without repeats
 */
public record Protection(List<String> patterns) {

  /** No pattern: nothing is protected. */
  public static final Protection NONE = new Protection(List.of());

  /** Profiles from the loosest to the strictest. */
  private static final List<Profile> STRICTNESS =
      List.of(Profile.AUDIT, Profile.AGENT, Profile.MIGRATION, Profile.READ_ONLY);

  public Protection {
    patterns = List.copyOf(patterns);
  }

  /** The union of every source's {@code guard.protect} patterns. */
  public static Protection of(SettingSources sources) throws SQLException {
    Set<String> all = new LinkedHashSet<>();
    for (SettingSources.Source source : sources.inPrecedence()) {
      String value = source.settings().get(GuardProperty.PROTECT.key());
      if (value != null) {
        all.addAll(parse(value));
      }
    }
    return all.isEmpty() ? NONE : new Protection(new ArrayList<>(all));
  }

  /**
   * The patterns in a {@code guard.protect} value.
   *
   * @throws SQLException if the value holds no pattern
   */
  static List<String> parse(String value) throws SQLException {
    List<String> patterns = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        patterns.add(part.trim().toLowerCase(Locale.ROOT));
      }
    }
    if (patterns.isEmpty()) {
      throw GuardProperty.PROTECT.invalid(GuardProperty.PROTECT.key(), value);
    }
    return patterns;
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /**
   * Why {@code target} is protected, e.g. {@code guard.protect pattern *prod* matches host
   * prod-db}, or null if no pattern matches.
   */
  public String matchFor(DatabaseTarget target) {
    for (String pattern : patterns) {
      Pattern regex = glob(pattern);
      for (String host : target.hosts()) {
        if (regex.matcher(host).matches()) {
          return "guard.protect pattern " + pattern + " matches host " + host;
        }
      }
      if (!target.database().isEmpty() && regex.matcher(target.database()).matches()) {
        return "guard.protect pattern " + pattern + " matches database " + target.database();
      }
    }
    return null;
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  /**
   * The settings for a protected database: every source is checked for values that would loosen the
   * guard, then the strictest value of each protective setting wins over precedence.
   *
   * @param why the reason the database is protected, for error messages
   * @throws SQLException naming the setting, its source and why it is refused
   */
  static Map<String, String> strictest(SettingSources sources, String why) throws SQLException {
    Map<String, String> merged = sources.merged();
    Profile profile = null;
    boolean sandbox = false;
    Long limit = null;
    Set<String> dryRun = new TreeSet<>();
    for (SettingSources.Source source : sources.inPrecedence()) {
      for (Map.Entry<String, String> setting : source.settings().entrySet()) {
        String key = setting.getKey();
        String value = setting.getValue();
        switch (GuardProperty.forKey(key)) {
          case RULE:
            if (Action.fromId(value) != Action.BLOCK) {
              throw loosens(key, value, source, why, "a per-rule override may only be block");
            }
            break;
          case UNWRAP:
            if (UnwrapPolicy.fromId(value) == UnwrapPolicy.ALLOW) {
              throw loosens(key, value, source, why, "the raw connection would bypass the guard");
            }
            break;
          case PROFILE:
            Profile p = Profile.fromId(value);
            if (p == Profile.AUDIT) {
              throw loosens(key, value, source, why, "the audit profile blocks nothing");
            }
            profile =
                profile == null || STRICTNESS.indexOf(p) > STRICTNESS.indexOf(profile)
                    ? p
                    : profile;
            break;
          case MAX_AFFECTED_ROWS:
            long n = Long.parseLong(value.trim());
            if (n == 0) {
              throw loosens(key, value, source, why, "the row limit cannot be switched off");
            }
            if (n > WritePolicy.DEFAULT_MAX_AFFECTED_ROWS) {
              throw loosens(
                  key,
                  value,
                  source,
                  why,
                  "the row limit can be lowered, not raised above its default ("
                      + WritePolicy.DEFAULT_MAX_AFFECTED_ROWS
                      + ")");
            }
            limit = limit == null ? n : Math.min(limit, n);
            break;
          case MODE:
            sandbox |= Mode.fromId(value) == Mode.SANDBOX;
            break;
          case DRY_RUN:
            dryRun.addAll(
                DryRunKinds.parse(value).stream()
                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                    .toList());
            break;
          default:
            break;
        }
      }
    }
    if (profile != null) {
      merged.put(GuardProperty.PROFILE.key(), profile.id());
    }
    if (sandbox) {
      merged.put(GuardProperty.MODE.key(), Mode.SANDBOX.id());
    }
    if (limit != null) {
      merged.put(GuardProperty.MAX_AFFECTED_ROWS.key(), String.valueOf(limit));
    }
    if (!dryRun.isEmpty()) {
      merged.put(GuardProperty.DRY_RUN.key(), String.join(",", dryRun));
    }
    return merged;
  }

  private static SQLException loosens(
      String key, String value, SettingSources.Source source, String why, String reason) {
    return GuardProperty.configError(
        key
            + "="
            + value
            + " (from "
            + source.name().trim()
            + ") would loosen the guard on a protected database ("
            + why
            + "): "
            + reason
            + ". Remove it, or connect to a database that guard.protect does not match.");
  }
}
