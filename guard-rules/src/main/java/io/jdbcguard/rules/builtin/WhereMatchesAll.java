package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.Set;
import java.util.TreeSet;

/**
 * A DELETE or UPDATE whose WHERE holds for every ordinary row although it is not literally always
 * true ({@link AllRows}): {@code id IS NOT NULL} on a key, {@code LIKE '%'}, {@code ~ '.*'}, {@code
 * id > 0}, {@code id NOT IN (-1)}, a range over the whole domain, a far-future date bound, {@code
 * payload @> '{}'}, a subquery that reads the target again ({@code id IN (SELECT id FROM t)}), or a
 * self-join whose condition every row satisfies with itself.
 */
final class WhereMatchesAll implements Rule {

  @Override
  public String id() {
    return "where-matches-all";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Writes.Write w : Writes.of(s)) {
      if (w.where() == null
          || Conditions.alwaysTrue(w.where(), w.targetNames())
          || Conditions.alwaysFalse(w.where(), w.targetNames())) {
        continue; // no WHERE, or always true: the other rules report it
      }
      SelfReference.SelfJoin self = SelfReference.selfJoin(w);
      if (self != null) {
        Set<String> names = new TreeSet<>(w.targetNames());
        names.addAll(self.copies());
        if (Conditions.alwaysTrue(self.condition(), names)
            || AllRows.matches(self.condition(), names)) {
          report.add(
              "WHERE " + w.where(),
              "This " + w.verb() + " joins " + w.table() + " with itself on a condition that"
                  + " every row satisfies with itself, so it changes every row.",
              "Add a condition that tells the copies apart (e.g. a.id < b.id to keep one row"
                  + " of each duplicate), or name the rows with WHERE id = ?.");
          continue;
        }
      }
      if (AllRows.matches(w.where(), w.targetNames())) {
        report.add(
            "WHERE " + w.where(),
            "This WHERE matches (almost) every row: IS NOT NULL on a key, LIKE '%' or a regex"
                + " like '.*', key > 0, a range over the whole domain, a far-future date bound"
                + " and a subquery over the same table are true for all ordinary rows.",
            "Name the rows you mean with a selective condition, e.g. WHERE id = ? or a date"
                + " range.");
      }
    }
  }
}
