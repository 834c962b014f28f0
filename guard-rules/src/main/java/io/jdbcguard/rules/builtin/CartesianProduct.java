package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * A SELECT that multiplies tables with no condition at all ({@code FROM a, b} or {@code CROSS JOIN}
 * without WHERE): rows(a) × rows(b) results. A warning: small lookup tables are crossed on purpose.
 */
final class CartesianProduct implements Rule {

  @Override
  public String id() {
    return "cartesian-product";
  }

  @Override
  public Action defaultAction() {
    return Action.WARN;
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (PlainSelect p : s.nodes(PlainSelect.class)) {
      if (p.getWhere() != null || p.getJoins() == null || !(p.getFromItem() instanceof Table)) {
        continue;
      }
      for (Join j : p.getJoins()) {
        boolean unconditioned =
            (j.isSimple() || j.isCross())
                && (j.getOnExpressions() == null || j.getOnExpressions().isEmpty())
                && (j.getUsingColumns() == null || j.getUsingColumns().isEmpty());
        if (unconditioned && j.getFromItem() instanceof Table) {
          report.add(
              p.toString(),
              "Joining tables without any condition returns every combination of their rows,"
                  + " which on real tables is huge and slow.",
              "Add the join condition (JOIN b ON b.a_id = a.id) or a WHERE.");
          break;
        }
      }
    }
  }
}
