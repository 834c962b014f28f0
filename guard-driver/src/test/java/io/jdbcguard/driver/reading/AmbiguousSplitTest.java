package io.jdbcguard.driver.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AmbiguousSplitTest {

  private final GuardEngine engine = GuardEngine.forDialect(Dialect.POSTGRES);

  @Test
  void blocksAStringTheDriverReadsDifferentlyWithTheRuleIdFirst() {
    AmbiguousSplit split = new AmbiguousSplit(sql -> "the driver cuts it in two", Action.BLOCK);
    String sql = "SELECT 1; SELECT 2";
    Verdict verdict = split.review(sql, engine.check(sql));
    assertThat(verdict.isBlocked()).isTrue();
    assertThat(verdict.ruleIds()).first().isEqualTo("ambiguous-split");
    assertThat(verdict.message())
        .startsWith("[ambiguous-split]")
        .contains("the driver cuts it in two")
        .contains("the driver and the database would read it differently")
        .contains("guard.rule.ambiguous-split=allow");
  }

  @Test
  void keepsTheVerdictWhenTheDriverAgrees() {
    AmbiguousSplit split = new AmbiguousSplit(sql -> null, Action.BLOCK);
    Verdict verdict = engine.check("SELECT 1; SELECT 2");
    assertThat(split.review("SELECT 1; SELECT 2", verdict)).isSameAs(verdict);
  }

  @Test
  void warnsOnlyWhenConfiguredToWarn() {
    AmbiguousSplit split = new AmbiguousSplit(sql -> "differs", Action.WARN);
    Verdict verdict = split.review("SELECT 1; SELECT 2", engine.check("SELECT 1; SELECT 2"));
    assertThat(verdict.action()).isEqualTo(Action.WARN);
    assertThat(verdict.ruleIds()).containsExactly("ambiguous-split");
  }

  @Test
  void asksTheDriverOncePerSqlText() {
    AtomicInteger asked = new AtomicInteger();
    AmbiguousSplit split =
        new AmbiguousSplit(
            sql -> {
              asked.incrementAndGet();
              return null;
            },
            Action.BLOCK);
    Verdict verdict = engine.check("SELECT 1; SELECT 2");
    for (int i = 0; i < 5; i++) {
      split.review("SELECT 1; SELECT 2", verdict);
    }
    split.review("SELECT 3; SELECT 4", verdict);
    assertThat(asked).hasValue(2);
  }

  @Test
  void asksNothingWhenAllowed() {
    AmbiguousSplit split =
        new AmbiguousSplit(
            sql -> {
              throw new AssertionError("must not be asked");
            },
            Action.ALLOW);
    Verdict verdict = engine.check("SELECT 1; SELECT 2");
    assertThat(split.review("SELECT 1; SELECT 2", verdict)).isSameAs(verdict);
  }
}
