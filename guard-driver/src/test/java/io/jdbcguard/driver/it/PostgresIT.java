package io.jdbcguard.driver.it;

/** The driver contract against PostgreSQL. */
class PostgresIT extends GuardedDatabaseContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.postgres();
  }

  @Override
  String createTable(String table) {
    return "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, x INT, name VARCHAR(50))";
  }

  @Override
  String createDoublingRoutine(String name) {
    return "CREATE FUNCTION " + name + "(a INT, OUT b INT) LANGUAGE sql AS 'SELECT a * 2'";
  }

  @Override
  String callDoubling(String name) {
    return "{call " + name + "(?, ?)}";
  }

  @Override
  String dropDoublingRoutine(String name) {
    return "DROP FUNCTION IF EXISTS " + name;
  }

  @Override
  Class<?> vendorConnectionType() {
    return org.postgresql.PGConnection.class;
  }
}
