package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptBlocksLast;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetNotNullWithoutCheckTest {

  private static final String RULE = "set-not-null-without-check";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
    "ALTER TABLE users ALTER email SET NOT NULL",
    "alter table only public.users alter column \"Email\" set not null",
    "ALTER TABLE users ALTER COLUMN name SET DEFAULT '', ALTER COLUMN email SET NOT NULL",
  })
  void blocksSetNotNullAlone(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE users ALTER COLUMN email DROP NOT NULL",
    "ALTER TABLE users ALTER COLUMN email SET DEFAULT 'x'",
    "ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT ''",
    "ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID",
    "SELECT * FROM users WHERE email IS NOT NULL",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // the documented pattern: NOT VALID, then VALIDATE, then SET NOT NULL
    "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
        + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // a valid check added directly (itself a constraint-without-not-valid finding, but valid)
    "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL);\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // extra parentheses, quoted names, case
    "alter table users add constraint \"nn\" check ((\"email\" is not null)) not valid;\n"
        + "alter table users validate constraint \"nn\";\n"
        + "alter table users alter email set not null;",
    // a table created in the script
    "CREATE TABLE users (id int, email text);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
  })
  void allowsSetNotNullAfterAValidCheckConstraint(String script) {
    assertScriptSilent(Dialect.POSTGRES, RULE, script);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // added NOT VALID but never validated
    "ALTER TABLE users ADD CONSTRAINT nn CHECK (email IS NOT NULL) NOT VALID;\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // validated, but for another column
    "ALTER TABLE users ADD CONSTRAINT nn CHECK (name IS NOT NULL) NOT VALID;\n"
        + "ALTER TABLE users VALIDATE CONSTRAINT nn;\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // validated, but on another table
    "ALTER TABLE accounts ADD CONSTRAINT nn CHECK (email IS NOT NULL) NOT VALID;\n"
        + "ALTER TABLE accounts VALIDATE CONSTRAINT nn;\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // a check that says more than IS NOT NULL
    "ALTER TABLE users ADD CONSTRAINT nn CHECK (email IS NOT NULL OR id < 0);\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    // another constraint validated
    "ALTER TABLE users ADD CONSTRAINT nn CHECK (email IS NOT NULL) NOT VALID;\n"
        + "ALTER TABLE users VALIDATE CONSTRAINT other;\n"
        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
  })
  void stillBlocksWithoutAMatchingValidCheck(String script) {
    assertScriptBlocksLast(Dialect.POSTGRES, RULE, script);
  }

  @Test
  void spellsOutThePatternWithTheRealNames() {
    String message = Migrations.engine(Dialect.POSTGRES)
        .check("ALTER TABLE users ALTER COLUMN email SET NOT NULL").message();
    assertThat(message).contains("CHECK (email IS NOT NULL) NOT VALID")
        .contains("VALIDATE CONSTRAINT users_email_not_null");
  }

  @Test
  void leavesMysqlToColumnTypeChange() {
    assertSilent(Dialect.MYSQL, RULE, "ALTER TABLE users ALTER COLUMN email SET NOT NULL");
  }
}
