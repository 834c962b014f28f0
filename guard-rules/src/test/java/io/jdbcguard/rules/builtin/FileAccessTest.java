package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileAccessTest {

  private static final String RULE = "file-access";

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT a INTO OUTFILE '/tmp/x' FROM t",
    "SELECT a FROM t INTO DUMPFILE '/tmp/x'",
    "select * from t into outfile '/var/lib/mysql-files/t.csv'",
    "LOAD DATA INFILE '/tmp/x' INTO TABLE t",
    "LOAD DATA LOCAL INFILE 'x.csv' INTO TABLE t",
    "LOAD XML LOCAL INFILE 'x.xml' INTO TABLE t",
  })
  void blocksServerFileAccess(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 'INTO OUTFILE' FROM t",
    "SELECT outfile FROM t WHERE id = 1",
    "SELECT a INTO @x FROM t WHERE id = 1",
    "SELECT load_data FROM t",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }
}
