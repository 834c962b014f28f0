package io.jdbcguard.driver.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.GuardTables;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovableRulesTest {

  @Test
  void everyApprovableRuleExists() {
    List<String> known =
        GuardEngine.create(Policy.builder().profile(Profile.MIGRATION).build()).ruleIds();
    for (String rule : List.of("drop-object", "truncate", "delete-without-where", "rename")) {
      assertThat(ApprovableRules.isApprovable(rule)).as(rule).isTrue();
    }
    known.stream()
        .filter(ApprovableRules::isApprovable)
        .forEach(rule -> assertThat(known).contains(rule));
    assertThat(known.stream().filter(ApprovableRules::isApprovable).count())
        .as("no approvable id is a typo")
        .isEqualTo(
            List.of(
                    "drop-object", "truncate", "delete-without-where", "update-without-where",
                    "where-always-true", "merge-always-true", "where-matches-all",
                    "alter-table-drop", "disable-trigger", "privilege-change", "do-block",
                    "copy-file", "file-access", "dangerous-function", "routine-definition",
                    "rename", "create-or-replace", "lock-table", "vacuum-full", "cluster",
                    "reindex", "sleep-function", "cartesian-product",
                    "not-null-column-without-default", "volatile-column-default",
                    "index-without-concurrently", "column-type-change",
                    "set-not-null-without-check", "constraint-without-not-valid",
                    "index-building-constraint", "concurrently-in-transaction",
                    "validation-in-same-transaction", "backfill-in-migration")
                .size());
  }

  @Test
  void rulesThatChangeReadingOrCannotBeSeenAreNeverApprovable() {
    for (String rule :
        List.of("unparseable", "executable-comment", "null-comparison", "quoting-change",
            "disable-checks", "server-change", "dynamic-sql", "read-only", "row-limit",
            "cannot-roll-back", GuardTables.WRITE_RULE, "some-future-rule")) {
      assertThat(ApprovableRules.isApprovable(rule)).as(rule).isFalse();
    }
  }

  @Test
  void aStatementIsApprovableOnlyWhenEveryBlockingRuleIs() {
    assertThat(ApprovableRules.allApprovable(List.of("drop-object", "truncate"))).isTrue();
    assertThat(ApprovableRules.allApprovable(List.of("drop-object", "unparseable"))).isFalse();
    assertThat(ApprovableRules.allApprovable(List.of())).isFalse();
  }
}
