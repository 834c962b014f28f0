package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Table facts of one database (keys, triggers, rules, cascading foreign keys, storage engine), read
 * from its catalog on first use and shared by the connections to it. A fact older than {@link
 * #MAX_AGE_NANOS} is read again; every DDL statement sent through the guard drops them all. A stale
 * or missing fact can only make the guard measure: facts are used to skip measuring, and a table
 * the catalog does not describe (or that cannot be read) is simply measured.
 *
 * <p>Reading costs one query on PostgreSQL and three on MySQL/MariaDB, once per table and age.
 */
public final class Catalog {

  /** How long a table's facts are trusted: 30 seconds. */
  public static final long MAX_AGE_NANOS = 30_000_000_000L;

  /** Entries kept at most; past it the cache starts afresh. */
  private static final int MAX_TABLES = 4096;

  private final ConcurrentMap<String, TableFacts> facts = new ConcurrentHashMap<>();
  private final long maxAgeNanos;

  public Catalog() {
    this(MAX_AGE_NANOS);
  }

  /** A catalog whose facts are trusted for {@code maxAgeNanos} (tests use short ages). */
  public Catalog(long maxAgeNanos) {
    this.maxAgeNanos = maxAgeNanos;
  }

  private final ConcurrentMap<String, WriteText> texts = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Boolean> routineCalls = new ConcurrentHashMap<>();

  /** What {@code sql} says about its effect, read once per text. */
  public WriteText text(String sql, Dialect dialect) {
    WriteText known = texts.get(sql);
    if (known == null) {
      if (texts.size() >= MAX_TABLES) {
        texts.clear();
      }
      known = WriteText.of(sql, dialect);
      texts.put(sql, known);
    }
    return known;
  }

  /** {@link WriteText#mayCallWritingRoutine}, read once per text. */
  public boolean mayCallWritingRoutine(String sql, Dialect dialect) {
    Boolean known = routineCalls.get(sql);
    if (known == null) {
      if (routineCalls.size() >= MAX_TABLES) {
        routineCalls.clear();
      }
      known = WriteText.mayCallWritingRoutine(sql, dialect);
      routineCalls.put(sql, known);
    }
    return known;
  }

  /** Forgets every fact: DDL went through the guard. */
  public void invalidate() {
    facts.clear();
  }

  /**
   * The facts of the table {@code text} writes, fresh, read now if needed; null if the table is
   * unknown or its facts cannot be read (the caller then measures).
   */
  TableFacts lookup(Connection raw, Dialect family, WriteText text) {
    if (text.table() == null) {
      return null;
    }
    String key = text.schema() == null ? text.table() : text.schema() + "." + text.table();
    long now = System.nanoTime();
    TableFacts known = facts.get(key);
    if (known != null && now - known.loadedAt() < maxAgeNanos) {
      return known;
    }
    TableFacts read;
    try {
      read = read(raw, family, text, now);
    } catch (SQLException | RuntimeException e) {
      return null;
    }
    if (read != null) {
      if (facts.size() >= MAX_TABLES) {
        facts.clear();
      }
      facts.put(key, read);
    }
    return read;
  }

  /**
   * Stores facts as if read from the catalog at their {@code loadedAt} ({@code table} as written in
   * the SQL, {@code schema.name} if qualified). For tests and tools that know the schema.
   */
  public void remember(String key, TableFacts table) {
    facts.put(key, table);
  }

  private static TableFacts read(Connection raw, Dialect family, WriteText text, long now)
      throws SQLException {
    switch (family) {
      case POSTGRES:
        return postgres(raw, text, now);
      case MYSQL:
        return mysql(raw, text, now);
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- PostgreSQL

  private static final char SEP = (char) 1;
  private static final char KEY_SEP = (char) 2;

  /**
   * One query. The name is resolved by {@code to_regclass} as the server resolves it (search path,
   * quoting, case folding); inside the caller's transaction the query runs under a savepoint of its
   * own, so that a failure cannot abort that transaction.
   */
  private static TableFacts postgres(Connection raw, WriteText text, long now) throws SQLException {
    String name = text.schema() == null ? text.table() : text.schema() + "." + text.table();
    String query =
        "SELECT c.relkind, c.relhasrules, c.relhassubclass, c.oid::regclass::text, (SELECT count(*)"
            + " FROM pg_trigger g WHERE g.tgrelid = c.oid AND NOT g.tgisinternal), (SELECT"
            + " string_agg(f.conrelid::regclass::text || ' ' || f.confdeltype::text ||"
            + " f.confupdtype::text, ', ') FROM pg_constraint f WHERE f.contype = 'f' AND"
            + " f.confrelid = c.oid AND (f.confdeltype IN ('c','n','d') OR f.confupdtype IN"
            + " ('c','n','d'))), (SELECT string_agg(k.cols, chr(2)) FROM (SELECT"
            + " string_agg(a.attname::text, chr(1)) cols, bool_and(a.attnotnull) nn FROM pg_index i"
            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE"
            + " i.indrelid = c.oid AND i.indisunique AND i.indimmediate AND i.indisvalid AND"
            + " i.indpred IS NULL AND i.indexprs IS NULL GROUP BY i.indexrelid) k WHERE k.nn) FROM"
            + " pg_class c WHERE c.oid = to_regclass("
            + literal(name)
            + ")";
    boolean inTransaction = !raw.getAutoCommit();
    try (Statement statement = raw.createStatement()) {
      if (inTransaction) {
        statement.execute("SAVEPOINT jdbc_guard_facts");
      }
      TableFacts facts;
      try (ResultSet rows = statement.executeQuery(query)) {
        facts = rows.next() ? postgresRow(rows, now) : null;
      } catch (SQLException e) {
        if (inTransaction) {
          statement.execute("ROLLBACK TO SAVEPOINT jdbc_guard_facts");
          statement.execute("RELEASE SAVEPOINT jdbc_guard_facts");
        }
        throw e;
      }
      if (inTransaction) {
        statement.execute("RELEASE SAVEPOINT jdbc_guard_facts");
      }
      return facts;
    }
  }

  private static TableFacts postgresRow(ResultSet rows, long now) throws SQLException {
    String kind = rows.getString(1);
    boolean hasRules = rows.getBoolean(2);
    boolean children = rows.getBoolean(3);
    String table = rows.getString(4);
    long triggers = rows.getLong(5);
    String cascading = rows.getString(6);
    String keyList = rows.getString(7);
    List<String> effects = new ArrayList<>();
    if (triggers > 0) {
      effects.add(triggers + " trigger" + (triggers == 1 ? "" : "s"));
    }
    if (hasRules) {
      effects.add("rules");
    }
    if (cascading != null) {
      effects.add("foreign keys that cascade or set null/default (" + cascading + ")");
    }
    List<Set<String>> keys = new ArrayList<>();
    if (keyList != null) {
      for (String key : keyList.split(String.valueOf(KEY_SEP))) {
        keys.add(Set.of(key.split(String.valueOf(SEP))));
      }
    }
    return new TableFacts(
        table,
        "r".equals(kind) && !children,
        List.copyOf(effects),
        cascading != null,
        !"f".equals(kind),
        null,
        List.copyOf(keys),
        now);
  }

  /** A PostgreSQL string literal (standard_conforming_strings is on: the guard checks it). */
  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  // ---------------------------------------------------------------- MySQL and MariaDB

  private static final Set<String> INTEGER_TYPES =
      Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint");

  /** Engines that roll back. */
  private static final Set<String> TRANSACTIONAL = Set.of("innodb", "rocksdb", "tokudb");

  private static TableFacts mysql(Connection raw, WriteText text, long now) throws SQLException {
    String schema = text.schema() == null ? null : unquote(text.schema());
    String table = unquote(text.table());
    String type;
    String engine;
    String resolvedSchema;
    try (PreparedStatement find =
        raw.prepareStatement(
            "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, ENGINE FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?")) {
      find.setString(1, schema);
      find.setString(2, table);
      try (ResultSet rows = find.executeQuery()) {
        String found = null;
        String foundSchema = null;
        String foundType = null;
        String foundEngine = null;
        while (rows.next()) {
          if (rows.getString(2).equals(table)) {
            foundSchema = rows.getString(1);
            found = rows.getString(2);
            foundType = rows.getString(3);
            foundEngine = rows.getString(4);
          }
        }
        if (found == null) {
          return null;
        }
        resolvedSchema = foundSchema;
        type = foundType;
        engine = foundEngine;
      }
    }
    List<String> effects = new ArrayList<>();
    try (PreparedStatement triggers =
        raw.prepareStatement(
            "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = ? AND"
                + " EVENT_OBJECT_TABLE = ?")) {
      triggers.setString(1, resolvedSchema);
      triggers.setString(2, table);
      try (ResultSet rows = triggers.executeQuery()) {
        long count = rows.next() ? rows.getLong(1) : 1;
        if (count > 0) {
          effects.add(count + " trigger" + (count == 1 ? "" : "s"));
        }
      }
    }
    boolean cascades = false;
    List<Set<String>> keys = new ArrayList<>();
    try (PreparedStatement details =
        raw.prepareStatement(
            "SELECT 'fk', TABLE_NAME, CONCAT(DELETE_RULE, '/', UPDATE_RULE), NULL, NULL, NULL"
                + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE UNIQUE_CONSTRAINT_SCHEMA"
                + " = ? AND REFERENCED_TABLE_NAME = ? AND (DELETE_RULE NOT IN ('RESTRICT', 'NO"
                + " ACTION') OR UPDATE_RULE NOT IN ('RESTRICT', 'NO ACTION'))"
                + " UNION ALL SELECT 'key', s.INDEX_NAME, s.COLUMN_NAME, c.IS_NULLABLE,"
                + " c.DATA_TYPE, s.SUB_PART FROM information_schema.STATISTICS s JOIN"
                + " information_schema.COLUMNS c ON c.TABLE_SCHEMA = s.TABLE_SCHEMA AND"
                + " c.TABLE_NAME = s.TABLE_NAME AND c.COLUMN_NAME = s.COLUMN_NAME WHERE"
                + " s.TABLE_SCHEMA = ? AND s.TABLE_NAME = ? AND s.NON_UNIQUE = 0")) {
      details.setString(1, resolvedSchema);
      details.setString(2, table);
      details.setString(3, resolvedSchema);
      details.setString(4, table);
      java.util.Map<String, Set<String>> indexColumns = new java.util.LinkedHashMap<>();
      Set<String> badIndexes = new java.util.HashSet<>();
      List<String> cascading = new ArrayList<>();
      try (ResultSet rows = details.executeQuery()) {
        while (rows.next()) {
          if (rows.getString(1).equals("fk")) {
            cascading.add(rows.getString(2) + " " + rows.getString(3));
            continue;
          }
          String index = rows.getString(2);
          indexColumns
              .computeIfAbsent(index, i -> new LinkedHashSet<>())
              .add(rows.getString(3).toLowerCase(Locale.ROOT));
          boolean ok =
              "NO".equalsIgnoreCase(rows.getString(4))
                  && INTEGER_TYPES.contains(rows.getString(5).toLowerCase(Locale.ROOT))
                  && rows.getObject(6) == null;
          if (!ok) {
            badIndexes.add(index);
          }
        }
      }
      if (!cascading.isEmpty()) {
        cascades = true;
        effects.add(
            "foreign keys that cascade or set null/default (" + String.join(", ", cascading) + ")");
      }
      for (java.util.Map.Entry<String, Set<String>> index : indexColumns.entrySet()) {
        if (!badIndexes.contains(index.getKey())) {
          keys.add(Set.copyOf(index.getValue()));
        }
      }
    }
    return new TableFacts(
        resolvedSchema + "." + table,
        "BASE TABLE".equalsIgnoreCase(type),
        List.copyOf(effects),
        cascades,
        engine != null && TRANSACTIONAL.contains(engine.toLowerCase(Locale.ROOT)),
        engine,
        List.copyOf(keys),
        now);
  }

  /** A MySQL identifier without its backquotes (or double quotes under ANSI_QUOTES). */
  private static String unquote(String name) {
    if (name.length() >= 2
        && (name.charAt(0) == '`' || name.charAt(0) == '"')
        && name.charAt(name.length() - 1) == name.charAt(0)) {
      String q = String.valueOf(name.charAt(0));
      return name.substring(1, name.length() - 1).replace(q + q, q);
    }
    return name;
  }
}
