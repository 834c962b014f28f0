package io.jdbcguard.rules.builtin;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

/**
 * A canonical text for a row expression, so that two spellings of the same value compare equal:
 * {@code x + 0}, {@code 0 + x}, {@code x * 1}, {@code x - 0}, {@code x / 1}, {@code +x} and
 * {@code (x)} are all {@code x}; {@code a + b} is {@code b + a}; {@code t.id} is {@code id} when
 * {@code t} names the target; {@code lower(e)} is {@code lower(e)} for any deterministic function.
 *
 * <p>Returns null for an expression whose value may differ between two evaluations in the same
 * row: a volatile function ({@code random()}, {@code uuid()}, {@code nextval(...)}, ...), a bind
 * parameter, a user variable or a subquery. Functions not known to be volatile are taken as
 * deterministic (user-defined functions included).
 */
final class Canonical {

  private static final int MAX_DEPTH = 48;

  /** Built-in functions whose value can change from one call to the next in the same statement. */
  private static final Set<String> VOLATILE =
      Set.of("random", "rand", "uuid", "uuid_short", "gen_random_uuid", "uuid_generate_v1",
          "uuid_generate_v1mc", "uuid_generate_v4", "newid", "sys_guid", "clock_timestamp",
          "timeofday", "nextval", "setval", "lastval", "random_bytes", "gen_random_bytes",
          "random_normal", "sysdate", "pg_sleep", "sleep", "benchmark", "last_insert_id",
          "row_count", "found_rows", "get_lock", "release_lock", "set_config", "txid_current",
          "pg_current_xact_id", "connection_id", "uuid_to_bin");

  private Canonical() {}

  /** The canonical text of {@code e}, or null when it may differ between two evaluations. */
  static String of(Expression e, Set<String> targets) {
    StringBuilder sb = new StringBuilder();
    return append(sb, e, targets, 0) ? sb.toString() : null;
  }

  /** True when both are the same deterministic row expression. */
  static boolean same(Expression a, Expression b, Set<String> targets) {
    String x = of(a, targets);
    return x != null && x.equals(of(b, targets));
  }

  static boolean isVolatile(Function f) {
    String name = f.getName();
    if (name == null) {
      return false;
    }
    String n = Writes.unquote(name);
    int dot = n.lastIndexOf('.');
    return VOLATILE.contains(dot < 0 ? n : n.substring(dot + 1));
  }

  private static boolean append(StringBuilder sb, Expression e, Set<String> targets, int depth) {
    Expression x = Conditions.unwrap(e);
    if (x == null || depth > MAX_DEPTH) {
      return false;
    }
    int d = depth + 1;
    if (x instanceof Column c) {
      String q = Conditions.qualifier(c);
      if (q != null && !targets.contains(q)) {
        sb.append(q).append('.');
      }
      sb.append(Writes.unquote(c.getColumnName()));
      return true;
    }
    if (x instanceof JdbcParameter || x instanceof JdbcNamedParameter || x instanceof UserVariable
        || x instanceof Select) {
      return false;
    }
    if (x instanceof LongValue || x instanceof DoubleValue) {
      Object v = Constant.eval(x, 0);
      sb.append(v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : x.toString());
      return true;
    }
    if (x instanceof StringValue s) {
      sb.append('\'').append(s.getValue()).append('\'');
      return true;
    }
    if (x instanceof NullValue) {
      sb.append("null");
      return true;
    }
    if (x instanceof SignedExpression s) {
      if (s.getSign() == '+') {
        return append(sb, s.getExpression(), targets, d);
      }
      sb.append(s.getSign()).append('(');
      return append(sb, s.getExpression(), targets, d) && close(sb);
    }
    if (x instanceof Addition || x instanceof Multiplication) {
      BinaryExpression b = (BinaryExpression) x;
      BigDecimal neutral = x instanceof Addition ? BigDecimal.ZERO : BigDecimal.ONE;
      if (isNumber(b.getRightExpression(), neutral)) {
        return append(sb, b.getLeftExpression(), targets, d);
      }
      if (isNumber(b.getLeftExpression(), neutral)) {
        return append(sb, b.getRightExpression(), targets, d);
      }
      String l = of(b.getLeftExpression(), targets, d);
      String r = of(b.getRightExpression(), targets, d);
      if (l == null || r == null) {
        return false;
      }
      boolean ordered = l.compareTo(r) <= 0; // commutative: a + b is b + a
      sb.append('(').append(ordered ? l : r).append(x instanceof Addition ? " + " : " * ")
          .append(ordered ? r : l).append(')');
      return true;
    }
    if (x instanceof Subtraction s && isNumber(s.getRightExpression(), BigDecimal.ZERO)) {
      return append(sb, s.getLeftExpression(), targets, d);
    }
    if (x instanceof Division v && isNumber(v.getRightExpression(), BigDecimal.ONE)) {
      return append(sb, v.getLeftExpression(), targets, d);
    }
    if (x instanceof Concat c && isEmptyString(c.getRightExpression())) {
      return append(sb, c.getLeftExpression(), targets, d);
    }
    if (x instanceof BinaryExpression b) {
      sb.append('(');
      if (!append(sb, b.getLeftExpression(), targets, d)) {
        return false;
      }
      sb.append(' ').append(b.getStringExpression().toLowerCase(Locale.ROOT)).append(' ');
      return append(sb, b.getRightExpression(), targets, d) && close(sb);
    }
    if (x instanceof CastExpression c) {
      sb.append("cast(");
      if (!append(sb, c.getLeftExpression(), targets, d)) {
        return false;
      }
      sb.append(" as ").append(String.valueOf(c.getColDataType()).toLowerCase(Locale.ROOT));
      return close(sb);
    }
    if (x instanceof Function f) {
      if (isVolatile(f) || f.getName() == null) {
        return false;
      }
      sb.append(Writes.unquote(f.getName())).append('(');
      if (f.isDistinct()) {
        sb.append("distinct ");
      }
      ExpressionList<?> args = f.getParameters();
      if (args != null) {
        for (int i = 0; i < args.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          if (!append(sb, args.get(i), targets, d)) {
            return false;
          }
        }
      }
      if (f.getNamedParameters() != null || f.getKeep() != null || f.getAttribute() != null) {
        return appendOpaque(sb, x); // unusual call forms: compare the whole text
      }
      return close(sb);
    }
    return appendOpaque(sb, x);
  }

  private static String of(Expression e, Set<String> targets, int depth) {
    StringBuilder sb = new StringBuilder();
    return append(sb, e, targets, depth) ? sb.toString() : null;
  }

  /** Any other expression: its text, unless it holds something that may differ per evaluation. */
  private static boolean appendOpaque(StringBuilder sb, Expression x) {
    for (Object n : Conditions.nodes(x)) {
      if (n instanceof JdbcParameter || n instanceof JdbcNamedParameter || n instanceof UserVariable
          || n instanceof Select || n instanceof Function f && isVolatile(f)) {
        return false;
      }
    }
    sb.append('{').append(x).append('}');
    return true;
  }

  private static boolean close(StringBuilder sb) {
    sb.append(')');
    return true;
  }

  private static boolean isNumber(Expression e, BigDecimal value) {
    Expression x = Conditions.unwrap(e);
    return (x instanceof LongValue || x instanceof DoubleValue || x instanceof SignedExpression)
        && Constant.eval(x, 0) instanceof BigDecimal n && n.compareTo(value) == 0;
  }

  private static boolean isEmptyString(Expression e) {
    return Conditions.unwrap(e) instanceof StringValue s && s.getValue().isEmpty();
  }
}
