package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.sql.AstNodes;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.CosineSimilarity;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
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
   * The operands of a chain of one operator, {@code a OR b OR (c OR d)}, in order, through
   * redundant parentheses: a long chain is read without recursion, so its depth does not hide a
   * branch.
   */
  static List<Expression> operands(Expression e, Class<? extends BinaryExpression> op) {
    List<Expression> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<Expression> stack = new java.util.ArrayDeque<>();
    stack.push(e);
    while (!stack.isEmpty()) {
      Expression x = unwrap(stack.pop());
      if (op.isInstance(x)) {
        BinaryExpression b = (BinaryExpression) x;
        stack.push(b.getRightExpression());
        stack.push(b.getLeftExpression());
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * True when the condition holds for every row (in which the columns it compares are not NULL):
   * a literal truth ({@code 1=1}, {@code TRUE}, {@code NOT FALSE}), a comparison of an expression
   * with itself however it is spelled ({@code id = id}, {@code x = x + 0}, {@code lower(e) =
   * lower(e)}), {@code NOT} of a contradiction ({@code NOT (id <> id)}), a {@code CASE} whose every
   * branch holds, an OR (or XOR) with such a branch, or an AND of such conditions.
   */
  static boolean alwaysTrue(Expression e, Set<String> targets) {
    return alwaysTrue(e, targets, 0);
  }

  /** True when the condition holds for no row: {@code WHERE false}, {@code 1 = 0}, {@code id <> id}. */
  static boolean alwaysFalse(Expression e, Set<String> targets) {
    return alwaysFalse(e, targets, 0);
  }

  private static boolean alwaysTrue(Expression e, Set<String> targets, int depth) {
    Expression x = unwrap(e);
    if (x == null) {
      return false;
    }
    if (depth > MAX_DEPTH) {
      return true; // nested too deeply to tell: it cannot be shown to limit rows
    }
    int d = depth + 1;
    if (x instanceof OrExpression) {
      for (Expression branch : operands(x, OrExpression.class)) {
        if (alwaysTrue(branch, targets, d)) {
          return true;
        }
      }
      return false;
    }
    if (x instanceof AndExpression) {
      for (Expression conjunct : operands(x, AndExpression.class)) {
        if (!alwaysTrue(conjunct, targets, d)) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof XorExpression o) {
      // a XOR TRUE is NOT a: it changes every row the other side does not name, like an OR
      // with a true branch; TRUE XOR TRUE is false
      boolean l = alwaysTrue(o.getLeftExpression(), targets, d);
      boolean r = alwaysTrue(o.getRightExpression(), targets, d);
      return l != r;
    }
    if (x instanceof NotExpression n) {
      return alwaysFalse(n.getExpression(), targets, d);
    }
    if (x instanceof CaseExpression c) {
      return everyBranch(c, targets, d, true);
    }
    if (x instanceof IsBooleanExpression b) {
      boolean truthy = b.isTrue() != b.isNot(); // IS TRUE, IS NOT FALSE
      return truthy
          ? alwaysTrue(b.getLeftExpression(), targets, d)
          : alwaysFalse(b.getLeftExpression(), targets, d);
    }
    if (x instanceof IsNullExpression n && n.isNot() && neverNull(n.getLeftExpression())) {
      return true;
    }
    if (x instanceof Function f && isCoalesce(f)) {
      // coalesce(a, b, ...) is true when every argument is
      for (Expression arg : f.getParameters()) {
        if (!alwaysTrue(arg, targets, d)) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof Function f && isIf(f)) {
      return alwaysTrue(f.getParameters().get(1), targets, d)
          && alwaysTrue(f.getParameters().get(2), targets, d);
    }
    if (isSelfComparison(x, targets) || comparesWithItself(x, targets)) {
      return true;
    }
    return Constant.isTrue(x);
  }

  private static boolean alwaysFalse(Expression e, Set<String> targets, int depth) {
    Expression x = unwrap(e);
    if (x == null || depth > MAX_DEPTH) {
      return false;
    }
    int d = depth + 1;
    if (x instanceof AndExpression) {
      for (Expression conjunct : operands(x, AndExpression.class)) {
        if (alwaysFalse(conjunct, targets, d)) {
          return true;
        }
      }
      return false;
    }
    if (x instanceof OrExpression) {
      for (Expression branch : operands(x, OrExpression.class)) {
        if (!alwaysFalse(branch, targets, d)) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof NotExpression n) {
      return alwaysTrue(n.getExpression(), targets, d);
    }
    if (x instanceof CaseExpression c) {
      return everyBranch(c, targets, d, false);
    }
    if (x instanceof IsBooleanExpression b) {
      boolean truthy = b.isTrue() != b.isNot();
      return truthy
          ? alwaysFalse(b.getLeftExpression(), targets, d)
          : alwaysTrue(b.getLeftExpression(), targets, d);
    }
    if (x instanceof IsNullExpression n && !n.isNot() && neverNull(n.getLeftExpression())) {
      return true;
    }
    if (isSelfContradiction(x, targets)) {
      return true;
    }
    return Constant.isFalse(x);
  }

  /**
   * Every THEN (and the ELSE) always true, or with {@code truth == false} always false. A CASE
   * without ELSE is NULL where no branch applies: never always true, and counts as false.
   */
  private static boolean everyBranch(CaseExpression c, Set<String> targets, int d, boolean truth) {
    if (c.getWhenClauses() == null || c.getWhenClauses().isEmpty()) {
      return false;
    }
    if (c.getElseExpression() == null && truth) {
      return false;
    }
    for (WhenClause w : c.getWhenClauses()) {
      Expression then = w.getThenExpression();
      if (!(truth ? alwaysTrue(then, targets, d) : alwaysFalse(then, targets, d))) {
        return false;
      }
    }
    Expression otherwise = c.getElseExpression();
    return otherwise == null
        || (truth ? alwaysTrue(otherwise, targets, d) : alwaysFalse(otherwise, targets, d));
  }

  /** {@code coalesce(x, 0)}, {@code ifnull(x, '')}: a last argument that is a non-NULL literal. */
  private static boolean neverNull(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof Function f && isCoalesce(f)) {
      Expression last = f.getParameters().get(f.getParameters().size() - 1);
      Object v = Constant.eval(last, 0);
      return v != Constant.NULL && v != Constant.UNKNOWN;
    }
    return false;
  }

  private static boolean isCoalesce(Function f) {
    String n = f.getName() == null ? "" : Writes.unquote(f.getName());
    return (n.equals("coalesce") || n.equals("ifnull") || n.equals("nvl") || n.equals("isnull"))
        && f.getParameters() != null && f.getParameters().size() >= 2
        && f.getNamedParameters() == null;
  }

  private static boolean isIf(Function f) {
    String n = f.getName() == null ? "" : Writes.unquote(f.getName());
    return (n.equals("if") || n.equals("iif"))
        && f.getParameters() != null && f.getParameters().size() == 3;
  }

  /**
   * {@code id = id}, {@code x >= x}, {@code x = x + 0}, {@code lower(e) = lower(e)}, {@code x IS
   * NOT DISTINCT FROM x}, MySQL's {@code x <=> x}: both sides the same deterministic row
   * expression ({@link Canonical}).
   */
  static boolean isSelfComparison(Expression x, Set<String> targets) {
    if (!(x instanceof EqualsTo || x instanceof GreaterThanEquals || x instanceof MinorThanEquals
        || x instanceof CosineSimilarity
        || x instanceof IsDistinctExpression d && d.isNot())) {
      return false;
    }
    var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
    if (x instanceof EqualsTo eq && eq.getOldOracleJoinSyntax() != 0) {
      return false;
    }
    return Canonical.same(b.getLeftExpression(), b.getRightExpression(), targets);
  }

  /** {@code x <> x}, {@code x < x}, {@code x > x}, {@code x IS DISTINCT FROM x}: never true. */
  private static boolean isSelfContradiction(Expression x, Set<String> targets) {
    if (!(x instanceof NotEqualsTo || x instanceof GreaterThan || x instanceof MinorThan
        || x instanceof IsDistinctExpression d && !d.isNot())) {
      return false;
    }
    var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
    return Canonical.same(b.getLeftExpression(), b.getRightExpression(), targets);
  }

  /** {@code x IN (1, x)}, {@code x BETWEEN x AND x}: true wherever x is not NULL. */
  private static boolean comparesWithItself(Expression x, Set<String> targets) {
    if (x instanceof InExpression in && !in.isNot()
        && in.getRightExpression() instanceof ExpressionList<?> list) {
      for (Expression item : list) {
        if (Canonical.same(in.getLeftExpression(), item, targets)) {
          return true;
        }
      }
      return false;
    }
    if (x instanceof Between b && !b.isNot()) {
      return Canonical.same(b.getLeftExpression(), b.getBetweenExpressionStart(), targets)
          && Canonical.same(b.getLeftExpression(), b.getBetweenExpressionEnd(), targets);
    }
    return false;
  }

  /**
   * Every AST node of {@code root}, parents first. Unlike {@link AstNodes#of(Object)} it also looks
   * inside a root that is itself a parenthesised list ({@code WHERE (a = 1)}, {@code ON (t.id =
   * s.id)}).
   */
  static List<Object> nodes(Object root) {
    return nodes(root, n -> true);
  }

  static List<Object> nodes(Object root, java.util.function.Predicate<Object> descend) {
    if (root instanceof java.util.Collection<?> c) {
      List<Object> out = new java.util.ArrayList<>();
      out.add(root);
      for (Object item : c) {
        out.addAll(nodes(item, descend));
      }
      return out;
    }
    return AstNodes.of(root, descend);
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
    List<Object> outer = nodes(where, n -> !(n instanceof Select));
    for (Object n : outer) {
      if (n instanceof Column c && refersTo(c, targets)) {
        return true;
      }
    }
    List<Object> all = nodes(where);
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

  /**
   * True when {@code table} is joined to the target by ON (or USING) conditions, directly or
   * through a chain of joins ({@code t1 JOIN t2 ON t1.id = t2.t1_id JOIN t3 ON t3.id = t2.t3_id}).
   */
  private static boolean joinCorrelates(String table, Set<String> targets, List<Join> joins) {
    Set<String> tied = new java.util.TreeSet<>(targets);
    boolean grew = true;
    while (grew && !tied.contains(table)) {
      grew = false;
      for (Join j : joins) {
        Set<String> names = new java.util.TreeSet<>();
        Writes.addNames(j.getFromItem(), names);
        if (tied.containsAll(names) || !ties(j, tied)) {
          continue;
        }
        tied.addAll(names);
        grew = true;
      }
    }
    return tied.contains(table);
  }

  private static boolean ties(Join j, Set<String> tied) {
    if (j.getUsingColumns() != null && !j.getUsingColumns().isEmpty()) {
      return true;
    }
    if (j.getOnExpressions() == null) {
      return false;
    }
    for (Expression on : j.getOnExpressions()) {
      for (Object n : nodes(on)) {
        if (n instanceof Column c && qualifier(c) != null && tied.contains(qualifier(c))) {
          return true;
        }
      }
    }
    return false;
  }
}
