package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeDelete;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;

/**
 * A MERGE whose ON condition matches every target row ({@code ON TRUE}, {@code ON 1=1}, or not
 * referring to the target) and that updates or deletes matched rows: the whole table changes.
 */
final class MergeAlwaysTrue implements Rule {

  @Override
  public String id() {
    return "merge-always-true";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Merge m : s.nodes(Merge.class)) {
      if (!changesMatchedRows(m)) {
        continue;
      }
      Set<String> targets = new TreeSet<>();
      Writes.addNames(m.getTable(), targets);
      if (m.getOnCondition() != null && Conditions.alwaysFalse(m.getOnCondition(), targets)) {
        continue; // ON FALSE: no row is matched
      }
      boolean unbounded =
          m.getOnCondition() == null
              || Conditions.alwaysTrue(m.getOnCondition(), Set.of())
              || !Conditions.referencesTarget(m.getOnCondition(), targets, List.of(), Set.of());
      if (unbounded) {
        report.add(
            "ON " + m.getOnCondition(),
            "This MERGE matches every row of the target, so its WHEN MATCHED branch updates or"
                + " deletes the whole table.",
            "Join on the key: MERGE INTO t USING s ON t.id = s.id ...");
      }
    }
  }

  private static boolean changesMatchedRows(Merge m) {
    if (m.getOperations() != null) {
      for (MergeOperation op : m.getOperations()) {
        if (op instanceof MergeUpdate || op instanceof MergeDelete) {
          return true;
        }
      }
    }
    return m.getMergeUpdate() != null;
  }
}
