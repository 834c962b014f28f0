package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.sql.ParserKeywords;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The second reading of statements JSqlParser 5.4 cannot read: valid SQL is allowed, and every
 * dangerous form is still blocked by its own rule, not merely as unparseable.
 */
class ParserRecoveryTest {

  private static final Map<Dialect, GuardEngine> ENGINES = new EnumMap<>(Dialect.class);

  static {
    for (Dialect d : Dialect.values()) {
      ENGINES.put(d, GuardEngine.forDialect(d));
    }
  }

  static List<String> ruleIds(Dialect dialect, String sql) {
    return ENGINES.get(dialect).check(sql).findings().stream().map(Finding::ruleId).toList();
  }

  static void assertClean(Dialect dialect, String sql) {
    Verdict v = ENGINES.get(dialect).check(sql);
    assertThat(v.findings()).as("findings for <%s> (%s): %s", sql, dialect, v.message()).isEmpty();
  }

  static void assertBlockedBy(Dialect dialect, String ruleId, String sql) {
    Verdict v = ENGINES.get(dialect).check(sql);
    assertThat(v.action()).as("action for <%s> (%s)", sql, dialect).isEqualTo(Action.BLOCK);
    assertThat(ruleIds(dialect, sql)).as("rules for <%s> (%s): %s", sql, dialect, v.message())
        .contains(ruleId)
        .doesNotContain(ruleId.equals("unparseable") ? "-" : "unparseable");
  }

  // ---- keyword-named identifiers -----------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM settings WHERE id = 1",
      "SELECT a FROM current WHERE id = 1",
      "SELECT statement, number, uuid, enum, semi, minus, unknown FROM t WHERE id = 1",
      "SELECT s.a FROM t AS sample WHERE s.id = 1",
      "SELECT settings.name FROM public.settings WHERE settings.id = ?",
      "UPDATE settings SET v = 1 WHERE number = 2",
      "INSERT INTO settings (statement, uuid) VALUES (?, ?)",
      "CREATE TABLE settings (number int, uuid text)",
      "CREATE INDEX ON settings (statement)",
      "DELETE FROM settings WHERE id = 1",
      "SELECT * FROM t WHERE a = 1 ORDER BY minus",
      "SELECT a FROM t WHERE unknown = 1 AND semi IN (1, 2)"})
  void readsKeywordNamedIdentifiers(String sql) {
    assertClean(Dialect.POSTGRES, sql);
    assertClean(Dialect.MYSQL, sql);
  }

  /**
   * The whole class, from JSqlParser's own keyword tokens: every keyword of its grammar that the
   * dialect does not reserve is readable as a table and a column name, and {@code DELETE FROM} it
   * is still blocked by delete-without-where.
   */
  @Test
  void readsEveryUnreservedKeywordOfTheParserGrammarAsAName() {
    for (Dialect d : List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.GENERIC)) {
      int words = 0;
      for (String image : net.sf.jsqlparser.parser.CCJSqlParserConstants.tokenImage) {
        String w = image.startsWith("<K_") ? image.substring(3, image.length() - 1) : "";
        if (!w.matches("[A-Z][A-Z0-9_]*") || ParserKeywords.reservedIn(d, w)
            || ParserKeywords.isPhraseWord(w) || w.equals("USER")) {
          continue; // USER: the tautology rules read it as the CURRENT_USER function
        }
        words++;
        String name = w.toLowerCase(java.util.Locale.ROOT);
        assertBlockedBy(d, "delete-without-where", "DELETE FROM " + name);
        assertClean(d, "SELECT " + name + " FROM t WHERE id = 1");
        assertClean(d, "SELECT a FROM " + name + " WHERE id = 1");
        assertClean(d, "UPDATE t SET " + name + " = 1 WHERE " + name + " = 2");
      }
      assertThat(words).as("unreserved parser keywords in %s", d).isGreaterThan(250);
    }
  }

  @Test
  void readsMySqlAliasesPostgresReserves() {
    assertClean(Dialect.MYSQL, "SELECT a FROM t full WHERE id = 1");
    assertClean(Dialect.MYSQL, "SELECT `settings`.a FROM settings WHERE settings.id = 1");
    // FULL is reserved in PostgreSQL: it cannot alias a table there, so the guard does not quote it
    assertBlockedBy(Dialect.POSTGRES, "unparseable", "SELECT a FROM t full WHERE id = 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"settings", "SETTINGS", "current", "statement", "number", "uuid",
      "minus", "unknown", "semi", "public.settings", "s.current"})
  void keywordNamedTablesStillBlockByTheirOwnRule(String table) {
    for (Dialect d : List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.GENERIC)) {
      assertBlockedBy(d, "delete-without-where", "DELETE FROM " + table);
      assertBlockedBy(d, "update-without-where", "UPDATE " + table + " SET v = 1");
      assertBlockedBy(d, "where-always-true", "DELETE FROM " + table + " WHERE 1 = 1");
      assertBlockedBy(d, "drop-object", "DROP TABLE " + table);
      assertBlockedBy(d, "delete-without-where",
          "WITH d AS (DELETE FROM " + table + " RETURNING id) SELECT * FROM d");
    }
  }

  @Test
  void keywordNamedColumnsInWhereStillFold() {
    assertBlockedBy(Dialect.POSTGRES, "where-always-true",
        "UPDATE settings SET v = 1 WHERE number = number OR 1 = 1");
    assertClean(Dialect.POSTGRES, "UPDATE settings SET v = 1 WHERE number = 3");
  }

  // ---- PostgreSQL operators ----------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"&<", "&>", "-|-", "<<=", ">>=", "<<|", "|&>", "&<|", "~=", "?-|", "?||",
      "?|", "?&", "@?", "<%", "%>", "^@", "~>~"})
  void neutralisesOperatorsTheParserLacks(String op) {
    assertClean(Dialect.POSTGRES, "SELECT a FROM t WHERE r " + op + " s");
    assertClean(Dialect.POSTGRES, "DELETE FROM t WHERE r " + op + " s");
    assertBlockedBy(Dialect.POSTGRES, "where-always-true", "DELETE FROM t WHERE r " + op + " s OR 1 = 1");
    assertBlockedBy(Dialect.POSTGRES, "where-always-true", "UPDATE t SET a = 1 WHERE true OR r " + op + " s");
  }

  @Test
  void readsPrefixOperatorsAndJsonPath() {
    assertClean(Dialect.POSTGRES, "SELECT |/ 25 + 11");
    assertClean(Dialect.POSTGRES, "SELECT a FROM t WHERE j @? '$.a'");
    assertClean(Dialect.POSTGRES, "SELECT a FROM t WHERE tsvector 'a b' @@ 'b'");
    // a prefix operator in a comparison stays unreadable: refused, not guessed
    assertBlockedBy(Dialect.POSTGRES, "unparseable", "DELETE FROM t WHERE |/ 25 = 5");
  }

  // ---- PostgreSQL syntax -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 'a' IS JSON",
      "SELECT a FROM t WHERE j IS NOT JSON OBJECT WITH UNIQUE KEYS",
      "SELECT JSON_ARRAYAGG(a RETURNING jsonb) FROM t",
      "SELECT JSON_OBJECT('a' VALUE 1 RETURNING text)",
      "SELECT concat_ws(',', VARIADIC NULL::text[])",
      "UPDATE t SET a = 1 WHERE CURRENT OF c",
      "DELETE FROM t WHERE CURRENT OF c",
      "SELECT text 'a' || 'b'",
      "SELECT a FROM t WHERE d > DATE ?",
      "SELECT a[2:], a[:3], a[:] FROM t",
      "SELECT FROM t",
      "SELECT a FROM t* WHERE id = 1",
      "SELECT a FROM s.t* JOIN u* ON t.id = u.id WHERE t.id = 1",
      "UPDATE t* SET a = 1 WHERE id = 2",
      "TABLE information_schema.enabled_roles"})
  void readsPostgresSyntaxTheParserLacks(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT true AS true, false AS false",
      "SELECT conname AS constraint, obj_description(oid, 'c') AS comment FROM pg_constraint ORDER BY 1",
      "SELECT (@@ f1) AS center FROM box_tbl WHERE (# f1) > 2",
      "SELECT @ -5",
      "UPDATE arrtest SET b[1:1][1:2] = '{1, 2}', c[2] = 3 WHERE id = 1",
      "INSERT INTO t1 (f1[5].q1, f2) VALUES (42, 1)",
      "INSERT INTO dcomptable (d1.r, d1.i) VALUES (100, 99)",
      "UPDATE dcomptable SET d1[1].r = d1[1].r + 1 WHERE d1[1].i > 0"})
  void readsLabelsPrefixOperatorsAndSubscriptedTargets(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }

  @Test
  void subscriptedAndLabelledFormsStillBlock() {
    Dialect pg = Dialect.POSTGRES;
    assertBlockedBy(pg, "update-without-where", "UPDATE arrtest SET b[1:2] = '{1, 2}'");
    assertBlockedBy(pg, "update-without-where", "UPDATE t SET c[1].f = 1, d = 2");
    assertBlockedBy(pg, "where-always-true", "UPDATE t SET c[1] = 1 WHERE 1 = 1");
    assertBlockedBy(pg, "delete-without-where", "DELETE FROM t AS where");
    // a statement word after AS is never made a name
    assertBlockedBy(pg, "unparseable", "SELECT a AS select FROM t");
  }

  @Test
  void destructiveFormsOfThatSyntaxStillBlock() {
    Dialect pg = Dialect.POSTGRES;
    assertBlockedBy(pg, "delete-without-where", "DELETE FROM t*");
    assertBlockedBy(pg, "update-without-where", "UPDATE s.t* SET a = 1");
    assertBlockedBy(pg, "where-always-true", "DELETE FROM t WHERE j IS JSON OR true");
    assertBlockedBy(pg, "where-always-true", "DELETE FROM t WHERE a[2:] IS NULL OR 1 = 1");
    assertBlockedBy(pg, "where-always-true", "UPDATE t SET a = concat_ws(',', VARIADIC x) WHERE 2 > 1");
    assertBlockedBy(pg, "delete-without-where", "DELETE FROM t USING (SELECT FROM u) x");
    // CURRENT OF only as the whole condition: anything else stays refused
    assertBlockedBy(pg, "unparseable", "DELETE FROM t WHERE x = 1 OR CURRENT OF c");
  }

  @Test
  void readsMergeFormsTheParserLacks() {
    Dialect pg = Dialect.POSTGRES;
    assertClean(pg, "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DO NOTHING");
    assertClean(pg, "MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT DEFAULT VALUES");
    assertClean(pg, "MERGE INTO t USING s JOIN u ON s.id = u.id ON t.id = s.id"
        + " WHEN MATCHED THEN UPDATE SET a = u.a");
    assertBlockedBy(pg, "merge-always-true", "MERGE INTO t USING s JOIN u ON s.id = u.id ON true"
        + " WHEN MATCHED THEN DELETE");
    assertBlockedBy(pg, "merge-always-true", "MERGE INTO t USING s ON 1 = 1"
        + " WHEN MATCHED AND s.keep THEN DO NOTHING WHEN MATCHED THEN DELETE");
  }

  // ---- statement kinds the parser lacks ----------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "DECLARE c CURSOR FOR SELECT * FROM t",
      "DECLARE c NO SCROLL CURSOR WITH HOLD FOR SELECT a FROM settings WHERE id = 1",
      "FETCH NEXT FROM c", "FETCH FORWARD 5 FROM c", "FETCH -2 IN c", "MOVE NEXT IN c",
      "CLOSE c", "CLOSE ALL",
      "COMMENT ON FUNCTION f(int) IS 'x'", "COMMENT ON INDEX i IS NULL",
      "COMMENT ON COLUMN t.c IS 'the ''quoted'' text'",
      "ALTER INDEX i SET (fillfactor = 50)", "ALTER INDEX IF EXISTS s.i RESET (fillfactor)",
      "ALTER VIEW v SET (security_barrier)", "ALTER MATERIALIZED VIEW m SET TABLESPACE x",
      "ALTER SEQUENCE s SET LOGGED", "ALTER VIEW v ALTER COLUMN c SET DEFAULT 1",
      "CREATE TEXT SEARCH CONFIGURATION c (COPY = english)",
      "CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple)"})
  void readsStatementKindsTheParserLacks(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }

  @Test
  void dangerousFormsOfThoseKindsStillBlock() {
    Dialect pg = Dialect.POSTGRES;
    assertBlockedBy(pg, "unparseable", "DECLARE c CURSOR FOR DELETE FROM t");
    assertThat(ruleIds(pg, "DECLARE c CURSOR FOR SELECT pg_sleep(10)")).contains("sleep-function");
    assertBlockedBy(pg, "delete-without-where", "FETCH c; DELETE FROM t");
    assertBlockedBy(pg, "unparseable", "FETCH ALL FROM c WHERE x");
    assertBlockedBy(pg, "unparseable", "CLOSE c, d");
    assertBlockedBy(pg, "drop-object", "COMMENT ON TABLE t IS 'x'; DROP TABLE t");
    assertBlockedBy(pg, "unparseable", "COMMENT ON TABLE t IS (SELECT 'x')");
    assertBlockedBy(pg, "rename", "ALTER VIEW v RENAME TO w");
    assertBlockedBy(pg, "privilege-change", "ALTER VIEW v OWNER TO bob");
    assertBlockedBy(pg, "unparseable", "ALTER INDEX i DROP x");
    assertBlockedBy(pg, "unparseable", "ALTER VIEW v ALTER COLUMN c SET DEFAULT (SELECT 1)");
    assertBlockedBy(pg, "delete-without-where", "CREATE TEXT SEARCH CONFIGURATION c (COPY = english); DELETE FROM t");
    assertBlockedBy(pg, "unparseable", "CREATE TEXT SEARCH CONFIGURATION c AS DELETE FROM t");
  }

  // ---- failures the guard added on top of the parser ---------------------------------------

  @Test
  void readsCreateSchemaElementsOneByOne() {
    Dialect pg = Dialect.POSTGRES;
    assertClean(pg, "CREATE SCHEMA s CREATE TABLE t (a int) CREATE VIEW v AS SELECT 1");
    assertClean(pg, "CREATE SCHEMA s AUTHORIZATION bob CREATE TABLE t (a int, b text)");
    assertBlockedBy(pg, "privilege-change", "CREATE SCHEMA s CREATE TABLE t (a int) GRANT ALL ON t TO PUBLIC");
    assertBlockedBy(pg, "unparseable", "CREATE SCHEMA s CREATE TABLE t (a int) CREATE FOO");
  }

  @Test
  void readsMySqlSpellings() {
    Dialect my = Dialect.MYSQL;
    assertClean(my, "INSERT INTO t (a) VALUE (1)");
    assertClean(my, "INSERT INTO t (a) VALUE (1), (2)");
    assertClean(my, "SELECT @v := a FROM t WHERE id = 1");
    assertClean(my, "SELECT @v := 1");
    assertClean(my, "ANALYZE TABLE t1, t2");
    assertBlockedBy(my, "where-always-true", "DELETE FROM t WHERE @v := 1");
    assertBlockedBy(my, "delete-without-where", "ANALYZE DELETE FROM t");
    assertBlockedBy(my, "delete-without-where", "INSERT INTO t (a) VALUE (1); DELETE FROM t");
  }

  @Test
  void readsMySqlConvertIndexHintsReplaceAndMultiTableDelete() {
    Dialect my = Dialect.MYSQL;
    assertClean(my, "SELECT CONVERT(col, SIGNED INTEGER) FROM t");
    assertClean(my, "SELECT CONVERT(col, DECIMAL(10, 2)) FROM t");
    assertClean(my, "SELECT CONVERT(a USING utf8mb4)");
    assertClean(my, "SELECT * FROM t FORCE INDEX FOR GROUP BY (i2) WHERE a = 1");
    assertClean(my, "SELECT * FROM t1 test USE INDEX FOR JOIN (i2, i3) WHERE a = 1");
    assertClean(my, "REPLACE LOW_PRIORITY tbl VALUES (1, 2)");
    assertClean(my, "REPLACE tbl PARTITION (p) SET col1 = 1");
    assertClean(my, "DELETE FROM a PARTITION (p) WHERE id = 1");
    assertBlockedBy(my, "delete-without-where", "DELETE FROM t1 IGNORE INDEX (i)");
    assertBlockedBy(my, "delete-without-where", "DELETE FROM a PARTITION (p)");
    assertBlockedBy(my, "delete-without-where", "DELETE t1.*, t2.* FROM t1 INNER JOIN t2");
    assertBlockedBy(my, "update-without-where", "UPDATE t FORCE INDEX (i) SET a = CONVERT(b, SIGNED)");
  }

  @Test
  void alterTableDefaultArrayIsOneAction() {
    Dialect pg = Dialect.POSTGRES;
    assertClean(pg, "ALTER TABLE t ADD COLUMN c text[] DEFAULT ARRAY['a','b']");
    assertBlockedBy(pg, "alter-table-drop",
        "ALTER TABLE t ADD COLUMN c text[] DEFAULT ARRAY['a','b'], DROP COLUMN d");
  }

  @Test
  void deleteUsingSubqueryIsAnalysed() {
    Dialect pg = Dialect.POSTGRES;
    assertClean(pg, "DELETE FROM t USING (SELECT 1 AS id) s WHERE t.id = s.id");
    assertClean(pg, "DELETE FROM t USING LATERAL (SELECT t.id) s WHERE t.id = s.id");
    assertBlockedBy(pg, "delete-without-where", "DELETE FROM t USING (SELECT 1 AS id) s");
    assertBlockedBy(pg, "where-always-true", "DELETE FROM t USING LATERAL (SELECT 1 AS id) s WHERE true");
  }
}
