package io.jdbcguard.mcp;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code describe_table}: columns, primary key, indexes, foreign keys both ways with their
 * actions, and the approximate row count from the database's statistics.
 */
final class DescribeTableTool implements GuardTool {

  private final GuardedDatabase db;

  DescribeTableTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "describe_table";
  }

  @Override
  public String description() {
    return "Describe one table from the database's metadata: its columns (type, nullable,"
        + " default), primary key, indexes (unique or not), the foreign keys it holds"
        + " (foreignKeys) and those of other tables that point at it (referencedBy), each with"
        + " its ON DELETE / ON UPDATE action (CASCADE means a delete here also deletes there), and"
        + " the approximate row count from the database's statistics (null if never analysed)."
        + " Read it before writing a WHERE clause, a DELETE or a migration.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(
        Map.of(
            "table", GuardTool.string("The table's name (unquoted, as list_tables shows it)."),
            "schema", GuardTool.string("Schema (PostgreSQL) or database (MySQL/MariaDB); default: the current one.")),
        List.of("table"));
  }

  @Override
  public boolean readOnly() {
    return true;
  }

  @Override
  public Object call(Args args) throws ToolFailure, SQLException {
    Connection c = db.main();
    Dialect family = db.family();
    Metadata where = Metadata.of(c, family, args.optionalText("schema"));
    DatabaseMetaData meta = c.getMetaData();
    String requested = args.text("table");
    String table = where.resolveTable(meta, requested);
    if (table == null) {
      throw new ToolFailure(
          "There is no table " + requested + " in " + where.shown()
              + "; list_tables shows the tables that exist.");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema", where.shown());
    out.put("table", table);
    out.put("columns", columns(meta, where, table));
    out.put("primaryKey", primaryKey(meta, where, table));
    out.put("indexes", indexes(meta, where, table));
    out.put("foreignKeys", keys(meta.getImportedKeys(where.catalog(), where.schema(), table), true));
    out.put("referencedBy", keys(meta.getExportedKeys(where.catalog(), where.schema(), table), false));
    out.put("approximateRows", approximateRows(c, family, where, table));
    return out;
  }

  private static List<Map<String, Object>> columns(DatabaseMetaData meta, Metadata where, String table)
      throws SQLException {
    List<Map<String, Object>> columns = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(where.catalog(), where.schema(), Metadata.escape(meta, table), "%")) {
      while (rs.next()) {
        if (!table.equals(rs.getString("TABLE_NAME"))) {
          continue;
        }
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", rs.getString("COLUMN_NAME"));
        column.put("type", rs.getString("TYPE_NAME"));
        int size = rs.getInt("COLUMN_SIZE");
        if (!rs.wasNull() && size > 0 && size < Integer.MAX_VALUE) {
          column.put("size", size);
        }
        column.put("nullable", "YES".equals(rs.getString("IS_NULLABLE")));
        String def = rs.getString("COLUMN_DEF");
        if (def != null) {
          column.put("default", def);
        }
        if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
          column.put("autoIncrement", true);
        }
        String remarks = rs.getString("REMARKS");
        if (remarks != null && !remarks.isEmpty()) {
          column.put("comment", remarks);
        }
        columns.add(column);
      }
    }
    return columns;
  }

  private static List<String> primaryKey(DatabaseMetaData meta, Metadata where, String table)
      throws SQLException {
    Map<Integer, String> ordered = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(where.catalog(), where.schema(), table)) {
      while (rs.next()) {
        ordered.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    return new ArrayList<>(ordered.values());
  }

  private static List<Map<String, Object>> indexes(DatabaseMetaData meta, Metadata where, String table)
      throws SQLException {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    try (ResultSet rs = meta.getIndexInfo(where.catalog(), where.schema(), table, false, true)) {
      while (rs.next()) {
        if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
          continue;
        }
        String name = rs.getString("INDEX_NAME");
        if (name == null) {
          continue;
        }
        boolean unique = !rs.getBoolean("NON_UNIQUE");
        Map<String, Object> index =
            byName.computeIfAbsent(
                name,
                n -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", n);
                  m.put("unique", unique);
                  m.put("columns", new ArrayList<String>());
                  return m;
                });
        String column = rs.getString("COLUMN_NAME");
        @SuppressWarnings("unchecked")
        List<String> columns = (List<String>) index.get("columns");
        columns.add(column == null ? "(expression)" : column);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static List<Map<String, Object>> keys(ResultSet keys, boolean imported) throws SQLException {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    try (ResultSet rs = keys) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        String otherTable = imported ? rs.getString("PKTABLE_NAME") : rs.getString("FKTABLE_NAME");
        String key = name != null ? name : otherTable;
        short onUpdate = rs.getShort("UPDATE_RULE");
        short onDelete = rs.getShort("DELETE_RULE");
        Map<String, Object> fk =
            byName.computeIfAbsent(
                key,
                n -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", n);
                  m.put(imported ? "references" : "table", otherTable);
                  m.put("columns", new ArrayList<String>());
                  m.put(imported ? "referencedColumns" : "referencesColumns", new ArrayList<String>());
                  m.put("onDelete", action(onDelete));
                  m.put("onUpdate", action(onUpdate));
                  return m;
                });
        @SuppressWarnings("unchecked")
        List<String> columns = (List<String>) fk.get("columns");
        @SuppressWarnings("unchecked")
        List<String> others =
            (List<String>) fk.get(imported ? "referencedColumns" : "referencesColumns");
        columns.add(rs.getString("FKCOLUMN_NAME"));
        others.add(rs.getString("PKCOLUMN_NAME"));
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static String action(short rule) {
    switch (rule) {
      case DatabaseMetaData.importedKeyCascade:
        return "CASCADE";
      case DatabaseMetaData.importedKeySetNull:
        return "SET NULL";
      case DatabaseMetaData.importedKeySetDefault:
        return "SET DEFAULT";
      case DatabaseMetaData.importedKeyRestrict:
        return "RESTRICT";
      default:
        return "NO ACTION";
    }
  }

  private Long approximateRows(Connection c, Dialect family, Metadata where, String table) {
    String sql;
    switch (family) {
      case POSTGRES:
        sql = "SELECT c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid ="
            + " c.relnamespace WHERE n.nspname = ? AND c.relname = ?";
        break;
      case MYSQL:
        sql = "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND"
            + " TABLE_NAME = ?";
        break;
      default:
        return null;
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setQueryTimeout(db.options().timeoutSeconds());
      p.setString(1, where.shown());
      p.setString(2, table);
      try (ResultSet rs = p.executeQuery()) {
        if (rs.next()) {
          long n = rs.getLong(1);
          return rs.wasNull() || n < 0 ? null : n;
        }
      }
    } catch (SQLException e) {
      return null; // statistics are a bonus; the metadata above is the answer
    }
    return null;
  }
}
