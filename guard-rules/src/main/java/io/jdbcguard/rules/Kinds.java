package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.AstNodes;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.ExplainStatement;
import net.sf.jsqlparser.statement.ResetStatement;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.SavepointStatement;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.ShowStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UseStatement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.show.ShowTablesStatement;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/** The {@link StatementKind} of a parsed statement. */
final class Kinds {

  private Kinds() {}

  static StatementKind of(Statement st) {
    if (st instanceof Select) {
      // a data-modifying CTE makes the whole statement a write
      for (Object n : AstNodes.of(st)) {
        if (n instanceof Delete) {
          return StatementKind.DELETE;
        } else if (n instanceof Update) {
          return StatementKind.UPDATE;
        } else if (n instanceof Insert) {
          return StatementKind.INSERT;
        } else if (n instanceof Merge) {
          return StatementKind.MERGE;
        }
      }
      return StatementKind.QUERY;
    }
    if (st instanceof Insert || st instanceof Upsert) {
      return StatementKind.INSERT;
    }
    if (st instanceof Update) {
      return StatementKind.UPDATE;
    }
    if (st instanceof Delete) {
      return StatementKind.DELETE;
    }
    if (st instanceof Merge) {
      return StatementKind.MERGE;
    }
    if (st instanceof ExplainStatement || st instanceof ShowStatement
        || st instanceof ShowTablesStatement) {
      return StatementKind.QUERY;
    }
    if (st instanceof Commit || st instanceof RollbackStatement || st instanceof SavepointStatement) {
      return StatementKind.TRANSACTION;
    }
    if (st instanceof SetStatement || st instanceof ResetStatement || st instanceof UseStatement) {
      return StatementKind.SESSION;
    }
    String name = st.getClass().getSimpleName();
    if (name.startsWith("Create") || name.startsWith("Alter") || name.startsWith("Drop")
        || name.equals("Truncate") || name.equals("Comment") || name.startsWith("Rename")
        || name.equals("Grant") || name.startsWith("Refresh")) {
      return StatementKind.DDL;
    }
    return StatementKind.OTHER;
  }
}
