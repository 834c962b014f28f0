package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Set;

/**
 * In the migration profile: {@code GRANT privileges ON objects TO roles} and {@code REVOKE ... ON
 * objects FROM roles} where every object was created earlier in the run (the script state knows
 * it). Setting up access to what the migration itself made is normal migration content; it widens
 * nothing that existed before. Role membership ({@code GRANT role TO user}), {@code ALL TABLES IN
 * SCHEMA}, {@code *.*} and {@code WITH GRANT OPTION} stay privilege changes.
 */
final class MigrationGrants {

  private static final Set<String> OBJECT_KINDS =
      Set.of("TABLE", "SEQUENCE", "SCHEMA", "FUNCTION", "PROCEDURE", "ROUTINE", "TYPE", "DOMAIN", "VIEW");

  private MigrationGrants() {}

  static boolean onCreatedObjects(StatementContext s) {
    if (!s.isWord(0, "GRANT") && !s.isWord(0, "REVOKE")) {
      return false;
    }
    int on = Ddl.topLevelWord(s, "ON", 1, s.size());
    int to = Ddl.topLevelWord(s, s.isWord(0, "GRANT") ? "TO" : "FROM", on + 1, s.size());
    if (on < 0 || to < 0 || Keywords.containsTopLevelWord(s, "OPTION")) {
      return false;
    }
    int i = on + 1;
    if (OBJECT_KINDS.contains(s.word(i)) && s.type(i + 1) != TokenType.COMMA && i + 1 < to) {
      i++;
    }
    if (s.isWord(i, "ALL")) {
      return false; // ALL TABLES IN SCHEMA
    }
    int objects = 0;
    for (int[] part : Keywords.commaSeparated(s, i, to)) {
      String name = Ddl.name(s, part[0]);
      int after = Keywords.skipName(s, part[0]);
      boolean rest = after > part[1] || s.type(after) == TokenType.LEFT_PAREN; // f(args)
      if (name == null || !rest || !s.script().isCreatedObject(name)) {
        return false;
      }
      objects++;
    }
    return objects > 0;
  }
}
