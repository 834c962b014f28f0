package io.jdbcguard.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.AnyType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Conditions that read the target table again and so hold for each of its rows: {@code id IN
 * (SELECT id FROM t)}, {@code id = ANY (SELECT id FROM t)}, the same through a derived table
 * ({@code id IN (SELECT id FROM (SELECT id FROM t) s)}), {@code EXISTS (SELECT 1 FROM t x WHERE
 * x.id = t.id)}, and self-joins ({@code DELETE FROM users a USING users b WHERE a.email =
 * b.email}: every row pairs with itself). A further condition in the subquery or on the joined copy
 * that can exclude rows makes them real filters.
 */
final class SelfReference {

  private static final int MAX_DEPTH = 8;

  private SelfReference() {}

  /**
   * The other names of the target table in a write's FROM / USING / JOIN list (the copies it is
   * joined with), and the condition that pairs them: the WHERE and the copies' ON conditions.
   */
  record SelfJoin(Set<String> copies, Expression condition) {}

  /** The self-join of a write, or null when it joins no copy of its target. */
  static SelfJoin selfJoin(Writes.Write w) {
    List<FromItem> items = new ArrayList<>();
    List<Join> joins = new ArrayList<>();
    Set<String> bases = new TreeSet<>();
    FromItem targetItem = null;
    if (w.node() instanceof Delete d) {
      items.add(d.getTable());
      // getUsingList() casts every item to Table and throws on a subquery or LATERAL item
      if (d.getUsingFromItemList() != null) {
        items.addAll(d.getUsingFromItemList());
      }
      collect(d.getJoins(), items, joins);
      targetItem = d.getTables() == null || d.getTables().isEmpty() ? d.getTable() : null;
    } else if (w.node() instanceof Update u) {
      items.add(u.getTable());
      items.add(u.getFromItem());
      collect(u.getStartJoins(), items, joins);
      collect(u.getJoins(), items, joins);
      targetItem = u.getTable();
    } else {
      return null;
    }
    // the base tables of the targets (a MySQL multi-table DELETE names them by alias)
    for (FromItem f : items) {
      if (f instanceof Table t && t.getName() != null
          && (f == targetItem || targetItem == null && isNamed(f, w.targetNames()))) {
        bases.add(Writes.unquote(t.getName()));
        if (targetItem == null) {
          targetItem = f;
        }
      }
    }
    Set<String> copies = new TreeSet<>();
    for (FromItem f : items) {
      if (f != targetItem && f instanceof Table t && t.getName() != null
          && bases.contains(Writes.unquote(t.getName())) && !isNamed(f, w.targetNames())) {
        Writes.addNames(f, copies);
      }
    }
    if (copies.isEmpty()) {
      return null;
    }
    Expression condition = w.where();
    for (Join j : joins) {
      Set<String> names = new TreeSet<>();
      Writes.addNames(j.getFromItem(), names);
      names.retainAll(copies);
      if (!names.isEmpty() && j.getOnExpressions() != null) {
        for (Expression on : j.getOnExpressions()) {
          condition = condition == null ? on : new AndExpression(condition, on);
        }
      }
    }
    return new SelfJoin(copies, condition);
  }

  private static void collect(List<Join> from, List<FromItem> items, List<Join> joins) {
    if (from != null) {
      for (Join j : from) {
        items.add(j.getFromItem());
        joins.add(j);
      }
    }
  }

  private static boolean isNamed(FromItem f, Set<String> names) {
    if (f.getAlias() != null && f.getAlias().getName() != null) {
      return names.contains(Writes.unquote(f.getAlias().getName()));
    }
    return f instanceof Table t && t.getName() != null && names.contains(Writes.unquote(t.getName()));
  }

  /** {@code col IN (SELECT col FROM target ...)}, {@code col = ANY/SOME (SELECT col FROM target)}. */
  static boolean inItself(Expression x, Set<String> targets) {
    Expression left;
    Expression right;
    if (x instanceof InExpression in && !in.isNot()) {
      left = in.getLeftExpression();
      right = in.getRightExpression();
    } else if (x instanceof EqualsTo eq
        && eq.getRightExpression() instanceof AnyComparisonExpression any
        && any.getAnyType() != AnyType.ALL) {
      left = eq.getLeftExpression();
      right = any.getSelect();
    } else {
      return false;
    }
    if (!(Conditions.unwrap(left) instanceof Column c) || !Conditions.refersTo(c, targets)) {
      return false;
    }
    return selectsAll(select(right), Writes.unquote(c.getColumnName()), targets, 0);
  }

  /** {@code EXISTS (SELECT 1 FROM target x WHERE x.id = target.id)}: every row finds itself. */
  static boolean existsForItself(Expression x, Set<String> targets) {
    if (!(x instanceof ExistsExpression e) || e.isNot()) {
      return false;
    }
    PlainSelect p = plain(select(e.getRightExpression()));
    if (p == null || p.getWhere() == null || !(p.getFromItem() instanceof Table t)
        || !readsTarget(t, targets)) {
      return false;
    }
    Set<String> both = new TreeSet<>(targets);
    Writes.addNames(t, both);
    return holdsForItself(p.getWhere(), both);
  }

  /** The subquery returns column {@code column} of every row of the target. */
  private static boolean selectsAll(Select s, String column, Set<String> targets, int depth) {
    PlainSelect p = plain(s);
    if (p == null || depth > MAX_DEPTH || p.getSelectItems() == null
        || p.getSelectItems().size() != 1) {
      return false;
    }
    Expression item = Conditions.unwrap(p.getSelectItems().get(0).getExpression());
    boolean star = depth > 0 && (item instanceof AllColumns || item instanceof AllTableColumns);
    if (!star && !(item instanceof Column selected
        && Writes.unquote(selected.getColumnName()).equals(column))) {
      return false; // a derived table's SELECT * passes the column through
    }
    Set<String> scope = new TreeSet<>(targets);
    Writes.addNames(p.getFromItem(), scope);
    if (p.getWhere() != null && !holdsForItself(p.getWhere(), scope)) {
      return false;
    }
    if (p.getFromItem() instanceof Table t) {
      return readsTarget(t, targets);
    }
    if (p.getFromItem() instanceof ParenthesedSelect derived) {
      return selectsAll(derived, column, targets, depth + 1);
    }
    return false;
  }

  /** A condition that every row satisfies when the copy is the row itself. */
  private static boolean holdsForItself(Expression where, Set<String> names) {
    return Conditions.alwaysTrue(where, names) || AllRows.matches(where, names);
  }

  /** A plain SELECT with nothing that drops rows besides its WHERE (no join, LIMIT, HAVING). */
  private static PlainSelect plain(Select s) {
    if (s instanceof ParenthesedSelect ps) {
      if (ps.getLimit() != null || ps.getOffset() != null || ps.getFetch() != null) {
        return null;
      }
      return plain(ps.getSelect());
    }
    if (!(s instanceof PlainSelect p) || p.getJoins() != null && !p.getJoins().isEmpty()
        || p.getLimit() != null || p.getOffset() != null || p.getFetch() != null
        || p.getHaving() != null || p.getTop() != null || p.getFromItem() == null
        || p.getWithItemsList() != null) {
      return null;
    }
    return p;
  }

  private static Select select(Expression e) {
    Expression x = Conditions.unwrap(e);
    return x instanceof Select s ? s : null;
  }

  private static boolean readsTarget(Table t, Set<String> targets) {
    return t.getName() != null && (targets.contains(Writes.unquote(t.getName()))
        || t.getFullyQualifiedName() != null
            && targets.contains(Writes.unquote(t.getFullyQualifiedName())));
  }
}
