package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Set;

/**
 * The {@code read-only} profile: only SELECT, SHOW, EXPLAIN without ANALYZE, VALUES and harmless
 * session settings. Writes hidden in data-modifying CTEs, {@code SELECT ... INTO}, row locks
 * ({@code FOR UPDATE}) and side-effect functions ({@code nextval}, {@code set_config}, advisory
 * locks) are writes; so is anything that lifts the read-only state ({@code SET TRANSACTION READ
 * WRITE}, {@code default_transaction_read_only}, {@code RESET ALL}) and transaction control
 * smuggled into a multi-statement string ({@code COMMIT; DROP TABLE t}).
 */
final class ReadOnly implements Rule {

  private static final Set<String> SIDE_EFFECT_FUNCTIONS =
      Set.of("nextval", "setval", "set_config", "pg_advisory_lock", "pg_advisory_lock_shared",
          "pg_try_advisory_lock", "pg_try_advisory_lock_shared", "pg_advisory_xact_lock",
          "pg_advisory_xact_lock_shared", "pg_try_advisory_xact_lock",
          "pg_try_advisory_xact_lock_shared", "pg_advisory_unlock", "pg_advisory_unlock_all",
          "pg_notify", "lo_create", "lo_creat", "lo_from_bytea", "lo_put", "txid_current",
          "pg_current_xact_id", "get_lock", "release_lock", "release_all_locks", "last_insert_id");

  private static final Set<String> READ_ONLY_SETTINGS =
      Set.of("default_transaction_read_only", "transaction_read_only", "tx_read_only",
          "read_only");

  @Override
  public String id() {
    return "read-only";
  }

  @Override
  public Action actionIn(Profile profile) {
    return profile == Profile.READ_ONLY ? Action.BLOCK : Action.ALLOW;
  }

  @Override
  public void check(StatementContext s, Report report) {
    String why = violation(s);
    if (why != null) {
      report.add(
          Keywords.head(s, 8),
          "The read-only profile lets this session only read, and " + why,
          "Run only SELECT, SHOW, EXPLAIN (without ANALYZE) or VALUES here; writes need a session"
              + " with another profile.");
    }
  }

  private static String violation(StatementContext s) {
    StatementKind kind = s.kind();
    switch (kind) {
      case QUERY:
        return hiddenWrite(s);
      case TRANSACTION:
        if (s.statementsInString() > 1) {
          return "transaction control inside a multi-statement string could end the read-only"
              + " transaction and run the rest outside it.";
        }
        return liftsReadOnly(s) ? "this would make the transaction read-write." : null;
      case SESSION:
        return sessionChange(s);
      default:
        return "this statement writes or runs code (" + kind.name().toLowerCase() + ").";
    }
  }

  private static String hiddenWrite(StatementContext s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.isWord(i, "FOR") && (s.isWord(i + 1, "UPDATE") || s.isWord(i + 1, "SHARE")
          || s.isWord(i + 1, "NO") || s.isWord(i + 1, "KEY"))) {
        return "FOR UPDATE / FOR SHARE takes row locks that block writers.";
      }
      if (s.isWord(i, "LOCK") && s.isWord(i + 1, "IN")) {
        return "LOCK IN SHARE MODE takes row locks that block writers.";
      }
      if (s.isWord(i, "INTO") && !(s.type(i + 1) == TokenType.OPERATOR && s.text(i + 1).startsWith("@"))
          && (Keywords.startsWith(s, "SELECT") || Keywords.startsWith(s, "WITH"))) {
        return "SELECT ... INTO creates a table or writes a file.";
      }
    }
    String[] found = new String[1];
    FunctionCalls.forEach(s, (name, at) -> {
      if (found[0] == null && SIDE_EFFECT_FUNCTIONS.contains(name)) {
        found[0] = name;
      }
    });
    return found[0] == null ? null : found[0] + "() changes state (a sequence, a setting or a lock).";
  }

  private static boolean liftsReadOnly(StatementContext s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.isWord(i, "READ") && s.isWord(i + 1, "WRITE")) {
        return true;
      }
    }
    return false;
  }

  private static String sessionChange(StatementContext s) {
    if (Keywords.startsWith(s, "RESET") || Keywords.startsWith(s, "DISCARD")) {
      String what = s.word(1);
      if (what.equals("ALL") || what.isEmpty() || READ_ONLY_SETTINGS.contains(what.toLowerCase())) {
        return "RESET ALL / DISCARD ALL would restore the read-write defaults.";
      }
      return null;
    }
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      if (READ_ONLY_SETTINGS.contains(a.name())) {
        return "changing " + a.name() + " could lift the read-only state.";
      }
    }
    return null;
  }
}
