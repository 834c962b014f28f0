package io.jdbcguard.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardViolationExceptionTest {

  private static Verdict verdict(Action action) {
    Finding finding =
        new Finding(
            "null-comparison",
            action,
            "user_id = NULL",
            "`= NULL` is never true.",
            "Use `IS NULL`.");
    return Verdict.of(
        List.of(finding), List.of(StatementKind.DELETE), "DELETE FROM orders WHERE user_id = NULL");
  }

  @Test
  void usesTheVerdictMessageAndAPoolSafeSqlState() {
    Verdict verdict = verdict(Action.BLOCK);

    GuardViolationException e = new GuardViolationException(verdict);

    assertThat(e.getMessage()).isEqualTo(verdict.message()).contains("[null-comparison]");
    assertThat(e.getSQLState()).isEqualTo("42JG1").doesNotStartWith("08");
    assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class);
    assertThat((Throwable) e).isNotInstanceOf(SQLTransientException.class);
    assertThat(e.getVerdict()).isSameAs(verdict);
  }

  @Test
  void dryRunRefusalExplainsThatDryRunsAreNotEnabledBeforeTheFindings() {
    Verdict verdict = verdict(Action.DRY_RUN);

    GuardViolationException e = GuardViolationException.dryRunNotEnabled(verdict);

    assertThat(e.getMessage()).startsWith("Dry runs are not enabled").endsWith(verdict.message());
    assertThat(e.getSQLState()).isEqualTo("42JG1");
  }
}
