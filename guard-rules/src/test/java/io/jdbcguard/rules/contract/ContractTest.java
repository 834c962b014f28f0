package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Verdict;
import io.jdbcguard.rules.contract.ContractTable.Case;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour contract ({@code policy.md}, default agent profile) as tables of labelled
 * statements: section 1 must block, section 2 must allow, section 3 should not be allowed silently.
 * The rows live in {@code src/test/resources/contract/}; each row runs once per dialect it names.
 */
class ContractTest {

  static Stream<Case> mustBlock() {
    return ContractTable.cases(ContractTable.MUST_BLOCK).stream();
  }

  static Stream<Case> mustAllow() {
    return ContractTable.cases(ContractTable.MUST_ALLOW).stream();
  }

  static Stream<Case> shouldBlock() {
    return ContractTable.cases(ContractTable.SHOULD_BLOCK).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustBlock")
  void blocksEveryStatementTheContractMustBlock(Case c) {
    Verdict v = Engines.check(c.dialect(), c.row().sql());

    assertThat(v.action()).as(context(c, v)).isEqualTo(Action.BLOCK);
    List<Finding> blocking =
        v.findings().stream().filter(f -> f.action() == Action.BLOCK).collect(Collectors.toList());
    assertThat(blocking).as("a BLOCK verdict names the finding that blocks it; " + context(c, v))
        .isNotEmpty();
    for (Finding f : blocking) {
      assertThat(v.message())
          .as("the message names the rule [%s]; %s", f.ruleId(), context(c, v))
          .contains("[" + f.ruleId() + "]");
    }
    if (!c.row().expect().equals("*")) {
      assertThat(v.ruleIds()).as(context(c, v)).contains(c.row().expect());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustAllow")
  void allowsEveryStatementTheContractMustAllow(Case c) {
    Verdict v = Engines.check(c.dialect(), c.row().sql());

    assertThat(v.action()).as(context(c, v)).isIn(Action.ALLOW, Action.WARN);
    if (v.action() == Action.ALLOW) {
      assertThat(v.findings()).as("an ALLOW verdict carries no findings; " + context(c, v))
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shouldBlock")
  void flagsEveryStatementTheContractShouldBlock(Case c) {
    Verdict v = Engines.check(c.dialect(), c.row().sql());

    assertThat(v.action()).as(context(c, v)).isNotEqualTo(Action.ALLOW);
    if (!c.row().expect().equals("*")) {
      assertThat(v.ruleIds()).as(context(c, v)).contains(c.row().expect());
    }
  }

  private static String context(Case c, Verdict v) {
    return c.row().where() + " [" + c.dialect().id() + "] " + c.row().note() + "\n  sql: "
        + ContractTable.abbreviate(c.row().sql(), 300) + "\n  engine: " + Engines.describe(v);
  }
}
