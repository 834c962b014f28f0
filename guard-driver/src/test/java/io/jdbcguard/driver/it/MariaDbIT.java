package io.jdbcguard.driver.it;

/** The driver contract against MariaDB (the MySQL dialect). */
class MariaDbIT extends GuardedDatabaseContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.mariadb();
  }

  @Override
  String createTable(String table) {
    return "CREATE TABLE "
        + table
        + " (id INT AUTO_INCREMENT PRIMARY KEY, x INT, name VARCHAR(50))";
  }

  @Override
  String createDoublingRoutine(String name) {
    return "CREATE PROCEDURE " + name + "(IN a INT, OUT b INT) BEGIN SET b = a * 2; END";
  }

  @Override
  String callDoubling(String name) {
    return "{call " + name + "(?, ?)}";
  }

  @Override
  String dropDoublingRoutine(String name) {
    return "DROP PROCEDURE IF EXISTS " + name;
  }

  @Override
  Class<?> vendorConnectionType() {
    return org.mariadb.jdbc.Connection.class;
  }
}
