package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystemCatalogWriteTest {

  private static final String RULE = "system-catalog-write";

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE pg_class SET relname = 'x' WHERE oid = 1",
    "UPDATE pg_authid SET rolsuper = true WHERE rolname = 'agent'",
    "UPDATE pg_catalog.pg_authid SET rolsuper = true WHERE rolname = 'agent'",
    "UPDATE PG_CATALOG.PG_ATTRIBUTE SET attnotnull = false WHERE attrelid = 1",
    "DELETE FROM \"pg_catalog\".\"pg_constraint\" WHERE conname = 'fk'",
    "INSERT INTO pg_catalog.pg_auth_members (roleid, member) VALUES (10, 16400)",
    "INSERT INTO pg_toast.pg_toast_16400 VALUES (1, 0, '')",
    "UPDATE information_schema.sql_features SET is_supported = 'NO' WHERE feature_id = 'x'",
    "WITH d AS (DELETE FROM pg_largeobject WHERE loid = 1 RETURNING 1) SELECT * FROM d",
    "MERGE INTO pg_catalog.pg_description d USING t ON d.objoid = t.id WHEN MATCHED THEN DELETE",
    "COPY pg_catalog.pg_authid FROM STDIN",
    "COPY pg_class (relname) FROM STDIN",
    "UPDATE U&\"pg\\005fclass\" SET relname = 'x' WHERE oid = 1",
  })
  void blocksWritesToPostgresCatalogs(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE mysql.user SET authentication_string = '' WHERE user = 'root'",
    "UPDATE MySQL.user SET Host = '%' WHERE User = 'x'",
    "INSERT INTO `mysql`.`db` (Host, Db, User) VALUES ('%', '%', 'x')",
    "DELETE FROM mysql.global_priv WHERE User = 'admin'",
    "REPLACE INTO mysql.user (Host, User) VALUES ('%', 'x')",
    "INSERT INTO mysql.proxies_priv SELECT * FROM t",
    "UPDATE t JOIN mysql.user u ON u.User = t.name SET u.Host = '%' WHERE t.id = 1",
    "DELETE u FROM mysql.user u JOIN t ON t.name = u.User WHERE t.id = 1",
    "UPDATE performance_schema.setup_instruments SET ENABLED = 'NO' WHERE NAME = 'x'",
    "UPDATE sys.sys_config SET value = 0 WHERE variable = 'x'",
    "USE mysql",
    "USE `performance_schema`",
    "BEGIN NOT ATOMIC DELETE FROM mysql.user WHERE User = 'x'; END",
    "SET STATEMENT max_statement_time = 1 FOR UPDATE mysql.user SET Host = '%' WHERE User = 'x'",
  })
  void blocksWritesToMysqlCatalogs(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT relname FROM pg_class WHERE oid = 1",
    "SELECT * FROM pg_catalog.pg_authid WHERE rolname = 'x'",
    "INSERT INTO t (name) SELECT relname FROM pg_class",
    "UPDATE t SET n = (SELECT count(*) FROM pg_class) WHERE id = 1",
    "DELETE FROM t USING pg_class c WHERE t.rel = c.oid AND c.relname = 'x'",
    "INSERT INTO pg_temp.scratch VALUES (1)",
    "UPDATE public.catalog SET a = 1 WHERE id = 1",
    "COPY pg_class TO STDOUT",
  })
  void allowsReadingPostgresCatalogs(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT User, Host FROM mysql.user",
    "INSERT INTO t SELECT User FROM mysql.user",
    "UPDATE shop.users SET a = 1 WHERE id = 1",
    "UPDATE pg_class SET a = 1 WHERE id = 1",
    "USE shop",
    "USE mysql_app",
  })
  void allowsReadingMysqlCatalogs(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }
}
