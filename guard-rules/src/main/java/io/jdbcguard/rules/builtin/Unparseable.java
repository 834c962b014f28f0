package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Set;
import io.jdbcguard.rules.StatementContext;

/**
 * Fail closed: a statement the guard cannot analyse (syntax it does not understand, an unterminated
 * string or comment, stray control characters, nesting too deep, a parse that ran out of time) is
 * never sent.
 */
final class Unparseable implements Rule {

  /**
   * In the migration profile: a mysqldump-style {@code /*!NNNNN SET ... *}{@code /} session
   * header, and a function, procedure or trigger definition whose body the parser cannot read. A
   * definition runs nothing when it is created (its body runs when it is called), and a reviewed
   * migration defining one is normal content; a lexical problem (an unterminated quote) still
   * counts.
   */
  private static boolean definedNotRun(StatementContext s) {
    if (s.profile() != Profile.MIGRATION) {
      return false;
    }
    if (s.size() == 1 && s.type(0) == TokenType.EXECUTABLE_COMMENT) {
      return ExecutableComment.isDumpSetting(s.text(0));
    }
    int at = RoutineDefinition.routineWord(s);
    boolean lexical = false;
    for (int i = 0; i < s.size(); i++) {
      lexical |= s.type(i) == TokenType.ERROR;
    }
    return at > 0 && !lexical && Set.of("FUNCTION", "PROCEDURE", "TRIGGER").contains(s.word(at));
  }

  @Override
  public String id() {
    return "unparseable";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (s.problem() != null && !definedNotRun(s)) {
      report.add(
          Keywords.head(s, 10),
          "The guard could not analyse this statement (" + s.problem() + "), so it cannot tell"
              + " whether it is safe.",
          "Write it as plain, complete SQL (no keywords split by comments, no unterminated quotes)"
              + " or split it into simpler statements.");
    }
  }
}
