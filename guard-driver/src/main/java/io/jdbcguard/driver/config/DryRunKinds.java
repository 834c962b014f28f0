package io.jdbcguard.driver.config;

import io.jdbcguard.rules.StatementKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values of {@code guard.dryRun}: {@code none} or a comma-separated list of statement kinds.
 */
final class DryRunKinds {

  /** The kinds that can be routed to a dry run (reads, sessions and transactions cannot). */
  static final List<StatementKind> ROUTABLE =
      List.of(
          StatementKind.INSERT,
          StatementKind.UPDATE,
          StatementKind.DELETE,
          StatementKind.MERGE,
          StatementKind.DDL,
          StatementKind.OTHER);

  static final String NONE = "none";

  private DryRunKinds() {}

  /** The choices for docs and {@code getPropertyInfo}: none, then each routable kind. */
  static String[] choices() {
    String[] choices = new String[ROUTABLE.size() + 1];
    choices[0] = NONE;
    for (int i = 0; i < ROUTABLE.size(); i++) {
      choices[i + 1] = ROUTABLE.get(i).name().toLowerCase(Locale.ROOT);
    }
    return choices;
  }

  /**
   * @throws IllegalArgumentException for an unknown or non-routable kind, or none mixed with kinds
   */
  static Set<StatementKind> parse(String value) {
    Set<StatementKind> kinds = EnumSet.noneOf(StatementKind.class);
    boolean none = false;
    for (String part : value.split(",", -1)) {
      String v = part.trim().toLowerCase(Locale.ROOT);
      if (v.equals(NONE)) {
        none = true;
        continue;
      }
      StatementKind kind = null;
      for (StatementKind k : ROUTABLE) {
        if (k.name().toLowerCase(Locale.ROOT).equals(v)) {
          kind = k;
        }
      }
      if (kind == null) {
        throw new IllegalArgumentException("unknown statement kind '" + part + "'");
      }
      kinds.add(kind);
    }
    if (none && !kinds.isEmpty()) {
      throw new IllegalArgumentException("none together with statement kinds");
    }
    return kinds;
  }
}
