package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adding a column whose existing rows each need their own value, which rewrites the whole table
 * under an exclusive lock: a {@code DEFAULT} calling a volatile (or unknown, since user functions
 * are volatile unless declared otherwise) function such as {@code random()}, {@code
 * gen_random_uuid()}, {@code clock_timestamp()}, {@code nextval()}; {@code serial} types; identity
 * columns; stored generated columns; MySQL {@code AUTO_INCREMENT} and {@code STORED} columns.
 * Constant and stable defaults ({@code 0}, {@code 'x'}, {@code now()}, {@code CURRENT_TIMESTAMP})
 * are stored once by PostgreSQL 11+ and are fine.
 */
final class VolatileColumnDefault extends MigrationRule {

  /** Functions that are stable or immutable in PostgreSQL (evaluated once for ADD COLUMN). */
  private static final Set<String> NON_VOLATILE =
      Set.of("now", "transaction_timestamp", "statement_timestamp", "current_timestamp",
          "current_date", "current_time", "localtimestamp", "localtime", "current_setting",
          "current_user", "session_user", "current_schema", "current_database", "cast", "coalesce",
          "nullif", "greatest", "least", "lower", "upper", "concat", "concat_ws", "length",
          "substring", "substr", "trim", "btrim", "ltrim", "rtrim", "replace", "lpad", "rpad",
          "to_char", "to_date", "to_timestamp", "to_number", "make_date", "make_time",
          "make_timestamp", "make_timestamptz", "make_interval", "date_trunc", "date_part",
          "extract", "timezone", "abs", "round", "floor", "ceil", "ceiling", "md5", "encode",
          "decode", "array", "row", "jsonb_build_object", "json_build_object", "jsonb_build_array",
          "json_build_array", "to_jsonb", "to_json", "array_fill", "int4range", "int8range",
          "numrange", "tsrange", "tstzrange", "daterange", "point", "interval", "timestamp",
          "timestamptz", "date", "time", "numeric", "decimal", "varchar", "char", "bit", "varbit");

  @Override
  public String id() {
    return "volatile-column-default";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (table == null || s.dialect() == Dialect.GENERIC || s.script().isNewTable(table)) {
      return;
    }
    if (s.dialect() == Dialect.MYSQL && Ddl.mysqlOnline(s)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      if (added == null) {
        continue;
      }
      for (Ddl.Column c : Ddl.columns(s, added)) {
        String what = s.dialect() == Dialect.MYSQL ? mysqlRewrite(s, c) : postgresRewrite(s, c);
        if (what != null) {
          report.add(
              Ddl.fragment(s, actions, a),
              "Adding " + table + "." + c.name() + " with " + what + " gives every existing row"
                  + " its own value, so the whole table is rewritten while it is locked against"
                  + (s.dialect() == Dialect.MYSQL ? " writes." : " reads and writes."),
              "Add the column without it (nullable, or with a constant default), give new rows"
                  + " their value with ALTER COLUMN " + c.name() + " SET DEFAULT ..., and backfill"
                  + " the existing rows in batches.");
        }
      }
    }
  }

  private static String postgresRewrite(StatementContext s, Ddl.Column c) {
    if (Ddl.isSerial(s, c)) {
      return "a serial type (a nextval() default)";
    }
    int generated = Ddl.topLevelWord(s, "GENERATED", c.first(), c.last() + 1);
    if (generated > 0) {
      return Ddl.hasWords(s, generated, c.last(), "IDENTITY") ? "an identity" : "a stored generated value";
    }
    int dflt = Ddl.defaultAt(s, c);
    if (dflt < 0) {
      return null;
    }
    int end = Ddl.defaultEnd(s, dflt + 1, c.last());
    for (int i = dflt + 1; i < end; i++) {
      if (s.type(i + 1) != TokenType.LEFT_PAREN
          || s.type(i) != TokenType.WORD && s.type(i) != TokenType.QUOTED_IDENTIFIER) {
        continue;
      }
      boolean typeName = s.isWord(i - 1, "AS") || s.type(i - 1) == TokenType.OPERATOR && s.text(i - 1).equals("::");
      String name = s.identifier(i).toLowerCase(Locale.ROOT);
      if (!typeName && !NON_VOLATILE.contains(name)) {
        return "DEFAULT " + name + "() (volatile, or not known to be stable)";
      }
    }
    return null;
  }

  private static String mysqlRewrite(StatementContext s, Ddl.Column c) {
    if (Ddl.topLevelWord(s, "AUTO_INCREMENT", c.first(), c.last() + 1) > 0) {
      return "AUTO_INCREMENT";
    }
    if (Ddl.topLevelWord(s, "STORED", c.first(), c.last() + 1) > 0) {
      return "a STORED generated value";
    }
    return null;
  }
}
