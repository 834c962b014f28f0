package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;

/**
 * Checks that the syntax tree still holds every word of the statement. JSqlParser 5.4 can reach
 * the end of a statement while silently dropping part of it ({@code DELETE FROM t1 USING t1 JOIN t2
 * ON ... WHERE ...} comes back as {@code DELETE FROM t1 USING t1}); rules that read such a tree
 * would judge a different statement, so a statement whose words did not all survive is not
 * analysed but refused.
 */
final class ParseCoverage {

  /** Optional words the parser may legitimately leave out when it renders the tree. */
  private static final Set<String> NOISE =
      Set.of("AS", "OUTER", "INNER", "COLUMN", "WORK", "TRANSACTION", "INTO", "FROM", "TABLE",
          "ASC", "DISTINCT", "ALL", "ROW", "ROWS", "ONLY", "FIRST", "NEXT", "TO", "ON");

  private ParseCoverage() {}

  /** A word of {@code parserText} missing from the rendered tree, or null when none is. */
  static String missingWord(String parserText, Statement ast, Dialect dialect) {
    Set<String> rendered = words(ast.toString(), dialect);
    for (String w : words(parserText, dialect)) {
      if (!rendered.contains(w) && !NOISE.contains(w)) {
        return w;
      }
    }
    return null;
  }

  private static Set<String> words(String text, Dialect dialect) {
    List<Token> tokens = SqlLexer.tokenize(text, dialect);
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      if (t.type() == TokenType.WORD) {
        out.add(upper(t.text(text)));
      }
    }
    return out;
  }

  private static String upper(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'a' && c[i] <= 'z') {
        c[i] = (char) (c[i] - ('a' - 'A'));
      }
    }
    return new String(c);
  }
}
