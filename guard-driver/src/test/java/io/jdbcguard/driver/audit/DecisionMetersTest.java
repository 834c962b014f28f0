package io.jdbcguard.driver.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecisionMetersTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AuditLog audit =
      new AuditLog(new JulAuditSink("io.jdbcguard.audit.test-meters"), new MicrometerDecisionMeters(registry));

  private static Verdict verdict(Action action, String... rules) {
    List<Finding> findings =
        java.util.Arrays.stream(rules)
            .map(id -> new Finding(id, action, "DELETE FROM t", "Why.", "Fix."))
            .toList();
    return Verdict.of(findings, List.of(StatementKind.DELETE), "DELETE FROM t");
  }

  @Test
  void timesEveryDecisionByActionAndDecidingRule() {
    audit.refused(verdict(Action.BLOCK, "delete-without-where"), 2_000_000, "conn-1");
    audit.refused(verdict(Action.BLOCK, "delete-without-where"), 1_000_000, "conn-1");
    audit.allowed(Verdict.of(List.of(), List.of(StatementKind.QUERY), "SELECT ?"), 500, "conn-1");
    audit.warned(verdict(Action.WARN, "cartesian-product"), 700, "conn-2");

    Timer blocked = registry.find("jdbc.guard.decisions").tags("action", "block", "rule", "delete-without-where").timer();
    assertThat(blocked).isNotNull();
    assertThat(blocked.count()).isEqualTo(2);
    assertThat(blocked.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3.0);
    assertThat(registry.find("jdbc.guard.decisions").tags("action", "allow", "rule", "none").timer().count()).isEqualTo(1);
    assertThat(registry.find("jdbc.guard.decisions").tags("action", "warn", "rule", "cartesian-product").timer().count()).isEqualTo(1);
  }

  @Test
  void theDecidingRuleIsTheFirstWithTheVerdictsAction() {
    Verdict mixed =
        Verdict.of(
            List.of(
                new Finding("cartesian-product", Action.WARN, "x", "Why.", "Fix."),
                new Finding("drop-object", Action.BLOCK, "x", "Why.", "Fix.")),
            List.of(StatementKind.OTHER),
            "x");

    assertThat(DecisionMeters.decidingRule(mixed)).isEqualTo("drop-object");
  }

  @Test
  void countsRowLimitRefusalsDryRunsAndMeasuredWrites() {
    Verdict allowed = Verdict.of(List.of(), List.of(StatementKind.DELETE), "DELETE FROM t WHERE a < ?");
    audit.measured("refused", true, allowed, "row-limit", 5000, 1000, null, "conn-1");
    audit.measured("dry-run", false, allowed, null, 3, 1000, "Delete on t (rows=3)", "conn-1");
    audit.measured("refused", true, allowed, "row-limit", 2000, 1000, "Delete on t (rows=2000)", "conn-1");
    audit.measured("sandboxed", false, allowed, null, 10, 1000, null, "conn-1");

    assertThat(registry.find("jdbc.guard.row.limit.refusals").counter().count()).isEqualTo(2);
    assertThat(registry.find("jdbc.guard.dry.runs").tags("outcome", "dry-run").counter().count()).isEqualTo(1);
    assertThat(registry.find("jdbc.guard.dry.runs").tags("outcome", "refused").counter().count()).isEqualTo(1);
    assertThat(registry.find("jdbc.guard.measured.writes").tags("outcome", "sandboxed", "rule", "none").counter().count())
        .isEqualTo(1);
    assertThat(registry.find("jdbc.guard.measured.writes").tags("outcome", "refused", "rule", "row-limit").counter().count())
        .isEqualTo(2);
  }

  @Test
  void noTagCarriesSqlOrAConnection() {
    audit.refused(verdict(Action.BLOCK, "delete-without-where"), 1, "conn-9");

    registry.getMeters().forEach(meter -> meter.getId().getTags().forEach(tag -> {
      assertThat(Map.of("action", 1, "rule", 1, "outcome", 1)).containsKey(tag.getKey());
      assertThat(tag.getValue()).doesNotContain("DELETE").doesNotContain("conn-");
    }));
  }

  @Test
  void usesMicrometersGlobalRegistryWhenMicrometerIsPresent() {
    assertThat(DecisionMeters.discover()).isInstanceOf(MicrometerDecisionMeters.class);
  }
}
