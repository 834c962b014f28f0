package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.Set;

/**
 * CREATE [OR REPLACE] FUNCTION, PROCEDURE, TRIGGER, RULE, EVENT, and MySQL's ALTER EVENT (which can
 * replace the event's statement, its schedule, or switch it back on): stored code that later runs
 * statements the guard never sees (a function body can DROP a table when it is called). The
 * statements such a definition holds are also checked by every rule, as what will run.
 */
final class RoutineDefinition implements Rule {

  private static final Set<String> ROUTINES =
      Set.of("FUNCTION", "PROCEDURE", "TRIGGER", "RULE", "EVENT", "AGGREGATE", "OPERATOR", "CAST");

  /** Words after which the object kind is decided and is not a routine. */
  private static final Set<String> OTHER_OBJECTS =
      Set.of("TABLE", "VIEW", "INDEX", "SEQUENCE", "SCHEMA", "DATABASE", "TYPE", "DOMAIN",
          "EXTENSION", "ROLE", "USER", "MATERIALIZED", "UNIQUE", "COLLATION", "STATISTICS");

  @Override
  public String id() {
    return "routine-definition";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (routineWord(s) < 0) {
      return;
    }
    report.add(
        Keywords.head(s, 8),
        "A stored function, procedure, trigger or rule runs SQL later, out of the guard's sight;"
            + " creating or replacing one can hide any statement.",
        "Run the statements directly, or add the routine through a reviewed migration.");
  }

  /** Index of the routine keyword in {@code CREATE [OR REPLACE] [DEFINER=...] <kind>}, or -1. */
  static int routineWord(StatementContext s) {
    if (Keywords.startsWith(s, "ALTER")) {
      for (int i = 1; i < Math.min(s.size(), 8); i++) {
        if (s.isWord(i, "EVENT")) {
          return i;
        }
        if (OTHER_OBJECTS.contains(s.word(i)) || s.isWord(i, "FUNCTION") || s.isWord(i, "PROCEDURE")) {
          return -1;
        }
      }
      return -1;
    }
    if (!Keywords.startsWith(s, "CREATE")) {
      return -1;
    }
    for (int i = 1; i < Math.min(s.size(), 16); i++) {
      String w = s.word(i);
      if (ROUTINES.contains(w)) {
        return i;
      }
      if (OTHER_OBJECTS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }
}
