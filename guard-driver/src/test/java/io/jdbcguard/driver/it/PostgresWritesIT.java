package io.jdbcguard.driver.it;

import org.junit.jupiter.api.Test;

/** The row limit, dry runs, sandbox mode and profiles against PostgreSQL. */
class PostgresWritesIT extends MeasuredWritesContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.postgres();
  }

  @Override
  String createTable(String table) {
    return "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, x INT, name VARCHAR(50))";
  }

  @Override
  boolean transactionalDdl() {
    return true;
  }

  @Override
  String sleepingRead(String table) {
    return "SELECT x, pg_sleep(0) FROM " + table;
  }

  @Test
  void mergeIsMeasuredToo() throws Exception {
    Snapshot before = snapshot(table);
    String merge =
        "MERGE INTO "
            + table
            + " t USING (SELECT x FROM "
            + table
            + " WHERE x > 5) s ON t.x = s.x"
            + " WHEN MATCHED THEN UPDATE SET name = 'merged'";
    try (java.sql.Connection c = connect("guard.maxAffectedRows=10")) {
      assertRowLimit(
          org.assertj.core.api.Assertions.catchThrowable(
              () -> c.createStatement().executeUpdate(merge)),
          "45",
          "10");
      org.assertj.core.api.Assertions.assertThat(snapshot(table)).isEqualTo(before);
      org.assertj.core.api.Assertions.assertThat(
              c.createStatement().executeUpdate(merge.replace("x > 5", "x > 45")))
          .isEqualTo(5);
    }
  }
}
