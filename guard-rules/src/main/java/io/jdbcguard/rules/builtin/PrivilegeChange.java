package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * Statements that change who may do what: GRANT, REVOKE, CREATE/ALTER ROLE, USER or GROUP, ALTER
 * DEFAULT PRIVILEGES, ... OWNER TO, REASSIGN OWNED, SET ROLE, SET SESSION AUTHORIZATION, SET
 * PASSWORD, row-level security policies, security labels, user mappings.
 */
final class PrivilegeChange implements Rule {

  private static final String[][] LEADING = {
    {"GRANT"},
    {"REVOKE"},
    {"CREATE", "ROLE"},
    {"CREATE", "USER"},
    {"CREATE", "GROUP"},
    {"ALTER", "ROLE"},
    {"ALTER", "USER"},
    {"ALTER", "GROUP"},
    {"ALTER", "DEFAULT", "PRIVILEGES"},
    {"RENAME", "USER"},
    {"REASSIGN", "OWNED"},
    {"SET", "PASSWORD"},
    {"SET", "DEFAULT", "ROLE"},
    {"CREATE", "POLICY"},
    {"ALTER", "POLICY"},
    {"SECURITY", "LABEL"},
    {"CREATE", "USER", "MAPPING"},
    {"ALTER", "USER", "MAPPING"},
  };

  @Override
  public String id() {
    return "privilege-change";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean hit = false;
    for (String[] words : LEADING) {
      hit |= Keywords.startsWith(s, words);
    }
    if (hit && s.profile() == Profile.MIGRATION && MigrationGrants.onCreatedObjects(s)) {
      hit = false;
    }
    hit |= Keywords.startsWith(s, "ALTER") && containsOwnerTo(s);
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      hit |= a.name().equals("role") && !RoleReset.widensNothing(s, a)
          || a.name().equals("session authorization") || a.name().equals("session_authorization");
    }
    if (hit) {
      report.add(
          Keywords.head(s, 8),
          "Changing roles, grants or ownership alters who can read and destroy data, and an"
              + " agent's session must never widen its own rights.",
          "Ask a human administrator to make the privilege change outside the application.");
    }
  }

  private static boolean containsOwnerTo(StatementContext s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.isWord(i, "OWNER") && s.isWord(i + 1, "TO")) {
        return true;
      }
    }
    return false;
  }
}
