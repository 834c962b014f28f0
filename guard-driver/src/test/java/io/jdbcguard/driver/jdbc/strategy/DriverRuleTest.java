package io.jdbcguard.driver.jdbc.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverRuleTest {

  @Test
  void idsAreKebabCaseAndDistinct() {
    List<String> ids = Arrays.stream(DriverRule.values()).map(DriverRule::id).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(ids).contains("row-limit", "cannot-roll-back", "updatable-result-set");
  }

  @Test
  void theRowLimitMessageIsTheEnginesMessageWithItsOverride() {
    Finding finding = DriverRule.ROW_LIMIT.finding("DELETE FROM t", "Too many rows.", "Narrow it.");

    assertThat(DriverRule.ROW_LIMIT.message(finding))
        .isEqualTo(finding.message())
        .startsWith("[row-limit] Too many rows. At: `DELETE FROM t`. Narrow it.")
        .contains("guard.rule.row-limit=allow");
  }

  @Test
  void rulesWithoutAnOverrideNeverOfferOne() {
    for (DriverRule rule : DriverRule.values()) {
      if (rule == DriverRule.ROW_LIMIT) {
        continue;
      }
      Finding finding = rule.finding("x", "Why.", "Fix.");

      assertThat(finding.action()).isEqualTo(Action.BLOCK);
      assertThat(rule.message(finding))
          .startsWith("[" + rule.id() + "] Why. At: `x`. Fix. ")
          .doesNotContain("guard.rule." + rule.id());
    }
  }

  @Test
  void anUpdatableResultSetRefusalNamesItsRuleAndHowAHumanAllowsIt() {
    String message =
        Refusals.rowWrite(Refusals.rowWrite("deleteRow", StatementKind.DELETE)).getMessage();

    assertThat(message)
        .startsWith("[updatable-result-set]")
        .contains("ResultSet.deleteRow()")
        .contains("guard.profile=audit")
        .doesNotContain("guard.rule.updatable-result-set");
  }
}
