package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token-level reading of schema changes for the migration rules and the script state: which table
 * a statement changes, what an {@code ALTER TABLE ... ADD} adds, and where. Names are normalised
 * the way the server compares them: PostgreSQL folds unquoted names to lower case, generic SQL to
 * upper case, MySQL compares them as written (case-sensitive on Linux), quoted names are exact.
 */
final class Ddl {

  /** What an {@code ADD} action of ALTER TABLE adds. */
  enum Added { COLUMN, CHECK, UNIQUE, PRIMARY_KEY, FOREIGN_KEY, EXCLUDE, INDEX }

  /**
   * One {@code ADD} action.
   *
   * @param what what it adds
   * @param name the constraint's or column's normalised name, or null when unnamed
   * @param body index of the first token after the name (the column type, or the constraint's
   *     keyword)
   * @param last index of the action's last token
   */
  record Addition(Added what, String name, int body, int last) {}

  private static final Set<String> CONSTRAINT_WORDS =
      Set.of("CHECK", "UNIQUE", "PRIMARY", "FOREIGN", "EXCLUDE", "INDEX", "KEY", "FULLTEXT", "SPATIAL");

  private Ddl() {}

  /** The normalised (possibly qualified) name starting at token {@code i}, or null. */
  static String name(StatementContext s, int i) {
    StringBuilder sb = new StringBuilder();
    while (s.type(i) == TokenType.WORD || s.type(i) == TokenType.QUOTED_IDENTIFIER) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(identifier(s, i));
      if (s.type(i + 1) != TokenType.DOT) {
        break;
      }
      i += 2;
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** One identifier, normalised. */
  static String identifier(StatementContext s, int i) {
    String id = s.identifier(i);
    if (id == null || s.type(i) != TokenType.WORD || s.dialect() == Dialect.MYSQL) {
      return id;
    }
    return s.dialect() == Dialect.GENERIC ? id.toUpperCase(Locale.ROOT) : id.toLowerCase(Locale.ROOT);
  }

  /** The table an {@code ALTER TABLE} changes, or null for any other statement. */
  static String alteredTable(StatementContext s) {
    int i;
    if (Keywords.startsWith(s, "ALTER", "TABLE")) {
      i = 2;
    } else {
      return null;
    }
    if (s.isWord(i, "IF") && s.isWord(i + 1, "EXISTS")) {
      i += 2;
    }
    if (s.isWord(i, "ONLY")) {
      i++;
    }
    return name(s, i);
  }

  /** True for {@code CREATE [UNIQUE | FULLTEXT | SPATIAL] INDEX}. */
  static boolean isCreateIndex(StatementContext s) {
    int i = 1;
    while (s.isWord(i, "UNIQUE") || s.isWord(i, "FULLTEXT") || s.isWord(i, "SPATIAL")) {
      i++;
    }
    return s.isWord(0, "CREATE") && s.isWord(i, "INDEX");
  }

  /** The index of the word after {@code CREATE [UNIQUE] INDEX}, or -1. */
  static int afterIndexWord(StatementContext s) {
    return isCreateIndex(s) ? s.indexOfWord("INDEX", 1) + 1 : -1;
  }

  /** The table a {@code CREATE INDEX} is built on, or null. */
  static String indexedTable(StatementContext s) {
    int on = topLevelWord(s, "ON", 2, s.size());
    if (!isCreateIndex(s) || on < 0) {
      return null;
    }
    int i = on + 1;
    if (s.isWord(i, "ONLY")) {
      i++;
    }
    return name(s, i);
  }

  /**
   * The table or materialized view a {@code CREATE [TEMP | UNLOGGED | ...] TABLE name} or {@code
   * CREATE MATERIALIZED VIEW name} creates, or null (also for {@code IF NOT EXISTS}: the table may
   * already exist).
   */
  static String createdTable(StatementContext s) {
    if (!s.isWord(0, "CREATE")) {
      return null;
    }
    int i = 1;
    while (Set.of("TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "MATERIALIZED")
        .contains(s.word(i))) {
      i++;
    }
    if (!s.isWord(i, "TABLE") && !(s.isWord(i, "VIEW") && s.isWord(i - 1, "MATERIALIZED"))) {
      return null;
    }
    if (Keywords.matchesAt(s, i + 1, "IF", "NOT", "EXISTS")) {
      // in a migration the table is nearly always new (IF NOT EXISTS is defensive); if it did
      // exist, the migration was already applied by hand, which a review catches
      return name(s, i + 4);
    }
    return name(s, i + 1);
  }

  private static final Set<String> OBJECT_KINDS =
      Set.of("VIEW", "SEQUENCE", "FUNCTION", "PROCEDURE", "SCHEMA", "TYPE", "DOMAIN", "TRIGGER");

  /**
   * The name of the view, sequence, function, procedure, schema, type or domain a {@code CREATE
   * [OR REPLACE] [TEMP] [MATERIALIZED | RECURSIVE] ...} creates, or null.
   */
  static String createdObject(StatementContext s) {
    if (!s.isWord(0, "CREATE")) {
      return null;
    }
    int i = 1;
    if (s.isWord(1, "OR") && s.isWord(2, "REPLACE")) {
      i = 3;
    }
    while (Set.of("TEMP", "TEMPORARY", "RECURSIVE", "MATERIALIZED", "UNLOGGED").contains(s.word(i))) {
      i++;
    }
    if (!OBJECT_KINDS.contains(s.word(i))) {
      return null;
    }
    i++;
    if (Keywords.matchesAt(s, i, "IF", "NOT", "EXISTS")) {
      i += 3;
    }
    return name(s, i);
  }

  /** Reads the {@code ADD ...} action {@code [first, last]}; null when it is not an ADD. */
  static Addition addition(StatementContext s, int first, int last) {
    if (!s.isWord(first, "ADD")) {
      return null;
    }
    int i = first + 1;
    if (s.isWord(i, "COLUMN")) {
      i++;
      if (s.isWord(i, "IF") && s.isWord(i + 1, "NOT") && s.isWord(i + 2, "EXISTS")) {
        i += 3;
      }
      return new Addition(Added.COLUMN, identifier(s, i), i + 1, last);
    }
    String constraint = null;
    if (s.isWord(i, "CONSTRAINT")) {
      i++;
      if (!CONSTRAINT_WORDS.contains(s.word(i))) {
        constraint = identifier(s, i);
        i++;
      }
    }
    Added what = switch (s.word(i)) {
      case "CHECK" -> Added.CHECK;
      case "UNIQUE" -> Added.UNIQUE;
      case "PRIMARY" -> Added.PRIMARY_KEY;
      case "FOREIGN" -> Added.FOREIGN_KEY;
      case "EXCLUDE" -> Added.EXCLUDE;
      case "INDEX", "KEY", "FULLTEXT", "SPATIAL" -> Added.INDEX;
      default -> null;
    };
    if (what != null) {
      return new Addition(what, constraint, i, last);
    }
    if (constraint != null || s.type(i) == TokenType.LEFT_PAREN) {
      // MySQL ADD (a int, b int): a column list; PARTITION and other additions are not columns
      return s.type(i) == TokenType.LEFT_PAREN ? new Addition(Added.COLUMN, null, i, last) : null;
    }
    if (s.isWord(i, "PARTITION") || s.isWord(i, "TABLE")) {
      return null;
    }
    if (s.isWord(i, "IF") && s.isWord(i + 1, "NOT") && s.isWord(i + 2, "EXISTS")) {
      i += 3;
    }
    return new Addition(Added.COLUMN, identifier(s, i), i + 1, last);
  }

  /** Index of the word at paren depth 0 (relative to {@code from}) in {@code [from, to)}, or -1. */
  static int topLevelWord(StatementContext s, String word, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && s.isWord(i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** True when the words appear in sequence at paren depth 0 within {@code [from, to]}. */
  static boolean hasWords(StatementContext s, int from, int to, String... words) {
    int depth = 0;
    for (int i = from; i <= to; i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && Keywords.matchesAt(s, i, words) && i + words.length - 1 <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of a MySQL {@code ALGORITHM [=] x} or {@code LOCK [=] x} clause anywhere at paren
   * depth 0 (upper case), or the empty string.
   */
  static String mysqlOption(StatementContext s, String option) {
    int at = topLevelWord(s, option, 1, s.size());
    while (at > 0) {
      int v = at + 1;
      if (s.type(v) == TokenType.OPERATOR && s.text(v).equals("=")) {
        v++;
      }
      // LOCK=... is the option; LOCK TABLES or LOCK IN SHARE MODE is not
      if (!s.word(v).isEmpty() && (v == at + 2 || Set.of("DEFAULT", "NONE", "SHARED", "EXCLUSIVE",
          "INSTANT", "INPLACE", "COPY", "NOCOPY").contains(s.word(v)))) {
        return s.word(v);
      }
      at = topLevelWord(s, option, at + 1, s.size());
    }
    return "";
  }

  /**
   * MySQL: the statement asks the server to refuse rather than block ({@code ALGORITHM=INSTANT} or
   * {@code LOCK=NONE}), so it either runs online or fails without locking anything.
   */
  static boolean mysqlOnline(StatementContext s) {
    return mysqlOption(s, "ALGORITHM").equals("INSTANT") || mysqlOption(s, "LOCK").equals("NONE");
  }

  /** The statement's text for a finding: {@code ALTER TABLE name} and the action. */
  static String fragment(StatementContext s, List<int[]> actions, int[] action) {
    int head = actions.get(0)[0];
    if (action[0] <= head) {
      return s.slice(0, action[1]);
    }
    return s.slice(0, head - 1) + " ... " + s.slice(action[0], action[1]);
  }

  /**
   * A column definition of an {@code ADD [COLUMN]} action.
   *
   * @param name the column's normalised name
   * @param first index of its type's first token
   * @param last index of its last token
   */
  record Column(String name, int first, int last) {}

  /** The columns an {@code ADD [COLUMN]} adds (MySQL's {@code ADD (a int, b int)} adds several). */
  static List<Column> columns(StatementContext s, Addition a) {
    if (a.what() != Added.COLUMN) {
      return List.of();
    }
    if (a.name() != null) {
      return List.of(new Column(a.name(), a.body(), a.last()));
    }
    int close = a.last();
    while (close > a.body() && s.type(close) != TokenType.RIGHT_PAREN) {
      close--;
    }
    List<Column> out = new ArrayList<>();
    for (int[] def : Keywords.commaSeparated(s, a.body() + 1, close)) {
      out.add(new Column(identifier(s, def[0]), def[0] + 1, def[1]));
    }
    return out;
  }

  /** Words that end a column's DEFAULT expression (the next column constraint or option). */
  private static final Set<String> COLUMN_OPTION_WORDS =
      Set.of("NOT", "NULL", "CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "REFERENCES", "GENERATED",
          "COLLATE", "ON", "COMMENT", "AUTO_INCREMENT", "FIRST", "AFTER", "DEFERRABLE", "INITIALLY",
          "VISIBLE", "INVISIBLE", "STORAGE", "COMPRESSION", "KEY");

  /** Index of the column's {@code DEFAULT} keyword (not {@code BY DEFAULT}), or -1. */
  static int defaultAt(StatementContext s, Column c) {
    int at = topLevelWord(s, "DEFAULT", c.first(), c.last() + 1);
    while (at > 0 && s.isWord(at - 1, "BY")) {
      at = topLevelWord(s, "DEFAULT", at + 1, c.last() + 1);
    }
    return at;
  }

  /** Index of the last token of the DEFAULT expression that starts at {@code from}. */
  static int defaultEnd(StatementContext s, int from, int last) {
    int depth = 0;
    for (int i = from; i <= last; i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && i > from && COLUMN_OPTION_WORDS.contains(s.word(i))) {
        return i - 1;
      }
    }
    return last;
  }

  /** True when the column is declared {@code NOT NULL} or {@code PRIMARY KEY}. */
  static boolean isNotNull(StatementContext s, Column c) {
    return hasWords(s, c.first(), c.last(), "NOT", "NULL") || hasWords(s, c.first(), c.last(), "PRIMARY", "KEY");
  }

  /** True when the column's values come from a sequence or an expression (serial, identity, generated). */
  static boolean isGenerated(StatementContext s, Column c) {
    return isSerial(s, c) || topLevelWord(s, "GENERATED", c.first(), c.last() + 1) > 0
        || topLevelWord(s, "AUTO_INCREMENT", c.first(), c.last() + 1) > 0
        || s.dialect() == Dialect.MYSQL && topLevelWord(s, "AS", c.first(), c.last() + 1) > 0;
  }

  /** True for PostgreSQL's serial pseudo-types. */
  static boolean isSerial(StatementContext s, Column c) {
    return Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4", "SERIAL8")
        .contains(s.word(c.first()));
  }
}
