package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.List;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import org.junit.jupiter.api.Test;

/** Typed spans and node queries of {@link StatementContext}. */
class StatementContextTest {

  private static StatementContext context(String sql, boolean withTree) throws Exception {
    List<Token> code = SqlLexer.tokenize(sql, Dialect.POSTGRES).stream()
        .filter(t -> t.type() != TokenType.COMMENT).toList();
    return new StatementContext(Dialect.POSTGRES, sql, code,
        withTree ? CCJSqlParserUtil.parse(sql) : null, null, StatementKind.OTHER, 1, ScriptState.UNKNOWN);
  }

  @Test
  void splitsTopLevelItemsOutsideParenthesesAndBrackets() throws Exception {
    StatementContext s = context(
        "ALTER TABLE t ADD COLUMN c text[] DEFAULT ARRAY['a','b'], ADD CHECK (f(1, 2)), DROP d", false);
    List<StatementContext.Span> items = s.topLevelItems(new StatementContext.Span(3, s.size() - 1));
    assertThat(items).extracting(s::text)
        .containsExactly("ADD COLUMN c text[] DEFAULT ARRAY['a','b']", "ADD CHECK (f(1, 2))", "DROP d");
    assertThat(s.containsWord(items.get(2), "DROP")).isTrue();
    assertThat(s.containsWord(items.get(0), "DROP")).isFalse();
    assertThat(s.text(s.all())).isEqualTo(s.sql());
  }

  @Test
  void refusesBackwardSpans() {
    assertThatThrownBy(() -> new StatementContext.Span(3, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new StatementContext.Span(2, 1).isEmpty()).isTrue();
  }

  @Test
  void answersNodeQueries() throws Exception {
    StatementContext s = context("SELECT a FROM t JOIN u ON t.id = u.id WHERE t.x = 1", true);
    assertThat(s.hasNode(Join.class)).isTrue();
    assertThat(s.firstNode(Table.class)).map(Table::getName).contains("t");
    assertThat(s.nodes(EqualsTo.class, e -> e.getRightExpression().toString().equals("1"))).hasSize(1);
    StatementContext noTree = context("SELECT 1", false);
    assertThat(noTree.hasNode(Table.class)).isFalse();
    assertThat(noTree.firstNode(Table.class)).isEmpty();
  }
}
