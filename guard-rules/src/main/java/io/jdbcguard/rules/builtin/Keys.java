package io.jdbcguard.rules.builtin;

import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;

/**
 * What the guard assumes about a column from its name alone: the engine reads SQL text and never
 * sees the catalog, so it cannot know which columns are primary keys or NOT NULL.
 *
 * <ul>
 *   <li>A <em>key</em> ({@link #isKey}) is a column named {@code id} or {@code pk}, or the target
 *       table's own {@code <table>_id} ({@code users.user_id}, {@code orders.order_id}), or a row
 *       identifier ({@code ctid}, {@code oid}, {@code rowid}, {@code _rowid}): assumed never NULL.
 *   <li>A <em>key-like</em> column ({@link #isKeyLike}) is any of those or any {@code *_id} /
 *       {@code *_pk} column: assumed to hold positive numbers (sequences and AUTO_INCREMENT start
 *       at 1) in the range of INT.
 * </ul>
 */
final class Keys {

  private static final Set<String> ROW_IDS = Set.of("id", "pk", "ctid", "oid", "rowid", "_rowid");

  private Keys() {}

  /** A column assumed to be a primary key of the target (never NULL). */
  static boolean isKey(Expression e, Set<String> targets) {
    if (!(Conditions.unwrap(e) instanceof Column c) || !Conditions.refersTo(c, targets)) {
      return false;
    }
    String n = Writes.unquote(c.getColumnName());
    if (ROW_IDS.contains(n)) {
      return true;
    }
    if (!n.endsWith("_id") || n.length() <= 3) {
      return false;
    }
    String stem = n.substring(0, n.length() - 3);
    for (String t : targets) {
      String table = t.substring(t.lastIndexOf('.') + 1);
      if (table.equals(stem) || table.equals(stem + "s") || table.equals(stem + "es")
          || stem.endsWith("y") && table.equals(stem.substring(0, stem.length() - 1) + "ies")) {
        return true;
      }
    }
    return false;
  }

  /** A column whose name says it holds positive identifiers. */
  static boolean isKeyLike(Expression e) {
    if (!(Conditions.unwrap(e) instanceof Column c)) {
      return false;
    }
    String n = Writes.unquote(c.getColumnName());
    return n.equals("id") || n.equals("pk") || n.endsWith("_id") || n.endsWith("_pk");
  }
}
