package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.Migrations.assertBlocks;
import static io.jdbcguard.rules.builtin.Migrations.assertScriptSilent;
import static io.jdbcguard.rules.builtin.Migrations.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintWithoutNotValidTest {

  private static final String RULE = "constraint-without-not-valid";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)",
    "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users",
    "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total >= 0)",
    "ALTER TABLE orders ADD CHECK (total >= 0)",
    "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id) ON DELETE CASCADE DEFERRABLE",
    "ALTER TABLE orders ADD COLUMN user_id bigint NOT NULL DEFAULT 1 REFERENCES users (id)",
    "ALTER TABLE orders ADD COLUMN region int DEFAULT 7 CONSTRAINT r_fk REFERENCES regions",
    "ALTER TABLE orders ADD COLUMN total int CHECK (total >= 0)",
    "ALTER TABLE orders ADD CONSTRAINT a CHECK (x > 0) NOT VALID, ADD CONSTRAINT b CHECK (y > 0)",
  })
  void blocksConstraintsThatScanTheTable(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID",
    "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total >= 0) NOT VALID",
    "alter table orders add check (total >= 0) not valid",
    // a new column without a default is NULL everywhere: PostgreSQL does not validate its FK
    "ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id)",
    "ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT NULL REFERENCES coupons ON DELETE SET NULL",
    "ALTER TABLE orders VALIDATE CONSTRAINT positive_total",
    "ALTER TABLE orders ADD COLUMN note text",
    "ALTER TABLE orders ADD COLUMN check_number text",
    "ALTER TABLE orders ADD CONSTRAINT u UNIQUE USING INDEX orders_u_idx",
    "CREATE TABLE orders (user_id bigint REFERENCES users (id), total int CHECK (total >= 0))",
  })
  void allowsNotValidAndNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @Test
  void allowsConstraintsOnATableCreatedInTheScript() {
    assertScriptSilent(Dialect.POSTGRES, RULE,
        "CREATE TABLE orders (id int, user_id bigint);\n"
            + "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);");
  }

  @Test
  void isPostgresOnly() {
    assertSilent(Dialect.MYSQL, RULE, "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id)");
  }

  @Test
  void tellsHowToValidateLater() {
    String message = Migrations.engine(Dialect.POSTGRES)
        .check("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)")
        .message();
    assertThat(message).contains("NOT VALID").contains("VALIDATE CONSTRAINT orders_user_fk");
  }
}
