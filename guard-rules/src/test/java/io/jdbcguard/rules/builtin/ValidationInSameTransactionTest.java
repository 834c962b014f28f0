package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertScriptBlocksLast;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationInSameTransactionTest {

  private static final String RULE = "validation-in-same-transaction";

  @ParameterizedTest
  @ValueSource(strings = {
    "BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
        + "ALTER TABLE orders VALIDATE CONSTRAINT fk;",
    "START TRANSACTION;\nALTER TABLE orders ADD CONSTRAINT pos CHECK (total >= 0) NOT VALID;\n"
        + "SELECT 1;\nALTER TABLE orders VALIDATE CONSTRAINT pos;",
    "begin;\nalter table orders add constraint \"Pos\" check (total >= 0) not valid;\n"
        + "alter table orders validate constraint \"Pos\";",
  })
  void blocksValidationInTheTransactionThatAddedTheConstraint(String script) {
    assertScriptBlocksLast(Dialect.POSTGRES, RULE, script);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // separate transactions
    "BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
        + "COMMIT;\nALTER TABLE orders VALIDATE CONSTRAINT fk;",
    // no explicit transaction block in the script
    "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
        + "ALTER TABLE orders VALIDATE CONSTRAINT fk;",
    // added before the block opened
    "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
        + "BEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT fk;",
    // another constraint, another table
    "BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
        + "ALTER TABLE orders VALIDATE CONSTRAINT other;\nALTER TABLE users VALIDATE CONSTRAINT fk;",
    // rolled back and opened again
    "BEGIN;\nALTER TABLE orders ADD CONSTRAINT fk CHECK (a > 0) NOT VALID;\nROLLBACK;\nBEGIN;\n"
        + "ALTER TABLE orders VALIDATE CONSTRAINT fk;",
  })
  void allowsValidationInALaterTransaction(String script) {
    assertScriptSilent(Dialect.POSTGRES, RULE, script);
  }
}
