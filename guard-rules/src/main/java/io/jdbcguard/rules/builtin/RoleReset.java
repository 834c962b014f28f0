package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;

/**
 * {@code SET ROLE} forms that widen nothing, so the privilege rule lets them pass: back to the role
 * the session logged in as (what Flyway sends at the end of every PostgreSQL session: {@code SET
 * ROLE '<the user it found>'}), and {@code SET ROLE NONE} (PostgreSQL: the same as {@code RESET
 * ROLE}; MySQL/MariaDB: no role active). The login role comes from the policy ({@link
 * io.jdbcguard.rules.Policy#loginRole()}: the driver sets the user the real connection reports);
 * unknown, only {@code NONE} passes.
 */
final class RoleReset {

  private RoleReset() {}

  /** True when the {@code role} assignment {@code a} sets the login role or no role. */
  static boolean widensNothing(StatementContext s, SetAssignments.Assignment a) {
    int v = a.valueIndex();
    if (v < 0 || v != a.last() || Keywords.commaSeparated(s, 1, s.size()).size() != 1) {
      return false; // SET ROLE a, b (MySQL) or anything more than one value
    }
    if (s.isWord(v, "NONE")) {
      return true;
    }
    String login = s.policy().loginRole();
    if (login == null || s.dialect() == Dialect.MYSQL) {
      return false;
    }
    String target;
    if (s.type(v) == TokenType.STRING) {
      target = s.stringValue(v);
    } else {
      target = Ddl.identifier(s, v); // an unquoted name folds to lower case, a quoted one is exact
    }
    return login.equals(target);
  }
}
