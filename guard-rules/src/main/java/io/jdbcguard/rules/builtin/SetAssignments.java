package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The assignments of a {@code SET} statement, in both dialects: {@code SET [SESSION | LOCAL |
 * GLOBAL | PERSIST | PERSIST_ONLY] name {= | TO | :=} value [, ...]}, {@code SET @@global.name =
 * value}, {@code SET ROLE r}, {@code SET SESSION AUTHORIZATION u}.
 */
final class SetAssignments {

  /**
   * @param global true for a server-wide scope (GLOBAL, PERSIST, {@code @@global.})
   * @param name the setting, lower case, without scope prefix ({@code session authorization} for
   *     the two-word form)
   * @param first first token of the assignment
   * @param last last token of the assignment
   * @param valueIndex index of the first value token, or -1
   */
  record Assignment(boolean global, String name, int first, int last, int valueIndex) {}

  private SetAssignments() {}

  static List<Assignment> of(StatementContext s) {
    if (!Keywords.startsWith(s, "SET")) {
      return List.of();
    }
    List<Assignment> out = new ArrayList<>();
    boolean global = false;
    for (int[] part : Keywords.commaSeparated(s, 1, s.size())) {
      int i = part[0];
      String scope = s.word(i);
      if (scope.equals("GLOBAL") || scope.equals("PERSIST") || scope.equals("PERSIST_ONLY")) {
        global = true;
        i++;
      } else if (scope.equals("SESSION") || scope.equals("LOCAL")) {
        if (!s.isWord(i + 1, "AUTHORIZATION") && !s.isWord(i + 1, "CHARACTERISTICS")) {
          i++;
        }
      }
      StringBuilder name = new StringBuilder();
      int j = i;
      while (j <= part[1]) {
        TokenType t = s.type(j);
        if (t == TokenType.OPERATOR && s.text(j).startsWith("@")) {
          name.append(s.text(j));
          j++;
        } else if (t == TokenType.WORD || t == TokenType.QUOTED_IDENTIFIER) {
          name.append(s.identifier(j).toLowerCase(Locale.ROOT));
          j++;
          if (s.type(j) != TokenType.DOT) {
            break;
          }
          name.append('.');
          j++;
        } else {
          break;
        }
      }
      if (name.toString().equals("session") && s.isWord(j, "AUTHORIZATION")) {
        name.append(" authorization");
        j++;
      }
      int value = j <= part[1] ? j : -1;
      if (value >= 0
          && (s.isWord(j, "TO")
              || (s.type(j) == TokenType.OPERATOR
                  && (s.text(j).equals("=") || s.text(j).equals(":="))))) {
        value = j + 1 <= part[1] ? j + 1 : -1;
      }
      String n = name.toString();
      boolean thisGlobal = global;
      if (n.startsWith("@@global.") || n.startsWith("@@persist.") || n.startsWith("@@persist_only.")) {
        thisGlobal = true;
        n = n.substring(n.indexOf('.') + 1);
      } else if (n.startsWith("@@session.") || n.startsWith("@@local.")) {
        n = n.substring(n.indexOf('.') + 1);
      } else if (n.startsWith("@@")) {
        n = n.substring(2);
      }
      out.add(new Assignment(thisGlobal, n, part[0], part[1], value));
    }
    return out;
  }
}
