package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApproveOptionsTest {

  private static ApproveOptions parse(String... args) throws UsageException {
    return ApproveOptions.parse(List.of(args), Map.of("DB_PW", "secret"));
  }

  @Test
  void readsEveryOption() throws UsageException {
    ApproveOptions o =
        parse("--url", "jdbc:postgresql://h/db", "--user", "u", "--password-env", "DB_PW",
            "--driver-jar", "pg.jar", "--expires", "2h", "--by", "ann", "--yes",
            "apr-0123456789abcdef");
    assertThat(o.url()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(o.user()).isEqualTo("u");
    assertThat(o.passwordEnv()).isEqualTo("DB_PW");
    assertThat(o.driverJar()).isEqualTo("pg.jar");
    assertThat(o.expires()).isEqualTo(Duration.ofHours(2));
    assertThat(o.by()).isEqualTo("ann");
    assertThat(o.yes()).isTrue();
    assertThat(o.approvalId()).isEqualTo("apr-0123456789abcdef");
  }

  @Test
  void defaultsToOneHourAndAsking() throws UsageException {
    ApproveOptions o = parse("--url", "jdbc:x:y", "apr-0123456789abcdef");
    assertThat(o.expires()).isEqualTo(Duration.ofHours(1));
    assertThat(o.yes()).isFalse();
  }

  @Test
  void readsDurations() throws UsageException {
    assertThat(ApproveOptions.duration("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(ApproveOptions.duration("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(ApproveOptions.duration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(ApproveOptions.duration("PT15M")).isEqualTo(Duration.ofMinutes(15));
    for (String bad : List.of("0m", "-1h", "31d", "soon", "h", "")) {
      assertThatThrownBy(() -> ApproveOptions.duration(bad)).isInstanceOf(UsageException.class);
    }
  }

  @Test
  void refusesAPasswordOnTheCommandLine() {
    assertThatThrownBy(() -> parse("--url", "jdbc:x:y", "--password", "secret", "apr-1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--password-env");
  }

  @Test
  void refusesMissingOrUnsetValues() {
    assertThatThrownBy(() -> parse("apr-0123456789abcdef")).hasMessageContaining("--url");
    assertThatThrownBy(() -> parse("--url", "jdbc:x:y")).hasMessageContaining("approval id");
    assertThatThrownBy(() -> parse("--url", "jdbc:x:y", "--password-env", "NOPE", "apr-1"))
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> parse("--url", "jdbc:x:y", "--frobnicate", "apr-1"))
        .hasMessageContaining("--frobnicate");
    assertThatThrownBy(() -> parse("--url", "jdbc:x:y", "apr-1", "apr-2"))
        .hasMessageContaining("one approval id");
  }

  @Test
  void listNeedsNoId() throws UsageException {
    assertThat(parse("--url", "jdbc:x:y", "--list").list()).isTrue();
  }
}
