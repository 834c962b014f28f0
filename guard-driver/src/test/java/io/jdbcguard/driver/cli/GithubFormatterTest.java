package io.jdbcguard.driver.cli;

import static io.jdbcguard.driver.cli.Reports.BLOCK;
import static io.jdbcguard.driver.cli.Reports.DRY_RUN;
import static io.jdbcguard.driver.cli.Reports.OPT_OUT;
import static io.jdbcguard.driver.cli.Reports.WARN;
import static io.jdbcguard.driver.cli.Reports.inline;
import static io.jdbcguard.driver.cli.Reports.render;
import static io.jdbcguard.driver.cli.Reports.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {

  @Test
  void writesAnErrorForABlockAWarningForAWarnAndTheSummaryLast() {
    String out =
        render(
            GithubFormatter::new,
            result("SELECT 1", 1),
            result("DELETE FROM orders WHERE user_id = NULL", 4, BLOCK, WARN));

    assertThat(out.lines())
        .containsExactly(
            "::error file=db/s.sql,line=4,title=null-comparison::" + BLOCK.message(),
            "::warning file=db/s.sql,line=4,title=select-star::" + WARN.message(),
            "2 statements, 1 blocked, 0 warnings");
  }

  @Test
  void writesAnErrorForADryRun() {
    String out = render(GithubFormatter::new, result("UPDATE t SET a = 1", 2, DRY_RUN));

    assertThat(out.lines().findFirst().orElseThrow())
        .isEqualTo("::error file=db/s.sql,line=2,title=big-update::" + DRY_RUN.message());
  }

  @Test
  void writesANoticeWithTheReasonForAnAppliedOptOut() {
    String out = render(GithubFormatter::new, result("DROP TABLE legacy", 4, List.of(OPT_OUT)));

    assertThat(out.lines())
        .containsExactly(
            "::notice file=db/s.sql,line=4,title=drop-object::[drop-object] allowed by the opt-out"
                + " comment on line 3: legacy table, reviewed in PR 12",
            "1 statement, 0 blocked, 0 warnings, 1 opt-out");
  }

  @Test
  void leavesOutFileAndLineForInlineSql() {
    String out = render(GithubFormatter::new, inline(result("DROP TABLE t", 1, BLOCK)));

    assertThat(out.lines().findFirst().orElseThrow())
        .isEqualTo("::error title=null-comparison::" + BLOCK.message());
  }

  @Test
  void escapesPercentAndLineBreaksInTheMessage() {
    assertThat(GithubFormatter.escapeData("100% sure\r\nnext: a, b"))
        .isEqualTo("100%25 sure%0D%0Anext: a, b");
  }

  @Test
  void escapesColonsAndCommasTooInPropertyValues() {
    assertThat(GithubFormatter.escapeProperty("db/a,b:c%\n.sql"))
        .isEqualTo("db/a%2Cb%3Ac%25%0A.sql");
  }

  @Test
  void keepsEveryCommandOnOneLineWhateverTheFileNameAndMessage() {
    Finding odd =
        new Finding("x-rule", Action.BLOCK, "", "50% of\nthe rows.", "Fix it: now, please.");
    StatementResult r =
        new StatementResult(
            "odd,name:1.sql",
            "db/odd,name:1.sql",
            9,
            "DELETE",
            Verdict.of(List.of(odd), List.of(StatementKind.DELETE), ""),
            List.of());

    String out = render(GithubFormatter::new, r);

    assertThat(out.lines())
        .containsExactly(
            "::error file=db/odd%2Cname%3A1.sql,line=9,title=x-rule::[x-rule] 50%25 of%0Athe rows."
                + " Fix it: now, please. To allow it on purpose, a human can set"
                + " guard.rule.x-rule=allow (or warn) or choose another profile.",
            "1 statement, 1 blocked, 0 warnings");
  }
}
