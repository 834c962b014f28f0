package io.jdbcguard.driver.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalIdTest {

  private static final String DB = "postgres cluster 1 database=shop schema=public";

  @Test
  void isStableForTheSameTextDatabaseAndRules() {
    ApprovalId a = ApprovalId.of("DROP TABLE t", DB, List.of("drop-object"));
    ApprovalId b = ApprovalId.of("DROP TABLE t", DB, List.of("drop-object"));
    assertThat(a).isEqualTo(b);
    assertThat(ApprovalId.isWellFormed(a.id())).isTrue();
    assertThat(a.statementHash()).hasSize(64);
  }

  @Test
  void changesWithTheTextTheDatabaseOrTheRules() {
    String id = ApprovalId.of("DROP TABLE t", DB, List.of("drop-object")).id();
    assertThat(ApprovalId.of("DROP TABLE  t", DB, List.of("drop-object")).id()).isNotEqualTo(id);
    assertThat(ApprovalId.of("drop table t", DB, List.of("drop-object")).id()).isNotEqualTo(id);
    assertThat(ApprovalId.of("DROP TABLE t", DB.replace("public", "other"), List.of("drop-object")).id())
        .isNotEqualTo(id);
    assertThat(ApprovalId.of("DROP TABLE t", DB, List.of("drop-object", "truncate")).id())
        .isNotEqualTo(id);
  }

  @Test
  void ignoresTheOrderOfTheRules() {
    assertThat(ApprovalId.of("x", DB, List.of("truncate", "drop-object")))
        .isEqualTo(ApprovalId.of("x", DB, List.of("drop-object", "truncate", "truncate")));
  }

  @Test
  void recognisesOnlyWellFormedIds() {
    assertThat(ApprovalId.isWellFormed("apr-0123456789abcdef")).isTrue();
    assertThat(ApprovalId.isWellFormed("apr-0123")).isFalse();
    assertThat(ApprovalId.isWellFormed("APR-0123456789ABCDEF")).isFalse();
    assertThat(ApprovalId.isWellFormed(null)).isFalse();
  }
}
