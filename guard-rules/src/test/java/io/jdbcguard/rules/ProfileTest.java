package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileTest {

  private static GuardEngine engine(Profile profile) {
    return GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES).profile(profile).build());
  }

  @Test
  void auditProfileWarnsInsteadOfBlocking() {
    Verdict v = engine(Profile.AUDIT).check("DROP TABLE t; DELETE FROM t");
    assertThat(v.action()).isEqualTo(Action.WARN);
    assertThat(v.ruleIds()).containsExactly("drop-object", "delete-without-where");
  }

  @Test
  void auditProfileStillHonoursAnExplicitBlock() {
    GuardEngine e = GuardEngine.create(Policy.builder().profile(Profile.AUDIT).rule("drop-object", Action.BLOCK).build());
    assertThat(e.check("DROP TABLE t").action()).isEqualTo(Action.BLOCK);
  }

  @Test
  void migrationProfileKeepsDropsBlockedUnlessOverridden() {
    assertThat(engine(Profile.MIGRATION).check("DROP TABLE t").action()).isEqualTo(Action.BLOCK);
    GuardEngine reviewed = GuardEngine.create(
        Policy.builder().profile(Profile.MIGRATION).rule("drop-object", Action.ALLOW).build());
    assertThat(reviewed.check("DROP TABLE t").action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void anAllowOverrideSilencesTheRule() {
    GuardEngine e = GuardEngine.create(Policy.builder().rule("drop-object", Action.ALLOW).build());
    assertThat(e.check("DROP TABLE t").findings()).isEmpty();
  }

  @Test
  void parsesProfileIdsAndNamesTheAllowedOnes() {
    assertThat(Profile.fromId("read-only")).isEqualTo(Profile.READ_ONLY);
    assertThat(Profile.fromId("READ_ONLY")).isEqualTo(Profile.READ_ONLY);
    assertThatThrownBy(() -> Profile.fromId("strict"))
        .hasMessageContaining("strict")
        .hasMessageContaining("agent, read-only, audit, migration");
  }
}
