package io.jdbcguard.mcp;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code list_schemas}: the schemas (PostgreSQL) or databases (MySQL/MariaDB), from metadata. */
final class ListSchemasTool implements GuardTool {

  private final GuardedDatabase db;

  ListSchemasTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "list_schemas";
  }

  @Override
  public String description() {
    return "List the schemas (PostgreSQL) or databases (MySQL/MariaDB) this connection can see,"
        + " and which one is current. Use a name from here as the schema argument of list_tables"
        + " and describe_table.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(Map.of(), List.of());
  }

  @Override
  public boolean readOnly() {
    return true;
  }

  @Override
  public Object call(Args args) throws SQLException {
    Connection c = db.main();
    boolean catalogs = db.family() == Dialect.MYSQL;
    List<String> names = new ArrayList<>();
    try (ResultSet rs = catalogs ? c.getMetaData().getCatalogs() : c.getMetaData().getSchemas()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", catalogs ? "database" : "schema");
    out.put("current", catalogs ? c.getCatalog() : c.getSchema());
    out.put("schemas", names);
    return out;
  }
}
