package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.ScriptStatement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link io.jdbcguard.rules.GuardEngine#split}: contract 1.6 depends on cutting a string where the
 * database would, and not where a semicolon merely appears inside a literal, a quoted identifier, a
 * dollar quote or a comment.
 */
class SplitContractTest {

  @Test
  void splitsPostgresOnlyOnSemicolonsOutsideLiteralsQuotesAndComments() {
    String script = "SELECT 'a;b'; SELECT $$;$$; SELECT $t$ $$; $t$; SELECT 1 /* ; */; "
        + "SELECT \"x;y\" FROM t; SELECT 1 -- ;\n; SELECT E'\\';'";

    assertSplit(Dialect.POSTGRES, script,
        "SELECT 'a;b'", "SELECT $$;$$", "SELECT $t$ $$; $t$", "SELECT 1",
        "SELECT \"x;y\" FROM t", "SELECT 1", "SELECT E'\\';'");
  }

  @Test
  void splitsPostgresRespectingNestedBlockComments() {
    assertSplit(Dialect.POSTGRES, "SELECT 1 /* a /* ; */ ; */; SELECT 2", "SELECT 1", "SELECT 2");
  }

  @Test
  void splitsMysqlRespectingBackslashEscapesBackquotesAndHashComments() {
    String script = "SELECT 'it\\'s;'; SELECT `a;b` FROM t; SELECT 1 # ;\n; SELECT \"q\\\";\"";

    assertSplit(Dialect.MYSQL, script,
        "SELECT 'it\\'s;'", "SELECT `a;b` FROM t", "SELECT 1", "SELECT \"q\\\";\"");
  }

  @Test
  void splitsWhereASemicolonEndsAStatementEvenWithoutSpaces() {
    assertSplit(Dialect.POSTGRES, "SELECT 1;DROP TABLE t", "SELECT 1", "DROP TABLE t");
  }

  @Test
  void dropsEmptyAndCommentOnlyPieces() {
    assertSplit(
        Dialect.POSTGRES, "SELECT 1;; ; -- c\n; /* x */; SELECT 2;", "SELECT 1", "SELECT 2");
    assertThat(Engines.of(Dialect.POSTGRES).split("")).isEmpty();
    assertThat(Engines.of(Dialect.POSTGRES).split("  -- only a comment\n")).isEmpty();
  }

  @Test
  void reportsWhereEachStatementStarts() {
    String script = "SELECT 1;\nSELECT 2;\n\n  UPDATE t SET a = 1 WHERE id = 2";
    List<ScriptStatement> statements = Engines.of(Dialect.POSTGRES).split(script);

    assertThat(statements).hasSize(3);
    for (ScriptStatement s : statements) {
      assertThat(script.startsWith(s.sql(), s.offset()))
          .as("sql %s is the script's text at offset %d", s.sql(), s.offset()).isTrue();
      assertThat(s.line()).as(s.sql())
          .isEqualTo(1 + (int) script.substring(0, s.offset()).chars().filter(c -> c == '\n')
              .count());
    }
    assertThat(statements.get(0).offset()).isZero();
    assertThat(statements.get(0).line()).isEqualTo(1);
    assertThat(statements.get(2).sql().strip()).isEqualTo("UPDATE t SET a = 1 WHERE id = 2");
  }

  /**
   * The script splits into exactly as many statements as there are prefixes, and each statement's
   * text starts with its prefix (a statement may keep a trailing comment, so comments are left out
   * of the prefixes).
   */
  private static void assertSplit(Dialect dialect, String script, String... prefixes) {
    List<String> texts = Engines.of(dialect).split(script).stream()
        .map(s -> s.sql().strip())
        .collect(Collectors.toList());
    assertThat(texts).as("split of %s", script).hasSize(prefixes.length);
    for (int i = 0; i < prefixes.length; i++) {
      assertThat(texts.get(i)).as("statement %d of %s", i + 1, script).startsWith(prefixes[i]);
    }
  }
}
