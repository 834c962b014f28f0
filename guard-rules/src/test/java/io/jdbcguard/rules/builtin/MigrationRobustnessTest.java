package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.ScriptVerdict;
import io.jdbcguard.rules.Verdict;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every token prefix of migration statements is decided without a rule failing. */
class MigrationRobustnessTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE IF EXISTS ONLY s.t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (id) NOT VALID",
    "ALTER TABLE t ADD CONSTRAINT c CHECK ((a IS NOT NULL)) NOT VALID, VALIDATE CONSTRAINT c",
    "ALTER TABLE t ADD COLUMN IF NOT EXISTS c int NOT NULL DEFAULT (random() * 10)::int CHECK (c > 0)",
    "ALTER TABLE t ADD (a int NOT NULL, b bigint AUTO_INCREMENT), ALGORITHM = INPLACE, LOCK = NONE",
    "ALTER TABLE t ALTER COLUMN c SET DATA TYPE bigint USING c::bigint, ALTER c SET NOT NULL",
    "ALTER TABLE t MODIFY COLUMN c bigint, CHANGE COLUMN d e int, CONVERT TO CHARACTER SET utf8mb4",
    "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i, ADD PRIMARY KEY (id), ADD EXCLUDE USING gist (r WITH &&)",
    "ALTER TABLE t RENAME TO u",
    "ALTER TABLE t DETACH PARTITION p CONCURRENTLY",
    "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY s.t USING btree (a) WHERE b > 0",
    "CREATE TEMP TABLE IF NOT EXISTS t (id int)",
    "CREATE MATERIALIZED VIEW mv AS SELECT 1",
    "DROP INDEX CONCURRENTLY IF EXISTS i",
    "REINDEX (VERBOSE) TABLE CONCURRENTLY t",
    "COMMIT AND NO CHAIN",
    "ROLLBACK TO SAVEPOINT s",
    "UPDATE ONLY t SET a = 1 WHERE id = 1",
    "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
  })
  void decidesEveryPrefixWithoutARuleFailing(String sql) {
    List<Token> tokens = SqlLexer.tokenize(sql, Dialect.POSTGRES);
    for (Dialect d : Dialect.values()) {
      GuardEngine engine = Migrations.engine(d);
      for (int n = 1; n <= tokens.size(); n++) {
        String prefix = sql.substring(0, tokens.get(n - 1).end());
        Verdict v = engine.check(prefix);
        assertThat(v.findings()).as("<%s> (%s)", prefix, d)
            .extracting(Finding::reason).noneMatch(r -> r.contains(" failed"));
        for (ScriptVerdict sv : engine.checkScript("BEGIN;\nCREATE TABLE t (id int);\n" + prefix)) {
          assertThat(sv.verdict().findings()).as("script ... <%s> (%s)", prefix, d)
              .extracting(Finding::reason).noneMatch(r -> r.contains(" failed"));
        }
      }
    }
  }
}
