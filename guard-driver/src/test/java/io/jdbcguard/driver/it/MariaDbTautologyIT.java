package io.jdbcguard.driver.it;

import java.util.stream.Stream;

/** Static tautologies refused on MariaDB (the MySQL dialect), with the table unchanged. */
class MariaDbTautologyIT extends WholeTableTautologyContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.mariadb();
  }

  @Override
  String createTable(String table) {
    return "CREATE TABLE " + table + " (id INT AUTO_INCREMENT PRIMARY KEY,"
        + " email VARCHAR(80) NOT NULL, v VARCHAR(20), grp INT NOT NULL,"
        + " created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, deleted_at DATETIME NULL)"
        + " ENGINE=InnoDB";
  }

  @Override
  String createOther(String table) {
    return "CREATE TABLE " + table + " (id INT PRIMARY KEY, t_id INT) ENGINE=InnoDB";
  }

  @Override
  Stream<Refused> dialectRefused() {
    return Stream.of(
        new Refused("where-always-true", "DELETE FROM {t} WHERE id = 5 || 1", ROWS),
        new Refused("where-always-true", "UPDATE {t} SET grp = 5 WHERE id = 7 || TRUE", ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE id = 5 XOR 1", ROWS - 1),
        new Refused("where-always-true", "DELETE FROM {t} WHERE id <=> id", ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE v <=> v", ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE IFNULL(v, '') = IFNULL(v, '')",
            ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE IF(id > 3, TRUE, TRUE)", ROWS),
        new Refused("where-matches-all", "DELETE FROM {t} WHERE email REGEXP '.*'", ROWS),
        new Refused("where-matches-all", "DELETE FROM {t} WHERE email RLIKE '^.*$'", ROWS),
        new Refused("where-matches-all",
            "DELETE FROM {t} WHERE created_at < NOW() + INTERVAL 100 YEAR", ROWS),
        new Refused("where-matches-all",
            "DELETE FROM {t} WHERE created_at < DATE_ADD(NOW(), INTERVAL 200 YEAR)", ROWS),
        new Refused("where-matches-all",
            "DELETE a FROM {t} a JOIN {t} b ON a.email = b.email WHERE b.email = a.email", ROWS),
        new Refused("where-matches-all", "DELETE a FROM {t} a, {t} b WHERE a.id = b.id", ROWS),
        new Refused("where-matches-all",
            "UPDATE {t} a JOIN {t} b ON a.email = b.email SET a.grp = 6 WHERE a.id = b.id", ROWS));
  }

  @Override
  Stream<Allowed> dialectAllowed() {
    return Stream.of(
        new Allowed("DELETE FROM {t} WHERE email REGEXP '^u1'", 11),
        new Allowed("DELETE FROM {t} WHERE v = 'a||b'", 0),
        new Allowed("DELETE FROM {t} WHERE id = 5 || id = 6", 2),
        new Allowed("DELETE a FROM {t} a JOIN {t} b ON a.email = b.email WHERE a.id > b.id", 0),
        new Allowed("DELETE a FROM {t} AS a JOIN {o} AS o ON a.id = o.t_id WHERE o.id = 1", 1),
        new Allowed("UPDATE {t} a JOIN {o} o ON a.id = o.t_id JOIN {o} o2 ON o2.id = o.id"
            + " SET a.grp = 9 WHERE o2.id = 2", 1));
  }
}
