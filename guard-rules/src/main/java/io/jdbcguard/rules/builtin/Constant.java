package io.jdbcguard.rules.builtin;

import java.math.BigDecimal;
import java.math.MathContext;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/**
 * Evaluates expressions made only of literals ({@code 1=1}, {@code 'a'='a'}, {@code 1+1=2}, {@code
 * NOT FALSE}, {@code 1 IN (1)}) with SQL's three-valued logic. Anything that depends on a row, a
 * parameter or a function is {@link #UNKNOWN}.
 */
final class Constant {

  /** The value of a NULL literal. */
  static final Object NULL = new Object();

  /** Not a constant. */
  static final Object UNKNOWN = new Object();

  private static final int MAX_DEPTH = 64;

  private Constant() {}

  /** True when the expression is a literal condition that holds. */
  static boolean isTrue(Expression e) {
    return truth(eval(e, 0)) == Boolean.TRUE;
  }

  /** True when the expression is a literal condition that never holds (false or NULL). */
  static boolean isFalse(Expression e) {
    Object v = eval(e, 0);
    return v == NULL || truth(v) == Boolean.FALSE;
  }

  /** Boolean.TRUE / FALSE for a condition's truth, or null when unknown or NULL. */
  private static Boolean truth(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof BigDecimal d) {
      return d.signum() != 0; // MySQL: WHERE 1
    }
    if (v instanceof String s) {
      // a string used as a condition: MySQL reads its numeric prefix ('1' is true, '1abc' too),
      // PostgreSQL accepts '1' and '0'; words such as 'true' mean different things, so unknown
      java.util.regex.Matcher m = NUMERIC_PREFIX.matcher(s);
      return m.lookingAt() ? new BigDecimal(m.group().strip()).signum() != 0 : null;
    }
    return null;
  }

  private static final java.util.regex.Pattern NUMERIC_PREFIX =
      java.util.regex.Pattern.compile("[ \\t]*[-+]?[0-9]{1,30}(\\.[0-9]{1,30})?");

  static Object eval(Expression e, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return UNKNOWN;
    }
    int d = depth + 1;
    if (e instanceof LongValue v) {
      return new BigDecimal(v.getStringValue());
    }
    if (e instanceof DoubleValue v) {
      return BigDecimal.valueOf(v.getValue());
    }
    if (e instanceof StringValue v) {
      return v.getValue();
    }
    if (e instanceof BooleanValue v) {
      return v.getValue();
    }
    if (e instanceof NullValue) {
      return NULL;
    }
    if (e instanceof ParenthesedExpressionList<?> list) {
      return list.size() == 1 ? eval(list.get(0), d) : UNKNOWN;
    }
    if (e instanceof SignedExpression s) {
      Object v = eval(s.getExpression(), d);
      if (v instanceof BigDecimal n) {
        return s.getSign() == '-' ? n.negate() : s.getSign() == '+' ? n : UNKNOWN;
      }
      return v == NULL ? NULL : UNKNOWN;
    }
    if (e instanceof CastExpression c) {
      return eval(c.getLeftExpression(), d);
    }
    if (e instanceof NotExpression n) {
      Object v = eval(n.getExpression(), d);
      Boolean b = truth(v);
      return v == NULL ? NULL : b == null ? UNKNOWN : !b;
    }
    if (e instanceof AndExpression a) {
      return and(eval(a.getLeftExpression(), d), eval(a.getRightExpression(), d));
    }
    if (e instanceof OrExpression o) {
      return or(eval(o.getLeftExpression(), d), eval(o.getRightExpression(), d));
    }
    if (e instanceof XorExpression x) {
      Boolean l = truth(eval(x.getLeftExpression(), d));
      Boolean r = truth(eval(x.getRightExpression(), d));
      return l == null || r == null ? UNKNOWN : l ^ r;
    }
    if (e instanceof ComparisonOperator c) {
      return compare(c, eval(c.getLeftExpression(), d), eval(c.getRightExpression(), d));
    }
    if (e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication
        || e instanceof Division || e instanceof Modulo || e instanceof Concat) {
      var b = (net.sf.jsqlparser.expression.BinaryExpression) e;
      return arithmetic(e, eval(b.getLeftExpression(), d), eval(b.getRightExpression(), d));
    }
    if (e instanceof IsNullExpression n) {
      Object v = eval(n.getLeftExpression(), d);
      return v == UNKNOWN ? UNKNOWN : (v == NULL) != n.isNot();
    }
    if (e instanceof IsBooleanExpression b) {
      Boolean v = truth(eval(b.getLeftExpression(), d));
      if (v == null) {
        return UNKNOWN;
      }
      return (v == b.isTrue()) != b.isNot();
    }
    if (e instanceof InExpression in) {
      return in(in, d);
    }
    if (e instanceof Between b) {
      Object v = eval(b.getLeftExpression(), d);
      Object lo = eval(b.getBetweenExpressionStart(), d);
      Object hi = eval(b.getBetweenExpressionEnd(), d);
      Object r = and(compareValues(v, lo, 1), compareValues(v, hi, -1));
      return b.isNot() ? not(r) : r;
    }
    return UNKNOWN;
  }

  private static Object in(InExpression in, int d) {
    if (in.getRightExpression() instanceof ExpressionList<?> empty && empty.isEmpty()) {
      return in.isNot(); // x IN () matches nothing, x NOT IN () everything (where it is accepted)
    }
    Object left = eval(in.getLeftExpression(), d);
    if (left == UNKNOWN || !(in.getRightExpression() instanceof ExpressionList<?> list)) {
      return UNKNOWN;
    }
    boolean sawNull = false;
    for (Expression item : list) {
      Object v = eval(item, d);
      if (v == UNKNOWN) {
        return UNKNOWN;
      }
      Object eq = compareValues(left, v, 0);
      if (eq == Boolean.TRUE) {
        return !in.isNot();
      }
      sawNull |= eq == NULL;
    }
    return sawNull ? NULL : in.isNot();
  }

  private static Object compare(ComparisonOperator c, Object l, Object r) {
    if (c instanceof EqualsTo) {
      return compareValues(l, r, 0);
    }
    if (c instanceof NotEqualsTo) {
      return not(compareValues(l, r, 0));
    }
    if (c instanceof GreaterThan) {
      return compareValues(l, r, 2);
    }
    if (c instanceof GreaterThanEquals) {
      return compareValues(l, r, 1);
    }
    if (c instanceof MinorThan) {
      return compareValues(l, r, -2);
    }
    if (c instanceof MinorThanEquals) {
      return compareValues(l, r, -1);
    }
    return UNKNOWN;
  }

  /** mode: 0 equal, 1 greater-or-equal, 2 greater, -1 less-or-equal, -2 less. */
  private static Object compareValues(Object l, Object r, int mode) {
    if (l == UNKNOWN || r == UNKNOWN) {
      return UNKNOWN;
    }
    if (l == NULL || r == NULL) {
      return NULL;
    }
    int cmp;
    if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
      cmp = a.compareTo(b);
    } else if (l instanceof String a && r instanceof String b) {
      if (mode != 0) {
        return UNKNOWN; // ordering depends on the collation
      }
      cmp = a.equals(b) ? 0 : 1;
    } else if (l instanceof Boolean a && r instanceof Boolean b) {
      cmp = Boolean.compare(a, b);
    } else {
      return UNKNOWN;
    }
    return switch (mode) {
      case 0 -> cmp == 0;
      case 1 -> cmp >= 0;
      case 2 -> cmp > 0;
      case -1 -> cmp <= 0;
      default -> cmp < 0;
    };
  }

  private static Object arithmetic(Expression op, Object l, Object r) {
    if (l == NULL || r == NULL) {
      return NULL;
    }
    if (op instanceof Concat) {
      return l instanceof String a && r instanceof String b ? a + b : UNKNOWN;
    }
    if (!(l instanceof BigDecimal a) || !(r instanceof BigDecimal b)) {
      return UNKNOWN;
    }
    if (op instanceof Addition) {
      return a.add(b);
    }
    if (op instanceof Subtraction) {
      return a.subtract(b);
    }
    if (op instanceof Multiplication) {
      return a.multiply(b, MathContext.DECIMAL64);
    }
    if (b.signum() == 0) {
      return UNKNOWN;
    }
    return op instanceof Division ? a.divide(b, MathContext.DECIMAL64) : a.remainder(b);
  }

  private static Object and(Object l, Object r) {
    Boolean a = truth(l);
    Boolean b = truth(r);
    if (a == Boolean.FALSE || b == Boolean.FALSE) {
      return false;
    }
    if (a == Boolean.TRUE && b == Boolean.TRUE) {
      return true;
    }
    return l == UNKNOWN || r == UNKNOWN ? UNKNOWN : NULL;
  }

  private static Object or(Object l, Object r) {
    Boolean a = truth(l);
    Boolean b = truth(r);
    if (a == Boolean.TRUE || b == Boolean.TRUE) {
      return true;
    }
    if (a == Boolean.FALSE && b == Boolean.FALSE) {
      return false;
    }
    return l == UNKNOWN || r == UNKNOWN ? UNKNOWN : NULL;
  }

  private static Object not(Object v) {
    Boolean b = truth(v);
    return b == null ? v : !b;
  }
}
