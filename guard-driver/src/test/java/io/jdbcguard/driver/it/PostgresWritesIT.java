package io.jdbcguard.driver.it;

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
}
