package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.Locale;

/**
 * Session settings that silently switch off triggers and foreign keys: PostgreSQL's {@code
 * session_replication_role} (to anything but its default) and MySQL's {@code foreign_key_checks} /
 * {@code unique_checks} set to 0 or OFF.
 */
final class DisableChecks implements Rule {

  @Override
  public String id() {
    return "disable-checks";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      String value = a.valueIndex() < 0 ? "" : valueText(s, a.valueIndex());
      boolean hit =
          switch (a.name()) {
            case "session_replication_role" ->
                !value.equals("default") && !value.equals("origin");
            case "foreign_key_checks", "unique_checks" ->
                value.equals("0") || value.equals("off") || value.equals("false");
            default -> false;
          };
      if (hit) {
        report.add(
            s.slice(a.first(), a.last()),
            "This setting silently disables triggers and foreign-key checks for the session, so"
                + " writes can break referential integrity and skip audit triggers.",
            "Leave it at its default and make the change with statements that respect the"
                + " constraints.");
      }
    }
  }

  private static String valueText(StatementContext s, int i) {
    String v = s.stringValue(i);
    if (v == null) {
      v = s.text(i);
    }
    return v.toLowerCase(Locale.ROOT);
  }
}
