package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * INSERT, UPDATE, DELETE, MERGE, REPLACE or {@code COPY ... FROM} into the database's own catalog:
 * PostgreSQL's {@code pg_catalog} and {@code pg_toast} schemas and {@code information_schema}
 * (and any unqualified {@code pg_*} table, which the server finds in pg_catalog first), MySQL's
 * {@code mysql}, {@code performance_schema}, {@code sys} and {@code information_schema}
 * databases; also MySQL's {@code USE} of one of them, after which unqualified names are catalog
 * tables. Reading the catalogs is fine.
 */
final class SystemCatalogWrite implements Rule {

  private static final Set<String> POSTGRES_SCHEMAS = Set.of("pg_catalog", "pg_toast", "information_schema");
  private static final Set<String> MYSQL_SCHEMAS =
      Set.of("mysql", "performance_schema", "sys", "information_schema");

  @Override
  public String id() {
    return "system-catalog-write";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (s.dialect() == Dialect.MYSQL && Keywords.startsWith(s, "USE")) {
      String db = s.identifier(1);
      if (db != null && MYSQL_SCHEMAS.contains(db.toLowerCase(Locale.ROOT))) {
        report.add(s.sql(),
            "USE of a system database makes every unqualified name a table of the server's own"
                + " catalog, where a write can lock users out or grant rights.",
            "Stay in the application's database and read catalog tables by qualified name.");
      }
      return;
    }
    for (String table : targets(s)) {
      if (isCatalog(s.dialect(), table)) {
        report.add(
            table,
            "This writes to the database's own catalog (" + table + "): a changed row can corrupt"
                + " the server, grant rights or hide objects, and no constraint checks it.",
            "Use the statement made for the change (ALTER, GRANT, CREATE USER, ...), or ask a human"
                + " administrator.");
        return;
      }
    }
  }

  /** The lower-case, unquoted names of the tables the statement writes. */
  private static List<String> targets(StatementContext s) {
    List<String> out = new ArrayList<>();
    if (Keywords.startsWith(s, "COPY") && Keywords.containsTopLevelWord(s, "FROM")) {
      out.add(tokenName(s, s.isWord(1, "ONLY") ? 2 : 1));
      return out;
    }
    boolean mysql = s.dialect() == Dialect.MYSQL;
    for (Object n : s.nodes()) {
      if (n instanceof Insert i) {
        add(out, i.getTable());
      } else if (n instanceof Upsert u) {
        add(out, u.getTable());
      } else if (n instanceof Merge m) {
        add(out, m.getTable());
      } else if (n instanceof Update u) {
        add(out, u.getTable());
        if (mysql) { // UPDATE a JOIN b SET b.x = ...: every joined table can be written
          add(out, u.getFromItem());
          addJoins(out, u.getStartJoins());
          addJoins(out, u.getJoins());
        }
      } else if (n instanceof Delete d) {
        add(out, d.getTable());
        if (d.getTables() != null && !d.getTables().isEmpty()) {
          // DELETE a, b FROM a JOIN b ...: the targets may be aliases of any table named here
          for (Table t : d.getTables()) {
            add(out, t);
          }
          addJoins(out, d.getJoins());
          if (d.getUsingList() != null) {
            for (Table t : d.getUsingList()) {
              add(out, t);
            }
          }
        }
      }
    }
    return out;
  }

  private static void addJoins(List<String> out, List<Join> joins) {
    if (joins != null) {
      for (Join j : joins) {
        add(out, j.getFromItem());
      }
    }
  }

  private static void add(List<String> out, FromItem item) {
    if (item instanceof Table t && t.getName() != null) {
      out.add(Writes.unquote(t.getFullyQualifiedName()));
    }
  }

  /** The possibly qualified name at token {@code i}, lower case, unquoted. */
  private static String tokenName(StatementContext s, int i) {
    StringBuilder sb = new StringBuilder();
    while (s.type(i) == TokenType.WORD || s.type(i) == TokenType.QUOTED_IDENTIFIER) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s.identifier(i).toLowerCase(Locale.ROOT));
      if (s.type(i + 1) != TokenType.DOT) {
        break;
      }
      i += 2;
    }
    return sb.toString();
  }

  static boolean isCatalog(Dialect dialect, String qualified) {
    String[] parts = qualified.split("\\.");
    String name = parts[parts.length - 1];
    String schema = parts.length >= 2 ? parts[parts.length - 2] : null;
    boolean postgres = dialect != Dialect.MYSQL;
    boolean mysql = dialect != Dialect.POSTGRES;
    if (schema == null) {
      return postgres && name.startsWith("pg_");
    }
    return (postgres && POSTGRES_SCHEMAS.contains(schema)) || (mysql && MYSQL_SCHEMAS.contains(schema));
  }
}
