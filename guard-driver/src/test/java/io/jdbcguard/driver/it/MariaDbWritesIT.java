package io.jdbcguard.driver.it;

/** The row limit, dry runs, sandbox mode and profiles against MariaDB (the MySQL dialect). */
class MariaDbWritesIT extends MeasuredWritesContract {

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
  boolean transactionalDdl() {
    return false;
  }

  @Override
  String sleepingRead(String table) {
    return "SELECT x, SLEEP(0) FROM " + table;
  }
}
