package io.jdbcguard.rules.sql;

import io.jdbcguard.rules.Dialect;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * Which words JSqlParser's grammar reads as keywords, and which of them the servers reserve.
 *
 * <p>The keyword class is not a list kept here: JSqlParser's own token manager says whether a word
 * lexes as an identifier ({@code S_IDENTIFIER}) or as one of its several hundred keyword tokens
 * (including the data-type words such as {@code uuid}, {@code enum}, {@code number}). A word in that
 * class the dialect does not reserve is an ordinary identifier for the server, and quoting it makes
 * the parser read what the server reads. The reserved lists are those of PostgreSQL 15 (reserved,
 * and reserved that can be a function or type name) and MySQL 8 / MariaDB 10.11; a word either
 * server reserves is never quoted under the generic dialect.
 */
public final class ParserKeywords {

  private static final Set<String> POSTGRES_RESERVED =
      Set.of("ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "BOTH",
          "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CURRENT_CATALOG",
          "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER",
          "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "FALSE",
          "FETCH", "FOR", "FOREIGN", "FROM", "GRANT", "GROUP", "HAVING", "IN", "INITIALLY",
          "INTERSECT", "INTO", "LATERAL", "LEADING", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NOT",
          "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "PLACING", "PRIMARY", "REFERENCES",
          "RETURNING", "SELECT", "SESSION_USER", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE",
          "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "WHEN",
          "WHERE", "WINDOW", "WITH",
          // reserved, but may be a function or type name
          "AUTHORIZATION", "BINARY", "COLLATION", "CONCURRENTLY", "CROSS", "CURRENT_SCHEMA",
          "FREEZE", "FULL", "ILIKE", "INNER", "IS", "ISNULL", "JOIN", "LEFT", "LIKE", "NATURAL",
          "NOTNULL", "OUTER", "OVERLAPS", "RIGHT", "SIMILAR", "TABLESAMPLE", "VERBOSE");

  private static final Set<String> MYSQL_RESERVED =
      Set.of("ACCESSIBLE", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "ASENSITIVE",
          "BEFORE", "BETWEEN", "BIGINT", "BINARY", "BLOB", "BOTH", "BY", "CALL", "CASCADE", "CASE",
          "CHANGE", "CHAR", "CHARACTER", "CHECK", "COLLATE", "COLUMN", "CONDITION", "CONSTRAINT",
          "CONTINUE", "CONVERT", "CREATE", "CROSS", "CUBE", "CUME_DIST", "CURRENT_DATE",
          "CURRENT_ROLE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR",
          "DATABASE", "DATABASES", "DAY_HOUR", "DAY_MICROSECOND", "DAY_MINUTE", "DAY_SECOND",
          "DEC", "DECIMAL", "DECLARE", "DEFAULT", "DELAYED", "DELETE", "DELETE_DOMAIN_ID",
          "DENSE_RANK", "DESC", "DESCRIBE", "DETERMINISTIC", "DISTINCT", "DISTINCTROW", "DIV",
          "DO_DOMAIN_IDS", "DOUBLE", "DROP", "DUAL", "EACH", "ELSE", "ELSEIF", "EMPTY", "ENCLOSED",
          "ESCAPED", "EXCEPT", "EXISTS", "EXIT", "EXPLAIN", "FALSE", "FETCH", "FIRST_VALUE",
          "FLOAT", "FLOAT4", "FLOAT8", "FOR", "FORCE", "FOREIGN", "FROM", "FULLTEXT", "FUNCTION",
          "GENERAL", "GENERATED", "GET", "GRANT", "GROUP", "GROUPING", "GROUPS", "HAVING",
          "HIGH_PRIORITY", "HOUR_MICROSECOND", "HOUR_MINUTE", "HOUR_SECOND", "IF", "IGNORE",
          "IGNORE_DOMAIN_IDS", "IGNORE_SERVER_IDS", "IN", "INDEX", "INFILE", "INNER", "INOUT",
          "INSENSITIVE", "INSERT", "INT", "INT1", "INT2", "INT3", "INT4", "INT8", "INTEGER",
          "INTERSECT", "INTERVAL", "INTO", "IO_AFTER_GTIDS", "IO_BEFORE_GTIDS", "IS", "ITERATE",
          "JOIN", "JSON_TABLE", "KEY", "KEYS", "KILL", "LAG", "LAST_VALUE", "LATERAL", "LEAD",
          "LEADING", "LEAVE", "LEFT", "LIKE", "LIMIT", "LINEAR", "LINES", "LOAD", "LOCALTIME",
          "LOCALTIMESTAMP", "LOCK", "LONG", "LONGBLOB", "LONGTEXT", "LOOP", "LOW_PRIORITY",
          "MASTER_BIND", "MASTER_HEARTBEAT_PERIOD", "MASTER_SSL_VERIFY_SERVER_CERT", "MATCH",
          "MAXVALUE", "MEDIUMBLOB", "MEDIUMINT", "MEDIUMTEXT", "MIDDLEINT", "MINUTE_MICROSECOND",
          "MINUTE_SECOND", "MOD", "MODIFIES", "NATURAL", "NOT", "NO_WRITE_TO_BINLOG", "NTH_VALUE",
          "NTILE", "NULL", "NUMERIC", "OF", "OFFSET", "ON", "OPTIMIZE", "OPTIMIZER_COSTS", "OPTION",
          "OPTIONALLY", "OR", "ORDER", "OUT", "OUTER", "OUTFILE", "OVER", "PAGE_CHECKSUM",
          "PARSE_VCOL_EXPR", "PARTITION", "PERCENT_RANK", "POSITION", "PRECISION", "PRIMARY",
          "PROCEDURE", "PURGE", "RANGE", "RANK", "READ", "READS", "READ_WRITE", "REAL",
          "RECURSIVE", "REF_SYSTEM_ID", "REFERENCES", "REGEXP", "RELEASE", "RENAME", "REPEAT",
          "REPLACE", "REQUIRE", "RESIGNAL", "RESTRICT", "RETURN", "RETURNING", "REVOKE", "RIGHT",
          "RLIKE", "ROW", "ROWS", "ROW_NUMBER", "SCHEMA", "SCHEMAS", "SECOND_MICROSECOND",
          "SELECT", "SENSITIVE", "SEPARATOR", "SET", "SHOW", "SIGNAL", "SLOW", "SMALLINT",
          "SPATIAL", "SPECIFIC", "SQL", "SQLEXCEPTION", "SQLSTATE", "SQLWARNING", "SQL_BIG_RESULT",
          "SQL_CALC_FOUND_ROWS", "SQL_SMALL_RESULT", "SSL", "STARTING", "STATS_AUTO_RECALC",
          "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "STORED", "STRAIGHT_JOIN", "SYSTEM", "TABLE",
          "TERMINATED", "THEN", "TINYBLOB", "TINYINT", "TINYTEXT", "TO", "TRAILING", "TRIGGER",
          "TRUE", "UNDO", "UNION", "UNIQUE", "UNLOCK", "UNSIGNED", "UPDATE", "USAGE", "USE",
          "USING", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP", "VALUES", "VARBINARY", "VARCHAR",
          "VARCHARACTER", "VARYING", "VIRTUAL", "WHEN", "WHERE", "WHILE", "WINDOW", "WITH",
          "WRITE", "XOR", "YEAR_MONTH", "ZEROFILL");

  /**
   * Words of fixed phrases that the servers do not reserve but the rules and the parser read as
   * keywords (UPDATE ... SET, INSERT ... VALUES / DEFAULT VALUES, ON CONFLICT DO NOTHING, ON
   * DUPLICATE KEY, MERGE ... WHEN MATCHED, DROP ... CASCADE, window frames, FETCH FIRST ... ROWS,
   * NULLS FIRST, FOR UPDATE OF ... SKIP LOCKED): never quoted, so no clause can turn into a name.
   */
  private static final Set<String> PHRASE_WORDS =
      Set.of("SET", "VALUES", "VALUE", "DEFAULT", "KEY", "DUPLICATE", "CONFLICT", "NOTHING",
          "MATCHED", "CASCADE", "RESTRICT", "IF", "EXISTS", "ROWS", "ROW", "RANGE", "GROUPS",
          "NULLS", "FIRST", "LAST", "NEXT", "PRIOR", "OF", "SKIP", "LOCKED", "NOWAIT", "SHARE",
          "PRECEDING", "FOLLOWING", "UNBOUNDED", "EXCLUDE", "TIES", "OTHERS", "PARTITION",
          "OVER", "FILTER", "WITHIN", "ORDINALITY", "RECURSIVE", "MATERIALIZED", "SEARCH",
          "CYCLE", "BY", "DEPTH", "BREADTH", "ESCAPE", "INTERVAL",
          "SOURCE", "TARGET", "QUICK", "IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY",
          "MODE", "LOCK", "WAIT", "SYSTEM_TIME", "VERSIONING", "PERIOD", "PORTION", "OVERRIDING",
          "SYSTEM", "GENERATED", "ALWAYS", "IDENTITY", "STORED", "VIRTUAL", "COLLATE", "TRUNCATE",
          "DELETE", "UPDATE", "INSERT", "MERGE", "DROP", "ALTER", "CREATE", "REPLACE", "UPSERT",
          "EXECUTE", "CALL", "COPY", "GRANT", "REVOKE", "TEMPORARY", "TEMP", "UNLOGGED", "LOCAL",
          "GLOBAL", "SESSION", "TRANSACTION", "ISOLATION", "LEVEL", "ZONE", "AT", "TIME", "DATE",
          "TIMESTAMP", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND");

  /** Words after which no binary operator can stand (clause and predicate keywords). */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "ON", "WHEN", "THEN", "ELSE", "CASE",
          "HAVING", "BY", "SET", "VALUES", "RETURNING", "USING", "JOIN", "IN", "IS", "LIKE",
          "ILIKE", "BETWEEN", "AS", "DISTINCT", "ALL", "ANY", "SOME", "EXISTS", "LIMIT", "OFFSET",
          "WITH", "UNION", "EXCEPT", "INTERSECT", "INTO", "TABLE", "UPDATE", "DELETE", "INSERT",
          "MERGE", "ARRAY", "ROW", "CAST", "SIMILAR", "TO", "ESCAPE", "OVER", "FILTER");

  private ParserKeywords() {}

  /** True when the dialect reserves {@code upperWord} (either server does, under generic). */
  public static boolean reservedIn(Dialect dialect, String upperWord) {
    return switch (dialect) {
      case POSTGRES -> POSTGRES_RESERVED.contains(upperWord);
      case MYSQL -> MYSQL_RESERVED.contains(upperWord);
      default -> POSTGRES_RESERVED.contains(upperWord) || MYSQL_RESERVED.contains(upperWord);
    };
  }

  /** True for a word of a fixed phrase that must stay a keyword. */
  public static boolean isPhraseWord(String upperWord) {
    return PHRASE_WORDS.contains(upperWord);
  }

  /** True for a clause or predicate keyword (no operand ends with it). */
  public static boolean isClauseWord(String upperWord) {
    return CLAUSE_WORDS.contains(upperWord);
  }

  /**
   * For each code token marked in {@code which}, whether JSqlParser's lexer reads that word as a
   * keyword rather than an identifier. One pass of JSqlParser's token manager over the words,
   * separated by commas so that no two can form one multi-word token.
   */
  public static boolean[] lexedAsKeyword(String sql, List<Token> code, boolean[] which) {
    boolean[] out = new boolean[code.size()];
    StringBuilder words = new StringBuilder();
    int count = 0;
    for (int i = 0; i < code.size(); i++) {
      if (which[i]) {
        if (count++ > 0) {
          words.append(" , ");
        }
        words.append(code.get(i).text(sql));
      }
    }
    if (count == 0) {
      return out;
    }
    try {
      CCJSqlParserTokenManager lexer =
          new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(words.toString())));
      int i = -1;
      for (net.sf.jsqlparser.parser.Token t = lexer.getNextToken();
          t.kind != CCJSqlParserConstants.EOF;
          t = lexer.getNextToken()) {
        if (",".equals(t.image)) {
          continue;
        }
        do {
          i++;
        } while (i < which.length && !which[i]);
        if (i >= which.length) {
          break;
        }
        out[i] = t.kind != CCJSqlParserConstants.S_IDENTIFIER;
      }
    } catch (RuntimeException | StackOverflowError e) {
      return new boolean[code.size()]; // nothing quoted: the statement stays unreadable
    }
    return out;
  }
}
