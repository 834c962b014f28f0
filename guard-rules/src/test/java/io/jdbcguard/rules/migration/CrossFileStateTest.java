package io.jdbcguard.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptCheck;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.ScriptVerdict;
import io.jdbcguard.rules.assertions.SqlAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an earlier migration of a run established counts for the later ones. */
class CrossFileStateTest {

  private static final GuardEngine PG =
      GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).profile(Profile.MIGRATION).build());

  /** The rule ids of the last file's statements, after running the files in order. */
  private static List<List<String>> lastFile(String... files) {
    ScriptState state = ScriptState.UNKNOWN;
    ScriptCheck check = null;
    for (String f : files) {
      check = PG.checkScript(f, state);
      state = check.after();
    }
    return check.verdicts().stream().map(ScriptVerdict::verdict).map(v -> v.ruleIds()).toList();
  }

  @Test
  void aCheckValidatedInAnEarlierFileCountsForALaterSetNotNull() {
    String v1 = "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email IS NOT NULL) NOT VALID;";
    String v2 = "ALTER TABLE users VALIDATE CONSTRAINT users_email_check;";
    String v3 = "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_email_check;";
    assertThat(lastFile(v1, v2, v3)).allSatisfy(ids -> assertThat(ids).isEmpty());
    assertThat(lastFile(v1, v2 + "\n" + v3)).allSatisfy(ids -> assertThat(ids).isEmpty());
    // not validated yet: SET NOT NULL scans the table
    assertThat(lastFile(v1, v3).get(0)).contains("set-not-null-without-check");
    // alone, the third file knows nothing (the check's name does not say what it checks)
    assertThat(lastFile(v3).get(0)).contains("set-not-null-without-check");
  }

  @Test
  void aTableCreatedEarlierStaysNewOnlyWhileNothingFilledIt() {
    String create = "CREATE TABLE ledger (id bigint PRIMARY KEY, account text);";
    String index = "CREATE INDEX ledger_account_idx ON ledger (account);";
    assertThat(lastFile(create, index).get(0)).isEmpty();
    assertThat(lastFile(create, "ALTER TABLE ledger ADD COLUMN memo text;", index).get(0)).isEmpty();
    // rows written in the creating migration, in a later one, or by a routine that can write anywhere
    assertThat(lastFile(create + "\nINSERT INTO ledger VALUES (1, 'cash');", index).get(0))
        .contains("index-without-concurrently");
    assertThat(lastFile(create, "INSERT INTO ledger SELECT id, name FROM accounts;", index).get(0))
        .contains("index-without-concurrently");
    assertThat(lastFile(create, "COPY ledger FROM STDIN;", index).get(0)).contains("index-without-concurrently");
    assertThat(lastFile(create, "CALL load_everything();", index).get(0)).contains("index-without-concurrently");
    // an insert into another table fills nothing here
    assertThat(lastFile(create, "INSERT INTO accounts VALUES (1);", index).get(0)).isEmpty();
    // within the file that created it, its own seed rows do not count
    assertThat(lastFile(create + "\nINSERT INTO ledger VALUES (1, 'cash');\n" + index).get(2)).isEmpty();
  }

  @Test
  void aColumnTypeDeclaredEarlierDecidesALaterTypeChange() {
    String create = "CREATE TABLE coupons (code varchar(64) NOT NULL, amount numeric(10,2));\nINSERT INTO coupons VALUES ('x', 1);";
    assertThat(lastFile(create, "ALTER TABLE coupons ALTER COLUMN code TYPE varchar(16);").get(0))
        .contains("column-type-change");
    assertThat(lastFile(create, "ALTER TABLE coupons ALTER COLUMN code TYPE varchar(100);").get(0)).isEmpty();
    assertThat(lastFile(create, "ALTER TABLE coupons ALTER COLUMN amount TYPE numeric(10,4);").get(0))
        .contains("column-type-change");
  }

  @Test
  void transactionsAndBackfillsArePerFile() {
    assertThat(lastFile("BEGIN;", "CREATE INDEX CONCURRENTLY i ON orders (a);").get(0)).isEmpty();
    assertThat(lastFile("ALTER TABLE orders ADD COLUMN flag boolean;", "UPDATE orders SET flag = true WHERE id < 100;")
        .get(0)).isEmpty();
    assertThat(lastFile("BEGIN;\nALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (id) NOT VALID;",
        "ALTER TABLE t VALIDATE CONSTRAINT c;").get(0)).isEmpty();
  }

  @Test
  void aFolderIsOneRunForTheAssertions(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("V1__add_check.sql"),
        "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email IS NOT NULL) NOT VALID;\n");
    Files.writeString(folder.resolve("V2__validate.sql"), "ALTER TABLE users VALIDATE CONSTRAINT users_email_check;\n");
    Files.writeString(folder.resolve("V10__not_null.sql"), "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n");
    SqlAssertions.forPolicy(PG.policy()).assertAllScriptsPass(folder);

    Files.delete(folder.resolve("V2__validate.sql"));
    assertThatThrownBy(() -> SqlAssertions.forPolicy(PG.policy()).assertAllScriptsPass(folder))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("V10__not_null.sql:1: BLOCK [set-not-null-without-check]");
  }
}
