package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.examples.testing.ExamplePostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jOOQ recipe (docs/frameworks.md#jooq): a {@code DSLContext} over a HikariCP pool configured
 * with the {@code jdbc:guard:} URL. jOOQ's statements run as usual; a refused one surfaces as
 * jOOQ's {@link DataAccessException} whose cause is the guard's {@link GuardViolationException}.
 */
class JooqRecipeIT {

  private static final String TABLE = "guard_jooq_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final Table<?> WIDGETS = table(DSL.name(TABLE));
  private static final Field<Integer> ID = field(DSL.name("id"), Integer.class);
  private static final Field<String> NAME = field(DSL.name("name"), String.class);

  private static ExamplePostgres pg;
  private static HikariDataSource pool;
  private static DSLContext jooq;

  @BeforeAll
  static void aGuardedPool() throws SQLException {
    pg = ExamplePostgres.get();
    try (Connection raw = pg.raw();
        Statement s = raw.createStatement()) {
      s.execute("CREATE TABLE " + TABLE + " (id INT PRIMARY KEY, name TEXT NOT NULL)");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.guardUrl());
    config.setUsername(pg.user());
    config.setPassword(pg.password());
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    jooq = DSL.using(pool, SQLDialect.POSTGRES);
  }

  @AfterAll
  static void dropTheTable() throws SQLException {
    if (pool != null) {
      pool.close();
    }
    try (Connection raw = pg.raw();
        Statement s = raw.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
    }
  }

  @Test
  void runsJooqsStatementsThroughTheGuard() {
    jooq.insertInto(WIDGETS, ID, NAME).values(1, "bolt").values(2, "nut").execute();
    assertThat(jooq.update(WIDGETS).set(NAME, "hex bolt").where(ID.eq(1)).execute()).isEqualTo(1);
    assertThat(jooq.select(NAME).from(WIDGETS).where(ID.eq(1)).fetchOne(NAME)).isEqualTo("hex bolt");
    assertThat(jooq.deleteFrom(WIDGETS).where(ID.eq(2)).execute()).isEqualTo(1);
  }

  @Test
  void aRefusalIsJooqsDataAccessExceptionCausedByTheGuard() {
    DataAccessException refused =
        catchThrowableOfType(DataAccessException.class, () -> jooq.deleteFrom(WIDGETS).execute());

    Throwable cause = refused.getCause(GuardViolationException.class);
    assertThat(cause)
        .isInstanceOf(GuardViolationException.class)
        .hasMessageStartingWith("[delete-without-where]");
    assertThat(refused.sqlState()).isEqualTo("42JG1");
  }
}
