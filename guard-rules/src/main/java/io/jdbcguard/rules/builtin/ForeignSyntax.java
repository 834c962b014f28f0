package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Write syntax that the parser accepts but the configured database does not: {@code DELETE ...
 * LIMIT / ORDER BY}, {@code UPDATE ... LIMIT / ORDER BY}, MySQL's multi-table {@code DELETE t1
 * FROM ...} and {@code UPDATE t1 JOIN t2 ...} on PostgreSQL; {@code UPDATE ... FROM} and {@code
 * MERGE} on MySQL/MariaDB; an empty {@code IN ()} list on both. The guard judges a statement by
 * what the database will do with it; a form the database has no meaning for is refused rather than
 * judged by another dialect's meaning.
 */
final class ForeignSyntax implements Rule {

  @Override
  public String id() {
    return "foreign-syntax";
  }

  @Override
  public void check(StatementContext s, Report report) {
    Dialect d = s.dialect();
    if (d == Dialect.GENERIC) {
      return;
    }
    String db = d == Dialect.POSTGRES ? "PostgreSQL" : "MySQL and MariaDB";
    for (Object n : s.nodes()) {
      String form = d == Dialect.POSTGRES ? postgresMisses(n) : mysqlMisses(n);
      if (form == null && n instanceof InExpression in
          && in.getRightExpression() instanceof ExpressionList<?> list && list.isEmpty()) {
        form = "an empty IN () list";
      }
      if (form != null) {
        report.add(
            abbreviated(n),
            db + " do" + (d == Dialect.POSTGRES ? "es" : "") + " not accept " + form
                + ", so the guard cannot tell what the statement would do there and does not"
                + " pass it on.",
            "Write it in " + (d == Dialect.POSTGRES ? "PostgreSQL" : "MySQL") + " syntax ("
                + (d == Dialect.POSTGRES
                    ? "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE ... LIMIT n), UPDATE ... FROM"
                    : "UPDATE t1 JOIN t2 ON ... SET ..., DELETE t1 FROM t1 JOIN t2 ...")
                + "), or check that guard.dialect matches the database.");
      }
    }
  }

  private static String postgresMisses(Object n) {
    if (n instanceof Delete del) {
      if (del.getLimit() != null || del.getOrderByElements() != null) {
        return "DELETE ... ORDER BY / LIMIT";
      }
      if (del.getTables() != null && !del.getTables().isEmpty()) {
        return "the multi-table DELETE t1 FROM ... form";
      }
    }
    if (n instanceof Update u) {
      if (u.getLimit() != null || u.getOrderByElements() != null) {
        return "UPDATE ... ORDER BY / LIMIT";
      }
      if (u.getStartJoins() != null && !u.getStartJoins().isEmpty()) {
        return "the multi-table UPDATE t1 JOIN t2 ... form";
      }
    }
    return null;
  }

  private static String mysqlMisses(Object n) {
    if (n instanceof Update u && u.getFromItem() != null) {
      return "UPDATE ... FROM";
    }
    if (n instanceof Merge) {
      return "MERGE";
    }
    return null;
  }

  private static String abbreviated(Object n) {
    String text = n.toString();
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
