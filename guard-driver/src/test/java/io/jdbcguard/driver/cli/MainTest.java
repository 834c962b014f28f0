package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void printsUsageToStandardErrorAndExitsTwoWithoutACommand() {
    CliRun run = CliRun.of();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Usage: ").contains("check");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void printsUsageAndExitsZeroForHelp() {
    CliRun run = CliRun.of("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: ").contains("check");
  }

  @Test
  void rejectsAnUnknownCommandNamingTheKnownOnes() {
    CliRun run = CliRun.of("lint", "a.sql");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("jdbc-guard: unknown command 'lint'; expected check or approve (see --help)" + System.lineSeparator());
  }

  @Test
  void printsTheVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).matches("jdbc-guard \\S+\\R");
  }
}
