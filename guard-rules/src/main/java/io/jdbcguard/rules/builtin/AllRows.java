package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.sql.ParserText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.JsonOperator;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType;
import net.sf.jsqlparser.schema.Column;

/**
 * Conditions that are not literally always true but hold for every row the guard can imagine,
 * given what it assumes from the text alone ({@link Keys}): {@code id IS NOT NULL}, {@code LIKE
 * '%'}, {@code ~ '.*'}, {@code id > 0}, {@code id <> -1}, {@code id NOT IN (-1, 0)}, {@code id
 * BETWEEN 1 AND 2147483647}, bounds beyond BIGINT, {@code created_at < now() + interval '100
 * years'}, {@code payload @> '{}'}, and subqueries over the target itself ({@link SelfReference}).
 * {@code NOT} is pushed inwards ({@code NOT (id IS NULL)}, {@code NOT (id <= 0)}).
 */
final class AllRows {

  private static final int MAX_DEPTH = 64;
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal BIGINT_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal BIGINT_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  /** A date bound this far ahead of (or behind) the current time is taken as no bound. */
  static final int FAR_YEARS = 100;
  private static final int FAR_FUTURE_YEAR = 3000;
  private static final int FAR_PAST_YEAR = 1000;
  private static final Set<String> CLOCKS =
      Set.of("now", "current_timestamp", "current_date", "localtimestamp", "sysdate",
          "utc_timestamp", "curdate", "getdate", "statement_timestamp", "transaction_timestamp",
          "clock_timestamp", "localtime", "current_time", "curtime");
  private static final Pattern INTERVAL =
      Pattern.compile("(\\d+)\\s*'?\\s*(year|month|week|day|hour|decade|centur|millenni)",
          Pattern.CASE_INSENSITIVE);

  private AllRows() {}

  /** True when the condition holds for every ordinary row of the target. */
  static boolean matches(Expression e, Set<String> targets) {
    return matches(e, targets, false, 0);
  }

  private static boolean matches(Expression e, Set<String> targets, boolean negated, int depth) {
    Expression x = Conditions.unwrap(e);
    if (x == null || depth > MAX_DEPTH) {
      return false;
    }
    int d = depth + 1;
    if (x instanceof NotExpression n) {
      return matches(n.getExpression(), targets, !negated, d);
    }
    if (x instanceof AndExpression || x instanceof OrExpression) {
      // NOT (a AND b) is NOT a OR NOT b: under NOT, AND needs one side and OR both
      boolean all = x instanceof AndExpression != negated;
      var op = x instanceof AndExpression ? AndExpression.class : OrExpression.class;
      for (Expression part : Conditions.operands(x, op)) {
        if (matches(part, targets, negated, d) != all) {
          return !all;
        }
      }
      return all;
    }
    if (negated ? Conditions.alwaysFalse(x, targets) : Conditions.alwaysTrue(x, targets)) {
      return true;
    }
    return leaf(x, targets, negated);
  }

  private static boolean leaf(Expression x, Set<String> targets, boolean negated) {
    if (x instanceof IsNullExpression n) {
      return n.isNot() != negated && Keys.isKey(n.getLeftExpression(), targets);
    }
    if (x instanceof LikeExpression like) {
      return like.isNot() == negated && likeMatchesAll(like);
    }
    if (x instanceof RegExpMatchOperator re) {
      boolean positive = re.getOperatorType() == RegExpMatchOperatorType.MATCH_CASESENSITIVE
          || re.getOperatorType() == RegExpMatchOperatorType.MATCH_CASEINSENSITIVE;
      return positive != negated && hasColumn(re.getLeftExpression())
          && Patterns.regexMatchesAll(text(re.getRightExpression()));
    }
    if (x instanceof Function f && !negated && isRegexpLike(f)) {
      return Patterns.regexMatchesAll(text(f.getParameters().get(1)));
    }
    if (x instanceof JsonOperator j && !negated) {
      String op = j.getStringExpression();
      return "@>".equals(op) && isEmptyContainer(j.getRightExpression())
          || "<@".equals(op) && isEmptyContainer(j.getLeftExpression());
    }
    if (x instanceof InExpression in) {
      if (in.isNot() != negated) {
        return notInNonPositive(in);
      }
      return SelfReference.inItself(in, targets);
    }
    if (x instanceof EqualsTo eq && !negated && SelfReference.inItself(eq, targets)) {
      return true;
    }
    if (!negated && SelfReference.existsForItself(x, targets)) {
      return true;
    }
    if (x instanceof Between b) {
      if (b.isNot() == negated) {
        return bound(b.getLeftExpression(), Op.GE, b.getBetweenExpressionStart())
            && bound(b.getLeftExpression(), Op.LE, b.getBetweenExpressionEnd());
      }
      return bound(b.getLeftExpression(), Op.LT, b.getBetweenExpressionStart())
          || bound(b.getLeftExpression(), Op.GT, b.getBetweenExpressionEnd());
    }
    Op op = Op.of(x);
    if (op != null) {
      var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
      Op o = negated ? op.negate() : op;
      return bound(b.getLeftExpression(), o, b.getRightExpression())
          || bound(b.getRightExpression(), o.mirror(), b.getLeftExpression());
    }
    return false;
  }

  /** The comparison operators, so that NOT and swapped sides can be folded in. */
  private enum Op {
    GT, GE, LT, LE, EQ, NE;

    static Op of(Expression x) {
      if (x instanceof GreaterThan) {
        return GT;
      }
      if (x instanceof GreaterThanEquals) {
        return GE;
      }
      if (x instanceof MinorThan) {
        return LT;
      }
      if (x instanceof MinorThanEquals) {
        return LE;
      }
      if (x instanceof EqualsTo) {
        return EQ;
      }
      return x instanceof NotEqualsTo ? NE : null;
    }

    Op negate() {
      return switch (this) {
        case GT -> LE;
        case GE -> LT;
        case LT -> GE;
        case LE -> GT;
        case EQ -> NE;
        case NE -> EQ;
      };
    }

    Op mirror() {
      return switch (this) {
        case GT -> LT;
        case GE -> LE;
        case LT -> GT;
        case LE -> GE;
        default -> this;
      };
    }
  }

  /** {@code column op value} holds for every row: a bound at or beyond the end of the domain. */
  private static boolean bound(Expression column, Op op, Expression value) {
    if (!(Conditions.unwrap(column) instanceof Column)) {
      return false;
    }
    Object v = Constant.eval(value, 0);
    if (v instanceof BigDecimal n) {
      boolean key = Keys.isKeyLike(column);
      return switch (op) {
        // key > 0, key >= 1: every key is positive; any column >= -2^63
        case GT -> key && n.signum() <= 0 || n.compareTo(BIGINT_MIN) < 0;
        case GE -> key && n.compareTo(BigDecimal.ONE) <= 0 || n.compareTo(BIGINT_MIN) <= 0;
        // key <= 2147483647: every INT key; any column <= 2^63 - 1
        case LT -> key && n.compareTo(INT_MAX) >= 0 || n.compareTo(BIGINT_MAX) > 0;
        case LE -> key && n.compareTo(INT_MAX) >= 0 || n.compareTo(BIGINT_MAX) >= 0;
        // key <> 0, key != -1
        case NE -> key && n.signum() <= 0;
        case EQ -> false;
      };
    }
    return switch (op) {
      case LT, LE -> farAway(value, true);
      case GT, GE -> farAway(value, false);
      default -> false;
    };
  }

  /** {@code key NOT IN (-1, 0)}: every item a constant no key takes. */
  private static boolean notInNonPositive(InExpression in) {
    if (!Keys.isKeyLike(in.getLeftExpression())
        || !(in.getRightExpression() instanceof ExpressionList<?> list) || list.isEmpty()) {
      return false;
    }
    for (Expression item : list) {
      if (!(Constant.eval(item, 0) instanceof BigDecimal n) || n.signum() > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A date or time bound {@value #FAR_YEARS} years or more ahead of the current time ({@code
   * future}) or behind it, or a literal in the year 3000 or later (or 1000 or earlier).
   */
  static boolean farAway(Expression e, boolean future) {
    Expression x = Conditions.unwrap(e);
    if (x instanceof CastExpression c) {
      x = Conditions.unwrap(c.getLeftExpression());
    }
    String literal = x instanceof StringValue s ? s.getValue()
        : x instanceof DateTimeLiteralExpression dt ? dt.getValue() : null;
    if (literal != null) {
      Matcher m = Pattern.compile("^'?\\s*(\\d{4,})-").matcher(literal);
      if (!m.find() || m.group(1).length() > 6) {
        return false;
      }
      int year = Integer.parseInt(m.group(1));
      return future ? year >= FAR_FUTURE_YEAR : year <= FAR_PAST_YEAR;
    }
    if ((x instanceof Addition && future || x instanceof Subtraction && !future)) {
      var b = (net.sf.jsqlparser.expression.BinaryExpression) x;
      return isClock(b.getLeftExpression()) && years(b.getRightExpression()) >= FAR_YEARS
          || x instanceof Addition && isClock(b.getRightExpression())
              && years(b.getLeftExpression()) >= FAR_YEARS;
    }
    if (x instanceof Function f && f.getParameters() != null && f.getParameters().size() == 2) {
      String n = Writes.unquote(f.getName());
      boolean add = n.equals("date_add") || n.equals("adddate") || n.equals("timestampadd");
      boolean sub = n.equals("date_sub") || n.equals("subdate");
      return (add && future || sub && !future) && isClock(f.getParameters().get(0))
          && years(f.getParameters().get(1)) >= FAR_YEARS;
    }
    return false;
  }

  private static boolean isClock(Expression e) {
    Expression x = Conditions.unwrap(e);
    if (x instanceof CastExpression c) {
      x = Conditions.unwrap(c.getLeftExpression());
    }
    if (x instanceof Function f && f.getName() != null) {
      return CLOCKS.contains(Writes.unquote(f.getName()));
    }
    if (x instanceof TimeKeyExpression t) {
      return CLOCKS.contains(t.getStringValue().toLowerCase(Locale.ROOT).replace("()", ""));
    }
    return x instanceof Column c && c.getTable() == null
        && CLOCKS.contains(Writes.unquote(c.getColumnName()));
  }

  /** The length of an interval in whole years (0 when not understood). */
  private static long years(Expression e) {
    Expression x = Conditions.unwrap(e);
    if (!(x instanceof IntervalExpression)) {
      return 0;
    }
    Matcher m = INTERVAL.matcher(x.toString());
    if (!m.find() || m.group(1).length() > 9) {
      return 0;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "year" -> n;
      case "decade" -> n * 10;
      case "centur" -> n * 100;
      case "millenni" -> n * 1000;
      case "month" -> n / 12;
      case "week" -> n / 53;
      case "day" -> n / 366;
      default -> n / (366 * 24);
    };
  }

  private static boolean likeMatchesAll(LikeExpression like) {
    if (!hasColumn(like.getLeftExpression())) {
      return false;
    }
    String p = text(like.getRightExpression());
    return switch (like.getLikeKeyWord()) {
      case LIKE, ILIKE, SIMILAR_TO -> like.getEscape() == null && Patterns.likeMatchesAll(p);
      case REGEXP, RLIKE, REGEXP_LIKE, MATCH_REGEXP -> Patterns.regexMatchesAll(p);
      default -> false;
    };
  }

  private static boolean isRegexpLike(Function f) {
    return f.getName() != null && Writes.unquote(f.getName()).equals("regexp_like")
        && f.getParameters() != null && f.getParameters().size() == 2
        && hasColumn(f.getParameters().get(0));
  }

  /** {@code '{}'}, {@code '[]'}, {@code '{}'::jsonb}: an empty JSON object or array or an empty array literal. */
  private static boolean isEmptyContainer(Expression e) {
    Expression x = Conditions.unwrap(e);
    if (x instanceof CastExpression c) {
      x = Conditions.unwrap(c.getLeftExpression());
    }
    String s = text(x);
    if (s == null) {
      return false;
    }
    String v = s.replaceAll("\\s+", "");
    return v.equals("{}") || v.equals("[]");
  }

  private static boolean hasColumn(Expression e) {
    for (Object n : Conditions.nodes(e)) {
      if (n instanceof Column c && !(c.getTable() == null && isClock(c))) {
        return true;
      }
    }
    return false;
  }

  /** A string literal's value, with the backslashes the parser text replaced put back. */
  private static String text(Expression e) {
    Expression x = Conditions.unwrap(e);
    if (x instanceof CastExpression c) {
      x = Conditions.unwrap(c.getLeftExpression());
    }
    return x instanceof StringValue s
        ? s.getValue().replace(ParserText.BACKSLASH_REPLACEMENT, '\\')
        : null;
  }
}
