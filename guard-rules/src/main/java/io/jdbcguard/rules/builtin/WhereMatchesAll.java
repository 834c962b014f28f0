package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * A DELETE or UPDATE whose WHERE is made only of conditions that match (almost) every row: {@code
 * col IS NOT NULL}, {@code col LIKE '%'}, {@code id > 0} or {@code id <> 0} on a key-like column, {@code id IN
 * (SELECT id FROM same_table)}.
 */
final class WhereMatchesAll implements Rule {

  @Override
  public String id() {
    return "where-matches-all";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Writes.Write w : Writes.of(s)) {
      if (w.where() == null || Conditions.alwaysTrue(w.where(), w.targetNames())) {
        continue;
      }
      if (matchesAll(w.where(), w.targetNames(), 0)) {
        report.add(
            "WHERE " + w.where(),
            "This WHERE matches (almost) every row: IS NOT NULL, LIKE '%', key > 0 and IN over"
                + " the same table are true for all ordinary rows.",
            "Name the rows you mean with a selective condition, e.g. WHERE id = ? or a date"
                + " range.");
      }
    }
  }

  /** AND: every side matches all; OR: one side does; else one of the predicates below. */
  private static boolean matchesAll(Expression e, Set<String> targets, int depth) {
    Expression x = Conditions.unwrap(e);
    if (depth > 64) {
      return false;
    }
    if (x instanceof AndExpression a) {
      return matchesAll(a.getLeftExpression(), targets, depth + 1)
          && matchesAll(a.getRightExpression(), targets, depth + 1);
    }
    if (x instanceof OrExpression o) {
      return matchesAll(o.getLeftExpression(), targets, depth + 1)
          || matchesAll(o.getRightExpression(), targets, depth + 1);
    }
    if (x instanceof IsNullExpression n) {
      return n.isNot() && n.getLeftExpression() instanceof Column;
    }
    if (x instanceof LikeExpression like) {
      return !like.isNot()
          && like.getLeftExpression() instanceof Column
          && like.getRightExpression() instanceof StringValue p
          && !p.getValue().isEmpty()
          && p.getValue().chars().allMatch(ch -> ch == '%');
    }
    if (x instanceof GreaterThan || x instanceof GreaterThanEquals) {
      var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
      return keyAbove(b.getLeftExpression(), b.getRightExpression(), x instanceof GreaterThan);
    }
    if (x instanceof NotEqualsTo ne) {
      // key <> 0, key != -1: every ordinary key differs from a non-positive constant
      return keyAbove(ne.getLeftExpression(), ne.getRightExpression(), true)
          || keyAbove(ne.getRightExpression(), ne.getLeftExpression(), true);
    }
    if (x instanceof MinorThan || x instanceof MinorThanEquals) {
      var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
      return keyAbove(b.getRightExpression(), b.getLeftExpression(), x instanceof MinorThan);
    }
    if (x instanceof InExpression in && !in.isNot()) {
      return in.getLeftExpression() instanceof Column c && selectsSameColumnOfTarget(in, c, targets);
    }
    return false;
  }

  /** {@code key > 0}, {@code key >= 1} (or lower bounds): true for every ordinary key. */
  private static boolean keyAbove(Expression column, Expression bound, boolean strict) {
    if (Conditions.unwrap(column) instanceof Column c && isKeyLike(c)
        && Constant.eval(bound, 0) instanceof BigDecimal n) {
      return n.compareTo(BigDecimal.valueOf(strict ? 0 : 1)) <= 0;
    }
    return false;
  }

  private static boolean isKeyLike(Column c) {
    String n = c.getColumnName().toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "");
    return n.equals("id") || n.equals("pk") || n.endsWith("_id") || n.endsWith("_pk");
  }

  /** {@code id IN (SELECT id FROM t)} where t is the target and the subquery has no WHERE. */
  private static boolean selectsSameColumnOfTarget(InExpression in, Column c, Set<String> targets) {
    Expression right = in.getRightExpression();
    Select select = right instanceof ParenthesedSelect ps ? ps.getSelect() : null;
    if (right instanceof Select sel && select == null) {
      select = sel;
    }
    if (!(select instanceof PlainSelect p) || p.getWhere() != null || p.getJoins() != null
        || p.getSelectItems() == null || p.getSelectItems().size() != 1 || p.getLimit() != null) {
      return false;
    }
    Set<String> from = new TreeSet<>();
    Writes.addNames(p.getFromItem(), from);
    from.retainAll(targets);
    SelectItem<?> item = p.getSelectItems().get(0);
    return !from.isEmpty()
        && item.getExpression() instanceof Column selected
        && Writes.unquote(selected.getColumnName()).equals(Writes.unquote(c.getColumnName()));
  }
}
