package io.jdbcguard.mcp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result set into JSON-ready maps with caps: at most {@code maxRows} rows, each text value
 * cut to {@value #MAX_CELL} characters, and the whole answer kept under {@value #MAX_CHARS}
 * characters. {@code truncated} says whether anything was left out.
 */
final class Rows {

  static final int MAX_CELL = 2_000;
  static final int MAX_CHARS = 200_000;

  private Rows() {}

  static Map<String, Object> read(ResultSet rs, int maxRows) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int n = meta.getColumnCount();
    List<Map<String, Object>> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Map<String, Object> column = new LinkedHashMap<>();
      String name = meta.getColumnLabel(i);
      names.add(unique(names, name == null || name.isEmpty() ? "column" + i : name));
      column.put("name", names.get(i - 1));
      column.put("type", meta.getColumnTypeName(i));
      columns.add(column);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean truncated = false;
    long chars = 0;
    while (rs.next()) {
      if (rows.size() >= maxRows || chars > MAX_CHARS) {
        truncated = true;
        break;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= n; i++) {
        Object value = value(rs, i, meta.getColumnType(i));
        chars += names.get(i - 1).length() + (value == null ? 4 : String.valueOf(value).length()) + 6;
        row.put(names.get(i - 1), value);
      }
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("columns", columns);
    out.put("rows", rows);
    out.put("rowCount", rows.size());
    out.put("truncated", truncated);
    if (truncated) {
      out.put(
          "note",
          "More rows exist than were returned (cap " + maxRows + " rows, about " + MAX_CHARS
              + " characters). Narrow the query (WHERE, LIMIT, fewer columns) or aggregate"
              + " (count, group by) instead of reading everything.");
    }
    return out;
  }

  private static String unique(List<String> names, String name) {
    String candidate = name;
    for (int k = 2; names.contains(candidate); k++) {
      candidate = name + "_" + k;
    }
    return candidate;
  }

  private static Object value(ResultSet rs, int i, int type) throws SQLException {
    switch (type) {
      case Types.BOOLEAN:
      case Types.BIT:
        boolean b = rs.getBoolean(i);
        return rs.wasNull() ? null : b;
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        long l = rs.getLong(i);
        return rs.wasNull() ? null : l;
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
        double d = rs.getDouble(i);
        if (rs.wasNull()) {
          return null;
        }
        return Double.isFinite(d) ? d : String.valueOf(d);
      case Types.NUMERIC:
      case Types.DECIMAL:
        BigDecimal big = rs.getBigDecimal(i);
        return big;
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
        Object bytes = rs.getObject(i);
        if (bytes == null) {
          return null;
        }
        long length = bytes instanceof byte[] a ? a.length : bytes instanceof Blob blob ? blob.length() : -1;
        return "<binary, " + length + " bytes>";
      default:
        Object o = rs.getObject(i);
        if (o == null) {
          return null;
        }
        if (o instanceof BigInteger || o instanceof Number || o instanceof Boolean) {
          return o;
        }
        String text =
            o instanceof Clob clob
                ? clob.getSubString(1, (int) Math.min(clob.length(), MAX_CELL + 1))
                : o instanceof Array array ? String.valueOf(array) : String.valueOf(o);
        return text.length() > MAX_CELL
            ? text.substring(0, MAX_CELL) + "... (cut, " + text.length() + " characters)"
            : text;
    }
  }
}
