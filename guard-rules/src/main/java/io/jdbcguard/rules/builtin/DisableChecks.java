package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Session settings that silently switch off checks or logging: PostgreSQL's {@code
 * session_replication_role} (to anything but its default); MySQL/MariaDB's {@code
 * foreign_key_checks}, {@code unique_checks}, {@code check_constraint_checks}, {@code
 * sql_safe_updates} and {@code sql_log_bin} turned off and {@code sql_log_off} turned on, in every
 * spelling of SET and inside {@code SET STATEMENT ... FOR}. A value the guard cannot read (an
 * expression, a variable) counts as switching the check off.
 */
final class DisableChecks implements Rule {

  /**
   * @param what what the setting switches off, for the message
   * @param keeps the values that keep it on
   */
  private record Setting(String what, Set<String> keeps) {}

  private static final Set<String> ON = Set.of("1", "ON", "TRUE", "DEFAULT");
  private static final Set<String> OFF = Set.of("0", "OFF", "FALSE", "DEFAULT");

  private static final Map<String, Setting> SETTINGS =
      Map.of(
          "session_replication_role",
          new Setting("triggers and foreign-key checks", Set.of("DEFAULT", "ORIGIN")),
          "foreign_key_checks", new Setting("foreign-key checks", ON),
          "unique_checks", new Setting("unique-key checks", ON),
          "check_constraint_checks", new Setting("CHECK constraints", ON),
          "sql_safe_updates", new Setting("the server's own refusal of UPDATE and DELETE without a key", ON),
          "sql_log_bin", new Setting("binary logging (replicas and point-in-time recovery miss the changes)", ON),
          "sql_log_off", new Setting("the general query log", OFF));

  @Override
  public String id() {
    return "disable-checks";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      Setting setting = SETTINGS.get(a.name());
      if (setting == null) {
        continue;
      }
      String value = QuotingChange.ReadingSettings.single(s, a.valueIndex(), a.last());
      if (value == null && a.valueIndex() == a.last() && a.valueIndex() >= 0) {
        value = s.text(a.valueIndex()); // a number
      }
      if (value != null && setting.keeps().contains(value.trim().toUpperCase(Locale.ROOT))) {
        continue;
      }
      report.add(
          s.slice(a.first(), a.last()),
          "This setting switches off " + setting.what() + " for the session, so writes can break"
              + " the data's integrity or escape the checks and logs that rely on them.",
          "Leave it at its default and make the change with statements that respect the"
              + " constraints.");
    }
  }
}
