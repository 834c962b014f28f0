package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GuardEngineTest {

  private final GuardEngine postgres = GuardEngine.forDialect(Dialect.POSTGRES);

  @Test
  void blocksAMultiStatementStringWhenAnyStatementIsBlocked() {
    Verdict v = postgres.check("SELECT 1; DROP TABLE t");
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.ruleIds()).containsExactly("drop-object");
    assertThat(v.kinds()).containsExactly(StatementKind.QUERY, StatementKind.DDL);
  }

  @Test
  void allowsScaryWordsInLiteralsAndComments() {
    assertThat(postgres.check("SELECT 'DROP TABLE x'; -- DROP TABLE y\nSELECT $$TRUNCATE t$$").action())
        .isEqualTo(Action.ALLOW);
  }

  @Test
  void messageNamesRuleFragmentReasonFixAndOverride() {
    Verdict v = postgres.check("DELETE FROM orders WHERE user_id = NULL");
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    String m = v.message();
    assertThat(m)
        .contains("[null-comparison]")
        .contains("user_id = NULL")
        .contains("never true")
        .contains("IS NULL")
        .contains("guard.rule.null-comparison=allow");
  }

  @Test
  void returnsTheCachedVerdictForARepeatedStatement() {
    String sql = "SELECT * FROM t WHERE id = ?";
    assertThat(postgres.check(sql)).isSameAs(postgres.check(new String(sql.toCharArray())));
  }

  @Test
  void fingerprintHidesLiterals() {
    Verdict v = postgres.check("SELECT * FROM users WHERE email = 'a@b.c' AND age > 42 -- note");
    assertThat(v.fingerprint()).doesNotContain("a@b.c").doesNotContain("42").doesNotContain("note");
  }

  @Test
  void ruleOverrideChangesTheAction() {
    GuardEngine lenient =
        GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).rule("drop-object", Action.WARN).build());
    Verdict v = lenient.check("DROP TABLE t");
    assertThat(v.action()).isEqualTo(Action.WARN);
    assertThat(v.isAllowed()).isTrue();
  }

  @Test
  void rejectsAnOverrideOfAnUnknownRule() {
    assertThatThrownBy(() -> GuardEngine.create(Policy.builder().rule("no-such-rule", Action.ALLOW).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-rule")
        .hasMessageContaining("drop-object");
  }

  @Test
  void blocksNullInput() {
    Verdict v = postgres.check(null);
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.ruleIds()).containsExactly("unparseable");
  }

  @Test
  void blocksDeepNestingWithoutOverflowingTheStack() {
    String sql = "SELECT " + "(".repeat(50_000) + "1" + ")".repeat(50_000);
    Verdict v = postgres.check(sql);
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.message()).contains("nested");
  }

  @Test
  void survivesBinaryGarbage() {
    Random random = new Random(42);
    java.util.Map<Dialect, GuardEngine> engines = new java.util.EnumMap<>(Dialect.class);
    for (Dialect d : Dialect.values()) {
      engines.put(d, GuardEngine.forDialect(d));
    }
    for (int i = 0; i < 2_000; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      String sql = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      for (Dialect d : Dialect.values()) {
        Verdict v = engines.get(d).check(sql);
        assertThat(v).isNotNull();
        if (v.action() == Action.ALLOW && v.kinds().isEmpty()) {
          assertThat(engines.get(d).split(sql))
              .as("only an empty or comment-only string is allowed without statements: %s", sql)
              .isEmpty();
        }
      }
    }
  }

  @Test
  void decidesAOneMegabyteStatement() {
    StringBuilder sb = new StringBuilder("SELECT * FROM t WHERE id IN (0");
    while (sb.length() < 1_000_000) {
      sb.append(",12345");
    }
    sb.append(')');
    Verdict v = postgres.check(sb.toString());
    assertThat(v.action()).isIn(Action.ALLOW, Action.BLOCK);
  }
}
