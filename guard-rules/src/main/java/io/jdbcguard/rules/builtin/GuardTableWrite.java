package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.GuardTables;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;
import java.util.Set;

/**
 * Any statement that names a table jdbc-guard owns ({@value GuardTables#APPROVALS}) and is not a
 * plain read: a write, DDL, a grant, a lock, a routine or dynamic SQL whose text mentions it. The
 * name counts as an identifier in any spelling the server accepts (any case, quoted, qualified,
 * {@code U&"..."} escapes) and inside string literals and executable comments, which may hold SQL
 * that runs later. Reads ({@code SELECT}, {@code SHOW}, {@code EXPLAIN} without {@code ANALYZE})
 * pass, unless they lock rows or write ({@code FOR UPDATE}, {@code SELECT ... INTO}).
 *
 * <p>It blocks in every profile, and the driver refuses a statement with this finding whatever
 * the profile or a {@code guard.rule.guard-table-write} override says: approvals must come from a
 * human, never from the connection they apply to.
 */
final class GuardTableWrite implements Rule {

  /** Words that make a statement of kind QUERY more than a read of the table. */
  private static final Set<String> WRITING_WORDS =
      Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "INTO", "TRUNCATE", "ANALYZE",
          "ANALYSE", "LOCK", "CALL", "EXECUTE", "DO", "HANDLER", "LOAD", "COPY");

  @Override
  public String id() {
    return GuardTables.WRITE_RULE;
  }

  @Override
  public void check(StatementContext s, Report report) {
    int at = mention(s);
    if (at < 0) {
      return;
    }
    String why = writes(s);
    if (why != null) {
      report.add(
          s.sql(),
          "This statement names " + GuardTables.APPROVALS + ", the table in which jdbc-guard keeps"
              + " human approvals, and " + why + "; a guarded connection may read that table but"
              + " never change it, or an agent could approve its own statements.",
          "Leave the table alone: a human approves a refused statement with the approve command of"
              + " the guard-driver jar, which writes the table outside the guarded connection.");
    }
  }

  /** The index of the first token naming the table, or -1. */
  private static int mention(StatementContext s) {
    for (int i = 0; i < s.size(); i++) {
      TokenType type = s.type(i);
      if (type == TokenType.WORD || type == TokenType.QUOTED_IDENTIFIER) {
        if (GuardTables.isGuardTable(s.identifier(i))) {
          return i;
        }
      } else if (type == TokenType.STRING) {
        if (containsName(s.stringValue(i))) {
          return i;
        }
      } else if (type == TokenType.EXECUTABLE_COMMENT || type == TokenType.ERROR) {
        if (containsName(s.text(i))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean containsName(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(GuardTables.APPROVALS);
  }

  /** Why the statement is more than a read, or null for a plain read. */
  private static String writes(StatementContext s) {
    StatementKind kind = s.kind();
    if (kind != StatementKind.QUERY) {
      return "it is not a plain read (" + kind.name().toLowerCase(Locale.ROOT) + ")";
    }
    for (int i = 0; i < s.size(); i++) {
      TokenType type = s.type(i);
      if (type == TokenType.EXECUTABLE_COMMENT || type == TokenType.ERROR) {
        return "it holds text the guard cannot read as a plain query";
      }
      String word = s.word(i);
      if (WRITING_WORDS.contains(word)) {
        return "it holds " + word + ", so it may write or lock";
      }
      if (word.equals("FOR")
          && (s.isWord(i + 1, "UPDATE") || s.isWord(i + 1, "SHARE") || s.isWord(i + 1, "NO")
              || s.isWord(i + 1, "KEY"))) {
        return "it locks rows (FOR UPDATE / FOR SHARE)";
      }
    }
    return null;
  }
}
