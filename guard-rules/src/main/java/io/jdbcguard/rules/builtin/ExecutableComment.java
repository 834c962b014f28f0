package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL/MariaDB executable comments {@code /*! ... *}{@code /}: the server runs what they hold. */
final class ExecutableComment implements Rule {

  /** {@code /*!40101 SET NAMES utf8mb4 *}{@code /} and the other session settings of a dump header. */
  private static final Pattern DUMP_SETTING =
      Pattern.compile("(?is)/\\*!\\d{5,6}\\s+SET\\s+(.*?)\\s*\\*/");

  /** {@code @OLD_X=@@X}, {@code X=@OLD_X}, or a setting a dump header sets to a value. */
  private static final Pattern DUMP_ASSIGNMENT =
      Pattern.compile("(?i)\\s*(?:@\\w+\\s*=\\s*@@\\w+|\\w+\\s*=\\s*@\\w+"
          + "|NAMES\\s+\\w+(?:\\s+COLLATE\\s+\\w+)?"
          + "|(?:CHARACTER_SET_CLIENT|CHARACTER_SET_RESULTS|COLLATION_CONNECTION|TIME_ZONE|SQL_NOTES)"
          + "\\s*=\\s*(?:'[^'\\\\]*'|\\w+)"
          + "|SQL_MODE\\s*=\\s*'(?:NO_AUTO_VALUE_ON_ZERO|NO_AUTO_CREATE_USER|NO_ENGINE_SUBSTITUTION|"
          + "STRICT_TRANS_TABLES|ONLY_FULL_GROUP_BY|TRADITIONAL|,)*')\\s*");

  /**
   * In the migration profile, a statement that is only a mysqldump-style {@code /*!NNNNN SET ...
   * *}{@code /} of the session's character set, time zone, notes or SQL mode (or saving and
   * restoring them through {@code @OLD_...} variables) is the usual header of a dumped schema: it
   * changes nothing a rule protects. Anything else, {@code FOREIGN_KEY_CHECKS=0} included, is still
   * reported.
   */
  static boolean isDumpSetting(String comment) {
    Matcher m = DUMP_SETTING.matcher(comment);
    if (!m.matches()) {
      return false;
    }
    for (String part : m.group(1).split(",")) {
      if (!DUMP_ASSIGNMENT.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String id() {
    return "executable-comment";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (int i = 0; i < s.size(); i++) {
      if (s.type(i) == TokenType.EXECUTABLE_COMMENT
          && !(s.profile() == Profile.MIGRATION && s.size() == 1 && isDumpSetting(s.text(i)))) {
        report.add(
            s.text(i),
            "MySQL and MariaDB execute the content of /*! ... */ comments, so SQL can hide in"
                + " what looks like a comment.",
            "Write the SQL as plain SQL, or use an ordinary /* comment */ without the '!'.");
        return;
      }
    }
  }
}
