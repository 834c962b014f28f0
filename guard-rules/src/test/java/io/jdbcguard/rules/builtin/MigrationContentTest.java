package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.scriptRuleIds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Normal migration content that the migration profile lets through (the agent profile still
 * refuses it), and its near misses that stay refused in the migration profile too.
 */
class MigrationContentTest {

  private static void clean(Dialect d, String script) {
    assertThat(scriptRuleIds(d, script)).as("migration profile: <%s>", script)
        .allSatisfy(ids -> assertThat(ids).isEmpty());
  }

  private static void flagged(Dialect d, String script, String rule) {
    List<List<String>> ids = scriptRuleIds(d, script);
    assertThat(ids.get(ids.size() - 1)).as("last statement of <%s>", script).contains(rule);
  }

  private static List<String> agent(Dialect d, String sql) {
    return GuardEngine.create(Policy.builder().dialect(d).profile(Profile.AGENT).build()).check(sql).ruleIds();
  }

  @Test
  void allowsTheIndexSwap() {
    clean(Dialect.POSTGRES, "CREATE INDEX CONCURRENTLY i_new ON orders (a, b);\n"
        + "DROP INDEX CONCURRENTLY IF EXISTS i_old;\nALTER INDEX i_new RENAME TO i_old;");
    clean(Dialect.MYSQL, "ALTER TABLE orders RENAME INDEX i_new TO i_old;\nDROP INDEX i_tmp ON orders;\n"
        + "ALTER TABLE orders DROP INDEX i_x;");
    assertThat(agent(Dialect.POSTGRES, "DROP INDEX CONCURRENTLY i_old")).contains("drop-object");
    assertThat(agent(Dialect.POSTGRES, "ALTER INDEX i_new RENAME TO i_old")).contains("rename");
  }

  @Test
  void stillRefusesDataLossAndTableRenames() {
    flagged(Dialect.POSTGRES, "DROP TABLE orders", "drop-object");
    flagged(Dialect.POSTGRES, "DROP INDEX i_old", "index-without-concurrently");
    flagged(Dialect.POSTGRES, "ALTER TABLE orders DROP COLUMN note", "alter-table-drop");
    flagged(Dialect.MYSQL, "ALTER TABLE orders DROP COLUMN note, DROP INDEX i", "alter-table-drop");
    flagged(Dialect.POSTGRES, "TRUNCATE orders", "truncate");
    flagged(Dialect.POSTGRES, "ALTER TABLE orders RENAME TO orders_old", "rename");
    flagged(Dialect.MYSQL, "ALTER TABLE orders RENAME INDEX a TO b, RENAME COLUMN c TO d", "rename");
    flagged(Dialect.POSTGRES, "ALTER TABLE orders ALTER COLUMN qty TYPE int USING qty::int", "column-type-change");
  }

  @Test
  void allowsDroppingTheNotNullHelperOnceTheColumnIsNotNull() {
    clean(Dialect.POSTGRES,
        "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
            + "COMMIT;\nALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
            + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
            + "ALTER TABLE users DROP CONSTRAINT users_email_nn;");
    // before SET NOT NULL, or another constraint, it is still a drop
    flagged(Dialect.POSTGRES, "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL);\n"
        + "ALTER TABLE users DROP CONSTRAINT users_email_nn;", "alter-table-drop");
    flagged(Dialect.POSTGRES, "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
        + "ALTER TABLE users DROP CONSTRAINT users_fk;", "alter-table-drop");
    flagged(Dialect.POSTGRES, "ALTER TABLE users DROP CONSTRAINT users_email_nn", "alter-table-drop");
  }

  @Test
  void allowsGrantsOnObjectsTheRunCreated() {
    clean(Dialect.POSTGRES, "CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigserial PRIMARY KEY);\n"
        + "CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoices;\n"
        + "GRANT USAGE ON SCHEMA billing TO app;\n"
        + "GRANT SELECT, INSERT ON billing.invoices, billing.open_invoices TO app, reporting;\n"
        + "GRANT USAGE ON SEQUENCE billing.invoices_id_seq TO app;\n"
        + "REVOKE ALL ON TABLE billing.invoices FROM PUBLIC;");
    clean(Dialect.MYSQL, "CREATE TABLE flags (name varchar(10) PRIMARY KEY);\nGRANT SELECT ON flags TO 'app'@'%';");
    assertThat(agent(Dialect.POSTGRES, "GRANT SELECT ON invoices TO app")).contains("privilege-change");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "GRANT SELECT ON orders TO app",
    "GRANT SELECT ON fresh, orders TO app",
    "GRANT SELECT ON fresh TO app WITH GRANT OPTION",
    "GRANT ALL ON ALL TABLES IN SCHEMA public TO app",
    "GRANT admin TO app",
    "REVOKE SELECT ON orders FROM app",
  })
  void stillRefusesOtherPrivilegeChanges(String grant) {
    flagged(Dialect.POSTGRES, "CREATE TABLE fresh (id int);\n" + grant + ";", "privilege-change");
  }

  @Test
  void allowsExtensionsViewsAndRoutineDefinitions() {
    clean(Dialect.POSTGRES, "CREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE EXTENSION citext WITH SCHEMA public;\n"
        + "CREATE OR REPLACE VIEW v AS SELECT 1 AS one;\n"
        + "CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DROP TABLE x; RETURN NEW; END $$;\n"
        + "CREATE TRIGGER t BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION f();\n"
        + "COMMENT ON FUNCTION f() IS 'drops x';\nCOMMENT ON COLUMN orders.note IS 'free text';");
    flagged(Dialect.POSTGRES, "ALTER EXTENSION pgcrypto UPDATE", "server-change");
    flagged(Dialect.MYSQL, "CREATE OR REPLACE TABLE orders (id int)", "create-or-replace");
    flagged(Dialect.POSTGRES, "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING", "routine-definition");
    assertThat(agent(Dialect.POSTGRES, "CREATE EXTENSION IF NOT EXISTS pgcrypto")).contains("server-change");
    assertThat(agent(Dialect.POSTGRES, "CREATE OR REPLACE VIEW v AS SELECT 1")).contains("create-or-replace");
  }

  @Test
  void allowsMysqldumpSessionHeadersOnly() {
    clean(Dialect.MYSQL, "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
        + "/*!50503 SET NAMES utf8mb4 */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n"
        + "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
        + "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;");
    flagged(Dialect.MYSQL, "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */",
        "executable-comment");
    flagged(Dialect.MYSQL, "/*!50000 DROP TABLE orders */", "executable-comment");
    flagged(Dialect.MYSQL, "SELECT 1 /*!40101 SET NAMES utf8 */", "executable-comment");
    flagged(Dialect.MYSQL, "/*!40101 SET SQL_MODE='ANSI_QUOTES' */", "executable-comment");
    assertThat(agent(Dialect.MYSQL, "/*!40101 SET NAMES utf8mb4 */")).contains("executable-comment");
  }

  @Test
  void allowsAForeignKeyColumnWithoutADefault() {
    clean(Dialect.POSTGRES, "ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id)");
    flagged(Dialect.POSTGRES, "ALTER TABLE orders ADD COLUMN region_id int NOT NULL DEFAULT 1 REFERENCES regions (id)",
        "constraint-without-not-valid");
  }
}
