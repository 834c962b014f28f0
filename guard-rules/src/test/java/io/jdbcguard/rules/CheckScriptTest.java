package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckScriptTest {

  private static final GuardEngine MIGRATION =
      GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).profile(Profile.MIGRATION).build());
  private static final GuardEngine AGENT = GuardEngine.forDialect(Dialect.POSTGRES);

  private static List<String> ids(ScriptVerdict v) {
    return v.verdict().ruleIds();
  }

  @Test
  void anIndexOnATableCreatedEarlierInTheScriptIsFine() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n"
            + "CREATE INDEX orders_user_idx ON orders (user_id);\n");
    assertThat(out).hasSize(2);
    assertThat(out).allSatisfy(v -> assertThat(v.verdict().action()).isEqualTo(Action.ALLOW));
  }

  @Test
  void anIndexAloneIsFlagged() {
    List<ScriptVerdict> out = MIGRATION.checkScript("CREATE INDEX orders_user_idx ON orders (user_id);");
    assertThat(ids(out.get(0))).containsExactly("index-without-concurrently");
    assertThat(out.get(0).verdict().isBlocked()).isTrue();
  }

  @Test
  void concurrentlyInsideBeginCommitIsFlaggedAndOutsideIsFine() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "BEGIN;\nCREATE INDEX CONCURRENTLY a_idx ON t (a);\nCOMMIT;\n"
            + "CREATE INDEX CONCURRENTLY b_idx ON t (b);\n");
    assertThat(out).hasSize(4);
    assertThat(ids(out.get(1))).containsExactly("concurrently-in-transaction");
    assertThat(out.get(1).statement().line()).isEqualTo(2);
    assertThat(ids(out.get(3))).isEmpty();
  }

  @Test
  void setNotNullAfterAValidatedCheckConstraintIsFine() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
            + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
            + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n");
    assertThat(out).allSatisfy(v -> assertThat(ids(v)).isEmpty());
    assertThat(MIGRATION.check("ALTER TABLE users ALTER COLUMN email SET NOT NULL").ruleIds())
        .containsExactly("set-not-null-without-check");
  }

  @Test
  void aBackfillNextToDdlIsFlagged() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "ALTER TABLE users ADD COLUMN active boolean;\n"
            + "UPDATE users SET active = true WHERE id BETWEEN 1 AND 1000;\n");
    assertThat(ids(out.get(0))).isEmpty();
    assertThat(ids(out.get(1))).containsExactly("backfill-in-migration");
  }

  @Test
  void theStateFlowsOnlyForward() {
    // the index comes before the table is created: the table existed (or the script fails)
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "CREATE INDEX i ON orders (id);\nCREATE TABLE orders (id int);");
    assertThat(ids(out.get(0))).containsExactly("index-without-concurrently");
  }

  @Test
  void anOptOutWithAReasonAllowsThatRuleOnThatStatementAndIsReported() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "-- jdbc-guard:allow index-without-concurrently orders has 200 rows, reviewed by DB team\n"
            + "CREATE INDEX orders_user_idx ON orders (user_id);\n"
            + "CREATE INDEX orders_total_idx ON orders (total);\n");
    assertThat(out.get(0).verdict().action()).isEqualTo(Action.ALLOW);
    assertThat(out.get(0).verdict().findings()).isEmpty();
    assertThat(out.get(0).suppressions()).containsExactly(new Suppression(
        "index-without-concurrently", "orders has 200 rows, reviewed by DB team", 1));
    // the next statement is not covered
    assertThat(ids(out.get(1))).containsExactly("index-without-concurrently");
    assertThat(out.get(1).suppressions()).isEmpty();
  }

  @Test
  void anOptOutAllowsOnlyItsRule() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "/* jdbc-guard:allow rename the old name is kept as a view below */\n"
            + "ALTER TABLE users RENAME COLUMN mail TO email, ALTER COLUMN email TYPE bigint;");
    assertThat(ids(out.get(0))).containsExactly("column-type-change");
    assertThat(out.get(0).verdict().isBlocked()).isTrue();
    assertThat(out.get(0).suppressions()).extracting(Suppression::ruleId).containsExactly("rename");
  }

  @Test
  void optOutsWorkAtTheEndOfTheStatementsLineAndInsideIt() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "DROP TABLE old_orders; -- jdbc-guard:allow drop-object emptied and unused since v12\n"
            + "CREATE INDEX i ON orders -- jdbc-guard:allow index-without-concurrently tiny table\n"
            + "  (user_id);\n"
            + "CREATE INDEX j ON orders (total);\n");
    assertThat(out.get(0).suppressions()).extracting(Suppression::ruleId, Suppression::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("drop-object", 1));
    assertThat(out.get(0).verdict().isAllowed()).isTrue();
    assertThat(out.get(1).suppressions()).extracting(Suppression::line).containsExactly(2);
    assertThat(out.get(1).verdict().isAllowed()).isTrue();
    assertThat(ids(out.get(2))).containsExactly("index-without-concurrently");
  }

  @Test
  void anOptOutWithoutAReasonIsItselfABlock() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "-- jdbc-guard:allow index-without-concurrently\nCREATE INDEX i ON orders (user_id);");
    assertThat(ids(out.get(0))).containsExactlyInAnyOrder("index-without-concurrently", "invalid-opt-out");
    assertThat(out.get(0).suppressions()).isEmpty();
    assertThat(out.get(0).verdict().message()).contains("[invalid-opt-out]").contains("line 1")
        .contains("no reason");
  }

  @Test
  void anOptOutOfAnUnknownRuleIsItselfABlockEvenOnASafeStatement() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "-- jdbc-guard:allow drop-everything because I said so\nSELECT 1;");
    assertThat(ids(out.get(0))).containsExactly("invalid-opt-out");
    assertThat(out.get(0).verdict().isBlocked()).isTrue();
    assertThat(out.get(0).verdict().message()).contains("drop-everything");
  }

  @Test
  void optOutsApplyInEveryProfileButOnlyInScripts() {
    String script = "-- jdbc-guard:allow drop-object archived to S3, ticket OPS-12\nDROP TABLE old_orders;";
    ScriptVerdict v = AGENT.checkScript(script).get(0);
    assertThat(v.verdict().isAllowed()).isTrue();
    assertThat(v.suppressions()).extracting(Suppression::ruleId).containsExactly("drop-object");
    // the driver path ignores comments: an agent cannot opt itself out
    assertThat(AGENT.check(script).isBlocked()).isTrue();
  }

  @Test
  void anOrdinaryCommentMentioningTheSyntaxIsNotADirective() {
    List<ScriptVerdict> out = MIGRATION.checkScript(
        "-- use jdbc-guard:allow <rule> <reason> to allow a finding\nSELECT 1;");
    assertThat(ids(out.get(0))).isEmpty();
  }

  @Test
  void theAgentProfileDoesNotTrackTheScriptAndKeepsItsVerdicts() {
    String script = "CREATE INDEX i ON t (a);\nALTER TABLE t ADD COLUMN c int NOT NULL;\n"
        + "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id);";
    assertThat(AGENT.tracksScriptState()).isFalse();
    assertThat(AGENT.checkScript(script)).allSatisfy(v -> assertThat(v.verdict().findings()).isEmpty());
    assertThat(MIGRATION.tracksScriptState()).isTrue();
  }

  @Test
  void checkStepThreadsTheStateForCallersThatSeeOneStatementAtATime() {
    ScriptStep begin = MIGRATION.checkStep("BEGIN", ScriptState.UNKNOWN);
    assertThat(begin.after().transactionOpen()).isTrue();
    ScriptStep index = MIGRATION.checkStep("CREATE INDEX CONCURRENTLY i ON t (a)", begin.after());
    assertThat(index.verdict().ruleIds()).containsExactly("concurrently-in-transaction");
    ScriptStep table = MIGRATION.checkStep("CREATE TABLE n (id int)", ScriptState.UNKNOWN);
    assertThat(table.after().isNewTable("n")).isTrue();
    assertThat(MIGRATION.checkStep("CREATE INDEX i ON n (id)", table.after()).verdict().findings()).isEmpty();
    // a driver that knows autocommit is off can say so
    ScriptState inTransaction = ScriptState.UNKNOWN.withTransactionOpen(true);
    assertThat(MIGRATION.checkStep("DROP INDEX CONCURRENTLY i", inTransaction).verdict().ruleIds())
        .contains("concurrently-in-transaction");
  }

  @Test
  void aMigrationToolSendingOneStatementAtATimeInOneTransactionGetsTheScriptVerdicts() {
    // the shape of a migration tool's bootstrap of its history table, then a migration
    List<String> statements = List.of(
        "CREATE TABLE \"public\".\"flyway_schema_history\" (\"installed_rank\" INT NOT NULL,"
            + " \"success\" BOOLEAN NOT NULL)",
        "ALTER TABLE \"public\".\"flyway_schema_history\" ADD CONSTRAINT"
            + " \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\")",
        "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"public\".\"flyway_schema_history\""
            + " (\"success\")",
        "INSERT INTO \"public\".\"flyway_schema_history\" (\"installed_rank\", \"success\") VALUES (1, true)");
    ScriptState state = ScriptState.UNKNOWN.withTransactionOpen(true); // autocommit off
    for (String sql : statements) {
      ScriptStep step = MIGRATION.checkStep(sql, state);
      assertThat(step.verdict().findings()).as(sql).isEmpty();
      state = step.after();
    }
    ScriptStep concurrently = MIGRATION.checkStep("CREATE INDEX CONCURRENTLY i ON orders (a)", state);
    assertThat(concurrently.verdict().ruleIds()).containsExactly("concurrently-in-transaction");
    // statement by statement without a state, the index and the key count as on an existing table
    assertThat(MIGRATION.check(statements.get(1)).ruleIds()).containsExactly("index-building-constraint");
    assertThat(MIGRATION.check(statements.get(2)).ruleIds()).containsExactly("index-without-concurrently");
  }

  @Test
  void aSingleStringThreadsTheStateThroughItsStatements() {
    assertThat(MIGRATION.check("CREATE TABLE t (a int); CREATE INDEX i ON t (a)").findings()).isEmpty();
    assertThat(MIGRATION.check("CREATE INDEX i ON t (a); CREATE TABLE t (a int)").ruleIds())
        .containsExactly("index-without-concurrently");
  }

  @Test
  void aSingleCheckIsStillCachedAndTreatsTablesAsExisting() {
    Verdict first = MIGRATION.check("CREATE INDEX i ON t (a)");
    assertThat(MIGRATION.check("CREATE INDEX i ON t (a)")).isSameAs(first);
    assertThat(first.ruleIds()).containsExactly("index-without-concurrently");
  }

  @Test
  void linesAndStatementsSurviveCrlfAndMysqlDelimiters() {
    GuardEngine mysql = GuardEngine.create(
        Policy.builder().dialect(Dialect.MYSQL).profile(Profile.MIGRATION).build());
    List<ScriptVerdict> out = mysql.checkScript(
        "CREATE TABLE t (id int);\r\n"
            + "# jdbc-guard:allow alter-with-copy t is tiny\r\n"
            + "ALTER TABLE u MODIFY c bigint;\r\n"
            + "DELIMITER //\r\n"
            + "ALTER TABLE t MODIFY id bigint //\r\n"
            + "DELIMITER ;\r\n"
            + "ALTER TABLE u MODIFY c bigint;\r\n");
    assertThat(out).hasSize(4);
    assertThat(out.get(1).suppressions()).extracting(Suppression::line).containsExactly(2);
    assertThat(ids(out.get(1))).isEmpty();
    assertThat(ids(out.get(2))).isEmpty(); // t was created by the script
    assertThat(ids(out.get(3))).containsExactly("alter-with-copy");
  }
}
