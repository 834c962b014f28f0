package io.jdbcguard.driver.precision;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.ScriptStatement;
import io.jdbcguard.rules.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the guard's false-block rate and destructive-statement recall on a folder of SQL
 * scripts, with the real server's own parser as the judge of what is valid SQL (docs/precision.md).
 * Run on purpose, never by the build:
 *
 * <pre>
 * java -cp ... io.jdbcguard.driver.precision.PrecisionReport postgres|mysql JDBC_URL USER PASSWORD DIR [FAILURES_FILE [LABELLED_FILE]]
 * </pre>
 *
 * <p>{@code LABELLED_FILE} receives every legitimate and destructive statement, each after a line
 * {@code -- ==== <label> <file>}: the format of the committed samples the build checks without a
 * server ({@code CorpusSampleTest} in guard-rules).
 *
 * <p>Each script is split the way the guard splits it (psql meta-commands, {@code COPY ... FROM
 * stdin} data and statements with psql variables are left out). A statement is labelled by a rule
 * that does not use the guard: <b>destructive</b> when it starts with DROP or TRUNCATE, or is a
 * DELETE/UPDATE without any WHERE; <b>legitimate</b> when it is a SELECT / WITH / VALUES / TABLE /
 * INSERT / UPDATE / DELETE / MERGE / REPLACE statement, or a CREATE of a table, index, view,
 * sequence, type, domain, schema or statistics object (the kinds the default profile is meant to
 * allow; functions, triggers, rules and roles it blocks by design), that is not destructive and
 * the server's parser accepts. The server is asked without running anything: PostgreSQL {@code PREPARE}
 * (then {@code DEALLOCATE}) for queries and DML, and for CREATE the statement inside a transaction
 * that is always rolled back, in a scratch schema dropped at the end; MariaDB {@code PREPARE ...
 * FROM}. A syntax error (SQLSTATE 42601, MariaDB error 1064) makes a statement invalid; any other
 * error (a missing table) leaves it valid. A false block is a legitimate statement the default
 * {@code agent} profile blocks; recall is the share of destructive statements (not rejected by the
 * server's parser) that it blocks.
 */
public final class PrecisionReport {

  private static final Pattern PSQL_VARIABLE = Pattern.compile("(?<!:):['\"A-Za-z_]");
  private static final List<String> CANDIDATES =
      List.of("SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE",
          "CREATE");
  private static final List<String> NO_TRANSACTION =
      List.of("DATABASE", "TABLESPACE", "ROLE", "USER", "GROUP", "SUBSCRIPTION", "CONCURRENTLY");

  private enum Label { LEGITIMATE, DESTRUCTIVE, INVALID, OTHER }

  private PrecisionReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: PrecisionReport postgres|mysql JDBC_URL USER PASSWORD DIR [FAILURES_FILE]");
      System.exit(2);
    }
    Dialect dialect = args[0].equalsIgnoreCase("mysql") ? Dialect.MYSQL : Dialect.POSTGRES;
    GuardEngine engine = GuardEngine.forDialect(dialect);
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[4]))) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    int legit = 0;
    int falseBlocks = 0;
    int destructive = 0;
    int destructiveBlocked = 0;
    int invalid = 0;
    int other = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> labelled = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(args[1], args[2], args[3]);
        Oracle oracle = new Oracle(c, dialect)) {
      for (Path file : files) {
        for (ScriptStatement st : engine.split(readScript(file, dialect))) {
          String sql = st.sql().strip();
          if (sql.isEmpty() || (dialect == Dialect.POSTGRES && PSQL_VARIABLE.matcher(sql).find())) {
            continue;
          }
          Label label = label(sql, oracle);
          Verdict v = engine.check(sql);
          if (label == Label.LEGITIMATE || label == Label.DESTRUCTIVE) {
            labelled.add("-- ==== " + label.name().toLowerCase(Locale.ROOT) + " " + file.getFileName());
            labelled.add(sql);
          }
          switch (label) {
            case LEGITIMATE -> {
              legit++;
              if (v.isBlocked()) {
                falseBlocks++;
                String rule = v.findings().stream().filter(f -> f.action().name().equals("BLOCK"))
                    .map(Finding::ruleId).findFirst().orElse("?");
                byRule.merge(rule, 1, Integer::sum);
                failures.add(file.getFileName() + "\t" + rule + "\t" + oneLine(sql));
              }
            }
            case DESTRUCTIVE -> {
              destructive++;
              if (v.isBlocked()) {
                destructiveBlocked++;
              } else {
                failures.add(file.getFileName() + "\tMISSED\t" + oneLine(sql));
              }
            }
            case INVALID -> invalid++;
            default -> other++;
          }
        }
      }
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "corpus %s (%s): %d files%n", args[4], dialect, files.size());
    out.printf(Locale.ROOT, "legitimate %d, blocked %d (%.2f%%)%n", legit, falseBlocks,
        legit == 0 ? 0.0 : 100.0 * falseBlocks / legit);
    out.printf(Locale.ROOT, "  by rule: %s%n", byRule);
    out.printf(Locale.ROOT, "destructive %d, blocked %d (recall %.2f%%)%n", destructive,
        destructiveBlocked, destructive == 0 ? 100.0 : 100.0 * destructiveBlocked / destructive);
    out.printf(Locale.ROOT, "rejected by the server's parser %d, other kinds (not judged) %d%n",
        invalid, other);
    if (args.length > 5) {
      Files.write(Path.of(args[5]), failures, StandardCharsets.UTF_8);
    }
    if (args.length > 6) {
      Files.write(Path.of(args[6]), labelled, StandardCharsets.UTF_8);
    }
  }

  /** The script without psql meta-commands and COPY ... FROM stdin data. */
  static String readScript(Path file, Dialect dialect) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException notUtf8) {
      return ""; // scripts in other encodings (euc_jp.sql, ...) are left out
    }
    if (dialect != Dialect.POSTGRES) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean copyData = false;
    for (String line : text.split("\n", -1)) {
      if (copyData) {
        copyData = !line.equals("\\.");
        continue;
      }
      if (line.startsWith("\\")) {
        out.append('\n');
        continue;
      }
      if (line.matches("(?i).*\\bfrom\\s+stdin\\b.*;\\s*$")) {
        copyData = true;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static Label label(String sql, Oracle oracle) throws SQLException {
    String[] words = sql.toUpperCase(Locale.ROOT).split("[^A-Z_]+");
    int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    String lead = words.length > first ? words[first] : "";
    boolean hasWhere = List.of(words).contains("WHERE");
    boolean destructive = lead.equals("DROP") || lead.equals("TRUNCATE")
        || ((lead.equals("DELETE") || lead.equals("UPDATE")) && !hasWhere);
    if (!destructive && !CANDIDATES.contains(lead)) {
      return Label.OTHER;
    }
    if (!destructive && lead.equals("CREATE") && !createsObject(words, first + 1)) {
      return Label.OTHER; // functions, triggers, rules, roles, OR REPLACE: blocked by policy
    }
    Boolean valid = oracle.accepts(sql, lead, List.of(words));
    if (valid == null) {
      return destructive ? Label.DESTRUCTIVE : Label.OTHER;
    }
    if (!valid) {
      return Label.INVALID;
    }
    return destructive ? Label.DESTRUCTIVE : Label.LEGITIMATE;
  }

  /** CREATE [modifiers] TABLE / INDEX / VIEW / SEQUENCE / TYPE / DOMAIN / SCHEMA / STATISTICS. */
  private static boolean createsObject(String[] words, int from) {
    int i = from;
    while (i < words.length && MODIFIERS.contains(words[i])) {
      i++;
    }
    return i < words.length && OBJECTS.contains(words[i]);
  }

  private static final List<String> MODIFIERS =
      List.of("UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "MATERIALIZED",
          "RECURSIVE");
  private static final List<String> OBJECTS =
      List.of("TABLE", "INDEX", "VIEW", "SEQUENCE", "TYPE", "DOMAIN", "SCHEMA", "STATISTICS");

  private static String oneLine(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  /** The server's parser, asked without running the statement. */
  private static final class Oracle implements AutoCloseable {
    private final Connection c;
    private final Dialect dialect;
    private final String schema = "jg_precision_" + Long.toHexString(System.nanoTime());

    Oracle(Connection c, Dialect dialect) throws SQLException {
      this.c = c;
      this.dialect = dialect;
      if (dialect == Dialect.POSTGRES) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
      }
    }

    /** True: accepted; false: a syntax error; null: cannot tell. */
    Boolean accepts(String sql, String lead, List<String> words) {
      try (Statement s = c.createStatement()) {
        s.setQueryTimeout(5);
        if (dialect == Dialect.MYSQL) {
          s.execute("PREPARE jg_p FROM '" + sql.replace("\\", "\\\\").replace("'", "''") + "'");
          s.execute("DEALLOCATE PREPARE jg_p");
          return true;
        }
        if (!lead.equals("CREATE")) {
          if (lead.equals("DROP") || lead.equals("TRUNCATE")) {
            return null;
          }
          try {
            s.execute("PREPARE jg_p AS " + sql);
          } catch (SQLException e) {
            String numbered = numberedParameters(sql);
            if (!"42601".equals(e.getSQLState()) || numbered.equals(sql)) {
              throw e;
            }
            // JDBC ? placeholders (BenchBase): PostgreSQL's own spelling is $1, $2, ...
            s.execute("PREPARE jg_p AS " + numbered);
          }
          s.execute("DEALLOCATE jg_p");
          return true;
        }
        if (words.stream().anyMatch(NO_TRANSACTION::contains)) {
          return null;
        }
        c.setAutoCommit(false);
        try {
          s.execute("SET LOCAL search_path = " + schema);
          s.execute("SET LOCAL statement_timeout = '2s'");
          s.execute("SET LOCAL lock_timeout = '500ms'");
          s.execute(sql);
          return true;
        } finally {
          c.rollback();
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (dialect == Dialect.MYSQL) {
          return e.getErrorCode() == 1064 ? Boolean.FALSE
              : e.getErrorCode() == 1295 ? null : Boolean.TRUE;
        }
        String state = e.getSQLState();
        if ("42601".equals(state)) {
          return false;
        }
        return "25001".equals(state) || "57014".equals(state) ? null : Boolean.TRUE;
      }
    }

    /** JDBC {@code ?} placeholders (outside quotes) as PostgreSQL's {@code $1, $2, ...}. */
    private static String numberedParameters(String sql) {
      StringBuilder out = new StringBuilder(sql.length() + 8);
      int n = 0;
      char quote = 0;
      for (int i = 0; i < sql.length(); i++) {
        char ch = sql.charAt(i);
        if (quote != 0) {
          quote = ch == quote ? 0 : quote;
        } else if (ch == '\'' || ch == '"') {
          quote = ch;
        } else if (ch == '?' && (i + 1 == sql.length() || "|&-#".indexOf(sql.charAt(i + 1)) < 0)) {
          out.append('$').append(++n);
          continue;
        }
        out.append(ch);
      }
      return out.toString();
    }

    @Override
    public void close() throws SQLException {
      if (dialect == Dialect.POSTGRES) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }
}
