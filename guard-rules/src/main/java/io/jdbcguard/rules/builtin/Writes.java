package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Every DELETE and UPDATE in a statement, wherever it stands (top level, data-modifying CTE,
 * EXPLAIN ANALYZE), with the names its WHERE may use to refer to the rows being changed.
 */
final class Writes {

  /**
   * @param verb {@code DELETE} or {@code UPDATE}
   * @param table the target table's name as written, for messages
   * @param node the AST node (for its text)
   * @param where the WHERE condition, or null
   * @param targetNames lower-case names and aliases of the tables whose rows change
   * @param joins the joins whose ON conditions may correlate another table with the target
   * @param joinedNames lower-case names and aliases of the other tables (USING, FROM, JOIN)
   */
  record Write(
      String verb,
      String table,
      Object node,
      Expression where,
      Set<String> targetNames,
      List<Join> joins,
      Set<String> joinedNames) {}

  private Writes() {}

  static List<Write> of(StatementContext s) {
    List<Write> out = new ArrayList<>();
    for (Object n : s.nodes()) {
      if (n instanceof ParenthesedDelete || n instanceof ParenthesedUpdate) {
        continue; // a wrapper (WITH d AS (DELETE ...)); the statement it holds is its own node
      }
      if (n instanceof Delete d) {
        out.add(delete(d));
      } else if (n instanceof Update u) {
        out.add(update(u));
      }
    }
    return out;
  }

  private static Write delete(Delete d) {
    Set<String> targets = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    if (d.getTables() != null && !d.getTables().isEmpty()) {
      // MySQL multi-table form: DELETE t1, t2 FROM t1 JOIN t2 ...
      for (Table t : d.getTables()) {
        addNames(t, targets);
      }
      addNames(d.getTable(), others);
    } else {
      addNames(d.getTable(), targets);
    }
    // getUsingList() casts every item to Table and throws on a subquery or LATERAL item
    if (d.getUsingFromItemList() != null) {
      for (FromItem f : d.getUsingFromItemList()) {
        addNames(f, others);
      }
    }
    List<Join> joins = new ArrayList<>();
    addJoins(d.getJoins(), joins, others);
    others.removeAll(targets);
    String table = d.getTable() != null ? d.getTable().getFullyQualifiedName() : "t";
    if (d.getTables() != null && !d.getTables().isEmpty()) {
      table = d.getTables().get(0).getFullyQualifiedName();
    }
    return new Write("DELETE", table, d, d.getWhere(), targets, joins, others);
  }

  private static Write update(Update u) {
    Set<String> targets = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    addNames(u.getTable(), targets);
    addNames(u.getFromItem(), others);
    List<Join> joins = new ArrayList<>();
    addJoins(u.getStartJoins(), joins, others);
    addJoins(u.getJoins(), joins, others);
    others.removeAll(targets);
    String table = u.getTable() != null ? u.getTable().getFullyQualifiedName() : "t";
    return new Write("UPDATE", table, u, u.getWhere(), targets, joins, others);
  }

  private static void addJoins(List<Join> from, List<Join> joins, Set<String> names) {
    if (from == null) {
      return;
    }
    for (Join j : from) {
      joins.add(j);
      addNames(j.getFromItem(), names);
    }
  }

  /** Adds a table's alias, its name, and its qualified name, lower case. */
  static void addNames(FromItem item, Set<String> names) {
    if (item == null) {
      return;
    }
    Alias alias = item.getAlias();
    if (alias != null && alias.getName() != null) {
      names.add(unquote(alias.getName()));
    }
    if (item instanceof Table t) {
      if (t.getName() != null) {
        names.add(unquote(t.getName()));
      }
      if (t.getFullyQualifiedName() != null) {
        names.add(unquote(t.getFullyQualifiedName()));
      }
    }
  }

  static String unquote(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '"' && c != '`' && c != '[' && c != ']') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
