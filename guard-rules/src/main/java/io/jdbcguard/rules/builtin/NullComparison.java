package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;

/**
 * A comparison with NULL through {@code =}, {@code <>}, {@code !=}, {@code <}, {@code >} or an
 * {@code IN} list holding NULL, in any predicate of any statement. It is never true, so it is
 * always a bug: {@code DELETE FROM orders WHERE user_id = NULL} deletes nothing today and
 * something else after the next "fix". Assignments ({@code SET x = NULL}) are not comparisons.
 */
final class NullComparison implements Rule {

  @Override
  public String id() {
    return "null-comparison";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Object n : s.nodes()) {
      if (n instanceof ComparisonOperator c
          && isOrdinaryComparison(c)
          && (isNull(c.getLeftExpression()) || isNull(c.getRightExpression()))) {
        report.add(
            c.toString(),
            "A comparison with NULL using " + c.getStringExpression()
                + " is never true (it yields NULL), so this predicate never matches.",
            "Use " + rewrite(c) + ".");
      } else if (n instanceof InExpression in
          && in.getRightExpression() instanceof ExpressionList<?> list
          && containsNull(list)) {
        report.add(
            in.toString(),
            in.isNot()
                ? "NOT IN with a NULL in the list is never true, so it matches no row at all."
                : "NULL in an IN list never matches anything.",
            "Remove NULL from the list and test it separately with IS NULL, e.g. (x IN (1, 2) OR"
                + " x IS NULL).");
      }
    }
  }

  /** {@code x = NULL} becomes {@code x IS NULL}; {@code x <> NULL} becomes {@code x IS NOT NULL}. */
  private static String rewrite(ComparisonOperator c) {
    Expression operand = isNull(c.getLeftExpression()) ? c.getRightExpression() : c.getLeftExpression();
    if (c instanceof EqualsTo) {
      return operand + " IS NULL";
    }
    if (c instanceof NotEqualsTo) {
      return operand + " IS NOT NULL";
    }
    return operand + " IS NULL or " + operand + " IS NOT NULL, whichever you meant";
  }

  /** =, <>, !=, <, <=, >, >= (not MySQL's null-safe <=>, JSON or vector operators). */
  private static boolean isOrdinaryComparison(ComparisonOperator c) {
    return c instanceof EqualsTo || c instanceof NotEqualsTo || c instanceof GreaterThan
        || c instanceof GreaterThanEquals || c instanceof MinorThan || c instanceof MinorThanEquals;
  }

  /** {@code NULL}, {@code (NULL)}, {@code NULL::int}, {@code CAST(NULL AS int)}. */
  private static boolean isNull(Expression e) {
    Expression x = Conditions.unwrap(e);
    while (x instanceof CastExpression cast) {
      x = Conditions.unwrap(cast.getLeftExpression());
    }
    return x instanceof NullValue;
  }

  private static boolean containsNull(ExpressionList<?> list) {
    for (Expression e : list) {
      if (isNull(e)) {
        return true;
      }
    }
    return false;
  }
}
