package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeDelete;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeSide;
import net.sf.jsqlparser.statement.merge.MergeUpdate;

/**
 * A MERGE branch {@code WHEN NOT MATCHED BY SOURCE THEN DELETE} (or {@code UPDATE}) without a
 * condition that names target rows (PostgreSQL 17, SQL Server): it changes every target row that
 * the source lacks, which with a small source (a staging table, a VALUES list) is almost the whole
 * table.
 */
final class MergeUnmatchedBySource implements Rule {

  @Override
  public String id() {
    return "merge-unmatched-by-source";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Merge m : s.nodes(Merge.class)) {
      if (m.getOperations() == null) {
        continue;
      }
      Set<String> targets = new TreeSet<>();
      Writes.addNames(m.getTable(), targets);
      for (MergeOperation op : m.getOperations()) {
        Expression and;
        String verb;
        if (op instanceof MergeDelete d && d.getSide() == MergeSide.SOURCE) {
          and = d.getAndPredicate();
          verb = "deletes";
        } else if (op instanceof MergeUpdate u && u.getSide() == MergeSide.SOURCE) {
          and = u.getAndPredicate();
          verb = "updates";
        } else {
          continue;
        }
        if (and == null
            || Conditions.alwaysTrue(and, targets)
            || AllRows.matches(and, targets)
            || !Conditions.alwaysFalse(and, targets)
                && !Conditions.referencesTarget(and, targets, List.of(), Set.of())) {
          report.add(
              op.toString().strip(),
              "WHEN NOT MATCHED BY SOURCE " + verb + " every row of " + m.getTable()
                  + " that the source does not hold: with a small source that is (almost) the"
                  + " whole table.",
              "Give the branch a condition on the target rows you mean (WHEN NOT MATCHED BY"
                  + " SOURCE AND t.expires_at < now() THEN DELETE), or delete them with a separate"
                  + " DELETE whose WHERE names them.");
        }
      }
    }
  }
}
