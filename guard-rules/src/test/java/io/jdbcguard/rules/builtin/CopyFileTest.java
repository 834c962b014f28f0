package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyFileTest {

  private static final String RULE = "copy-file";

  @ParameterizedTest
  @ValueSource(strings = {
    "COPY t TO PROGRAM 'rm -rf /'",
    "COPY t FROM PROGRAM 'curl x'",
    "COPY t FROM '/etc/passwd'",
    "COPY (SELECT * FROM t) TO '/tmp/x'",
    "COPY t (a, b) TO '/tmp/x' WITH (FORMAT csv)",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "COPY t FROM STDIN",
    "COPY t TO STDOUT WITH (FORMAT csv)",
    "COPY (SELECT * FROM t) TO STDOUT",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
