package io.jdbcguard.rules.builtin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;

/**
 * OR branches that together cover every value: a condition and its negation ({@code flag OR NOT
 * flag}, {@code x = 1 OR x <> 1}, {@code id > 5 OR id <= 5}, {@code v IS NULL OR v IS NOT NULL}),
 * and rays over the same expression that leave no gap ({@code id < 10 OR id > 5}, {@code id < 5 OR
 * id = 5 OR id > 5}). True for every row in which the compared values are not NULL.
 */
final class Complements {

  private Complements() {}

  /** An atomic condition and whether it is asserted or negated. */
  private record Literal(String atom, boolean positive) {
    Literal flip() {
      return new Literal(atom, !positive);
    }
  }

  static boolean coverEverything(List<Expression> branches, Set<String> targets) {
    Map<String, Boolean> seen = new HashMap<>();
    Map<String, Rays> rays = new HashMap<>();
    for (Expression b : branches) {
      Literal l = literal(b, targets, 0);
      if (l != null) {
        Boolean before = seen.putIfAbsent(l.atom(), l.positive());
        if (before != null && before != l.positive()) {
          return true;
        }
      }
      ray(Conditions.unwrap(b), targets, rays);
    }
    for (Rays r : rays.values()) {
      if (r.covers()) {
        return true;
      }
    }
    return false;
  }

  private static Literal literal(Expression e, Set<String> targets, int depth) {
    Expression x = Conditions.unwrap(e);
    if (x == null || depth > 16) {
      return null;
    }
    if (x instanceof NotExpression n) {
      Literal inner = literal(n.getExpression(), targets, depth + 1);
      return inner == null ? null : inner.flip();
    }
    if (x instanceof IsNullExpression n) {
      String c = Canonical.of(n.getLeftExpression(), targets);
      return c == null ? null : new Literal("isnull " + c, !n.isNot());
    }
    if (x instanceof EqualsTo || x instanceof NotEqualsTo) {
      BinaryExpression b = (BinaryExpression) x;
      String l = Canonical.of(b.getLeftExpression(), targets);
      String r = Canonical.of(b.getRightExpression(), targets);
      if (l == null || r == null) {
        return null;
      }
      String atom = l.compareTo(r) <= 0 ? l + " = " + r : r + " = " + l;
      return new Literal(atom, x instanceof EqualsTo);
    }
    if (x instanceof GreaterThan || x instanceof MinorThanEquals || x instanceof MinorThan
        || x instanceof GreaterThanEquals) {
      BinaryExpression b = (BinaryExpression) x;
      String l = Canonical.of(b.getLeftExpression(), targets);
      String r = Canonical.of(b.getRightExpression(), targets);
      if (l == null || r == null) {
        return null;
      }
      // a > b, a <= b (not a > b), a < b (b > a), a >= b (not b > a)
      boolean swap = x instanceof MinorThan || x instanceof GreaterThanEquals;
      boolean positive = x instanceof GreaterThan || x instanceof MinorThan;
      return new Literal(swap ? r + " > " + l : l + " > " + r, positive);
    }
    if (x instanceof InExpression in && in.getRightExpression() instanceof ExpressionList<?> list) {
      String left = Canonical.of(in.getLeftExpression(), targets);
      Set<String> items = new TreeSet<>();
      for (Expression item : list) {
        String c = Canonical.of(item, targets);
        if (c == null) {
          return null;
        }
        items.add(c);
      }
      return left == null ? null : new Literal(left + " in " + items, !in.isNot());
    }
    String c = Canonical.of(x, targets);
    return c == null ? null : new Literal("is " + c, true);
  }

  /** The rays and points of one expression compared with numeric constants. */
  private static final class Rays {
    BigDecimal upper; // expression < or <= upper
    boolean upperInclusive;
    BigDecimal lower; // expression > or >= lower
    boolean lowerInclusive;
    final Set<BigDecimal> points = new TreeSet<>();

    void below(BigDecimal v, boolean inclusive) {
      if (upper == null || v.compareTo(upper) > 0 || v.compareTo(upper) == 0 && inclusive) {
        upper = v;
        upperInclusive = inclusive;
      }
    }

    void above(BigDecimal v, boolean inclusive) {
      if (lower == null || v.compareTo(lower) < 0 || v.compareTo(lower) == 0 && inclusive) {
        lower = v;
        lowerInclusive = inclusive;
      }
    }

    boolean covers() {
      if (upper == null || lower == null) {
        return false;
      }
      int cmp = upper.compareTo(lower);
      return cmp > 0 || cmp == 0 && (upperInclusive || lowerInclusive
          || points.stream().anyMatch(p -> p.compareTo(upper) == 0));
    }
  }

  private static void ray(Expression x, Set<String> targets, Map<String, Rays> rays) {
    if (!(x instanceof GreaterThan || x instanceof GreaterThanEquals || x instanceof MinorThan
        || x instanceof MinorThanEquals || x instanceof EqualsTo)) {
      return;
    }
    BinaryExpression b = (BinaryExpression) x;
    Object lv = Constant.eval(b.getLeftExpression(), 0);
    Object rv = Constant.eval(b.getRightExpression(), 0);
    boolean constantRight = rv instanceof BigDecimal;
    if (constantRight == lv instanceof BigDecimal) {
      return; // both or neither constant
    }
    String expr = Canonical.of(constantRight ? b.getLeftExpression() : b.getRightExpression(), targets);
    if (expr == null) {
      return;
    }
    BigDecimal v = (BigDecimal) (constantRight ? rv : lv);
    Rays r = rays.computeIfAbsent(expr, k -> new Rays());
    boolean greater = x instanceof GreaterThan || x instanceof GreaterThanEquals;
    boolean inclusive = x instanceof GreaterThanEquals || x instanceof MinorThanEquals;
    if (x instanceof EqualsTo) {
      r.points.add(v.stripTrailingZeros());
      r.points.add(v);
    } else if (greater == constantRight) {
      r.above(v, inclusive); // expr > v, or v < expr
    } else {
      r.below(v, inclusive);
    }
  }
}
