package io.jdbcguard.mcp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code list_tables}: tables and views of one schema, from metadata. */
final class ListTablesTool implements GuardTool {

  static final int MAX_TABLES = 1000;

  private final GuardedDatabase db;

  ListTablesTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "list_tables";
  }

  @Override
  public String description() {
    return "List the tables and views of one schema (default: the current one) with their type"
        + " and comment. pattern filters names with SQL LIKE wildcards (% any text, _ one"
        + " character). At most " + MAX_TABLES + " come back; truncated=true means more exist.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(
        Map.of(
            "schema", GuardTool.string("Schema (PostgreSQL) or database (MySQL/MariaDB); default: the current one."),
            "pattern", GuardTool.string("A LIKE pattern for table names, e.g. order%; default: all.")),
        List.of());
  }

  @Override
  public boolean readOnly() {
    return true;
  }

  @Override
  public Object call(Args args) throws ToolFailure, SQLException {
    Connection c = db.main();
    Metadata where = Metadata.of(c, db.family(), args.optionalText("schema"));
    String pattern = args.optionalText("pattern");
    List<Map<String, Object>> tables = new ArrayList<>();
    boolean truncated = false;
    try (ResultSet rs =
        c.getMetaData()
            .getTables(where.catalog(), where.schema(), pattern == null ? "%" : pattern, null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        if (type != null && (type.contains("INDEX") || type.contains("SEQUENCE") || type.startsWith("SYSTEM")
            || type.contains("TYPE"))) {
          continue;
        }
        if (tables.size() >= MAX_TABLES) {
          truncated = true;
          break;
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("name", rs.getString("TABLE_NAME"));
        table.put("type", type);
        String remarks = rs.getString("REMARKS");
        if (remarks != null && !remarks.isEmpty()) {
          table.put("comment", remarks);
        }
        tables.add(table);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema", where.shown());
    out.put("tables", tables);
    out.put("truncated", truncated);
    return out;
  }
}
