package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.sql.AstNodes;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Select;

/** Questions about a WHERE (or ON) condition that the write rules share. */
final class Conditions {

  private static final int MAX_DEPTH = 64;

  private Conditions() {}

  /** Strips redundant parentheses: {@code ((x))} is {@code x}. */
  static Expression unwrap(Expression e) {
    Expression cur = e;
    while (cur instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      cur = list.get(0);
    }
    return cur;
  }

  /**
   * True when the condition holds for every row: a literal truth ({@code 1=1}, {@code TRUE},
   * {@code NOT FALSE}), a self-comparison ({@code id = id}), an OR with such a branch, or an AND of
   * such conditions.
   */
  static boolean alwaysTrue(Expression e, Set<String> targets) {
    return alwaysTrue(e, targets, 0);
  }

  private static boolean alwaysTrue(Expression e, Set<String> targets, int depth) {
    Expression x = unwrap(e);
    if (x == null || depth > MAX_DEPTH) {
      return false;
    }
    if (x instanceof OrExpression o) {
      return alwaysTrue(o.getLeftExpression(), targets, depth + 1)
          || alwaysTrue(o.getRightExpression(), targets, depth + 1);
    }
    if (x instanceof AndExpression a) {
      return alwaysTrue(a.getLeftExpression(), targets, depth + 1)
          && alwaysTrue(a.getRightExpression(), targets, depth + 1);
    }
    if (x instanceof NotExpression n) {
      return alwaysFalse(n.getExpression(), targets, depth + 1);
    }
    if (isSelfComparison(x, targets)) {
      return true;
    }
    return Constant.isTrue(x);
  }

  private static boolean alwaysFalse(Expression e, Set<String> targets, int depth) {
    Expression x = unwrap(e);
    if (x == null || depth > MAX_DEPTH) {
      return false;
    }
    if (x instanceof AndExpression a) {
      return alwaysFalse(a.getLeftExpression(), targets, depth + 1)
          || alwaysFalse(a.getRightExpression(), targets, depth + 1);
    }
    if (x instanceof OrExpression o) {
      return alwaysFalse(o.getLeftExpression(), targets, depth + 1)
          && alwaysFalse(o.getRightExpression(), targets, depth + 1);
    }
    if (x instanceof NotExpression n) {
      return alwaysTrue(n.getExpression(), targets, depth + 1);
    }
    return Constant.isFalse(x);
  }

  /**
   * {@code id = id}, {@code x >= x}, {@code a + 1 <= a + 1}, {@code x IS NOT DISTINCT FROM x}: both
   * sides the same row expression, with no function (which could be volatile) or parameter.
   */
  static boolean isSelfComparison(Expression x, Set<String> targets) {
    if (!(x instanceof EqualsTo || x instanceof GreaterThanEquals || x instanceof MinorThanEquals
        || x instanceof IsDistinctExpression d && d.isNot())) {
      return false;
    }
    var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
    Expression l = unwrap(b.getLeftExpression());
    Expression r = unwrap(b.getRightExpression());
    if (l == null || r == null || !normalized(l, targets).equals(normalized(r, targets))) {
      return false;
    }
    List<Object> nodes = AstNodes.of(l);
    boolean hasColumn = false;
    for (Object n : nodes) {
      if (n instanceof Function || n instanceof JdbcParameter || n instanceof JdbcNamedParameter
          || n instanceof Select) {
        return false;
      }
      hasColumn |= n instanceof Column;
    }
    return hasColumn;
  }

  /** A column's name, qualified unless the qualifier is the target's (then {@code t.id} is {@code id}). */
  private static String normalized(Expression e, Set<String> targets) {
    if (e instanceof Column c) {
      String q = qualifier(c);
      return (q == null || targets.contains(q) ? "" : q + ".") + Writes.unquote(c.getColumnName());
    }
    return e.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * True when the condition can tell the target's rows apart: it uses a column of the target
   * (unqualified, or qualified with the target's name or alias — also inside a correlated
   * subquery), or a column of a joined table whose ON condition ties it to the target.
   */
  static boolean referencesTarget(
      Expression where, Set<String> targets, List<Join> joins, Set<String> joined) {
    // Outside subqueries an unqualified column belongs to the statement's tables; inside one it
    // belongs to the subquery's own tables, so only a column qualified with the target's name or
    // alias correlates the subquery with the target.
    List<Object> outer = AstNodes.of(where, n -> !(n instanceof Select));
    for (Object n : outer) {
      if (n instanceof Column c && refersTo(c, targets)) {
        return true;
      }
    }
    List<Object> all = AstNodes.of(where);
    for (Object n : all) {
      if (n instanceof Column c && qualifier(c) != null && targets.contains(qualifier(c))) {
        return true;
      }
    }
    for (Object n : outer) {
      if (n instanceof Column c && qualifier(c) != null && joined.contains(qualifier(c))
          && joinCorrelates(qualifier(c), targets, joins)) {
        return true;
      }
    }
    return false;
  }

  /** A column that may belong to the target: unqualified, or qualified by a target name. */
  static boolean refersTo(Column c, Set<String> targets) {
    if (isKeywordLiteral(c)) {
      return false;
    }
    String q = qualifier(c);
    return q == null || targets.contains(q);
  }

  /** JSqlParser reads some bare keywords as columns ({@code WHERE true} in some dialects). */
  private static boolean isKeywordLiteral(Column c) {
    if (c.getTable() != null && c.getTable().getName() != null) {
      return false;
    }
    String name = c.getColumnName();
    return name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false")
        || name.equalsIgnoreCase("null") || name.equalsIgnoreCase("current_date")
        || name.equalsIgnoreCase("current_timestamp") || name.equalsIgnoreCase("current_time")
        || name.equalsIgnoreCase("localtimestamp") || name.equalsIgnoreCase("current_user")
        || name.equalsIgnoreCase("session_user") || name.equalsIgnoreCase("user");
  }

  static String qualifier(Column c) {
    if (c.getTable() == null || c.getTable().getName() == null) {
      return null;
    }
    return Writes.unquote(c.getTable().getName());
  }

  private static boolean joinCorrelates(String table, Set<String> targets, List<Join> joins) {
    for (Join j : joins) {
      Set<String> names = new java.util.TreeSet<>();
      Writes.addNames(j.getFromItem(), names);
      if (!names.contains(table) || j.getOnExpressions() == null) {
        continue;
      }
      for (Expression on : j.getOnExpressions()) {
        for (Object n : AstNodes.of(on)) {
          if (n instanceof Column c && qualifier(c) != null && targets.contains(qualifier(c))) {
            return true;
          }
        }
      }
      if (j.getUsingColumns() != null && !j.getUsingColumns().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
