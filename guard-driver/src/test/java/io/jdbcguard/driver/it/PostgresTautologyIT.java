package io.jdbcguard.driver.it;

import java.util.stream.Stream;

/** Static tautologies refused on PostgreSQL, with the table unchanged; near misses allowed. */
class PostgresTautologyIT extends WholeTableTautologyContract {

  @Override
  TestDatabases.Database database() {
    return TestDatabases.postgres();
  }

  @Override
  String createTable(String table) {
    return "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, email VARCHAR(80) NOT NULL,"
        + " v VARCHAR(20), grp INT NOT NULL, payload JSONB NOT NULL DEFAULT '{\"k\": 1}',"
        + " created_at TIMESTAMP NOT NULL DEFAULT now(), deleted_at TIMESTAMP)";
  }

  @Override
  String createOther(String table) {
    return "CREATE TABLE " + table + " (id INT PRIMARY KEY, t_id INT)";
  }

  @Override
  Stream<Refused> dialectRefused() {
    return Stream.of(
        new Refused("where-matches-all", "DELETE FROM {t} WHERE email ~ '.*'", ROWS),
        new Refused("where-matches-all", "UPDATE {t} SET grp = 3 WHERE email ~* ''", ROWS),
        new Refused("where-matches-all", "DELETE FROM {t} WHERE email ~ '^(.*)$'", ROWS),
        new Refused("where-matches-all", "DELETE FROM {t} WHERE email SIMILAR TO '%'", ROWS),
        new Refused("where-matches-all", "DELETE FROM {t} WHERE payload @> '{}'", ROWS),
        new Refused("where-matches-all",
            "DELETE FROM {t} WHERE created_at < now() + interval '100 years'", ROWS),
        new Refused("where-matches-all", "DELETE FROM {t} WHERE id = ANY (SELECT id FROM {t})",
            ROWS),
        new Refused("where-matches-all",
            "DELETE FROM {t} WHERE EXISTS (SELECT 1 FROM {t} x WHERE x.id = {t}.id)", ROWS),
        new Refused("where-matches-all",
            "DELETE FROM {t} a USING {t} b WHERE a.email = b.email", ROWS),
        new Refused("where-matches-all",
            "UPDATE {t} a SET grp = 4 FROM {t} b WHERE b.id = a.id", ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE id IS NOT DISTINCT FROM id", ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE id::text = id::text", ROWS),
        new Refused("where-always-true", "DELETE FROM {t} WHERE email || '' = email", ROWS));
  }

  @Override
  Stream<Allowed> dialectAllowed() {
    return Stream.of(
        new Allowed("DELETE FROM {t} WHERE email ~ '^u1'", 11),
        new Allowed("DELETE FROM {t} WHERE payload @> '{\"k\": 2}'", 0),
        new Allowed("DELETE FROM {t} WHERE created_at < now() - interval '1 day'", 0),
        new Allowed("DELETE FROM {t} a USING {t} b WHERE a.email = b.email AND a.id > b.id", 0),
        new Allowed("DELETE FROM {t} WHERE EXISTS (SELECT 1 FROM {t} x WHERE x.id = {t}.id + 40)",
            10),
        new Allowed("UPDATE {t} SET grp = 8 FROM {o} o WHERE o.t_id = {t}.id AND o.id = 2", 1));
  }
}
