package io.jdbcguard.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  private static ServerOptions parse(String... args) throws ServerOptions.UsageException {
    return ServerOptions.parse(List.of(args), Map.of("DB_PW", "secret"));
  }

  @Test
  void readsTheOptionsAndTurnsApprovalsOn() throws Exception {
    ServerOptions o =
        parse("--url", "jdbc:postgresql://h/db", "--user", "agent", "--password-env", "DB_PW",
            "--max-rows", "50", "--timeout", "5", "guard.maxAffectedRows=500");
    assertThat(o.realUrl()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(o.user()).isEqualTo("agent");
    assertThat(o.passwordEnv()).isEqualTo("DB_PW");
    assertThat(o.maxRows()).isEqualTo(50);
    assertThat(o.timeoutSeconds()).isEqualTo(5);
    assertThat(o.guardSettings())
        .containsEntry("guard.approvals", "on")
        .containsEntry("guard.profile", "agent")
        .containsEntry("guard.maxAffectedRows", "500");
    assertThat(o.rowLimit()).isEqualTo(500);
  }

  @Test
  void sandboxIsTheAgentProfileInSandboxMode() throws Exception {
    ServerOptions o = parse("--url", "jdbc:mariadb://h/db", "--profile", "sandbox");
    assertThat(o.guardSettings())
        .containsEntry("guard.profile", "agent")
        .containsEntry("guard.mode", "sandbox");
  }

  @Test
  void guardSettingsWinOverTheDefaultsAndMayBeSpelledAsOptions() throws Exception {
    ServerOptions o =
        parse("--url", "jdbc:guard:postgresql://h/db", "--guard.approvals=off", "--profile", "read-only");
    assertThat(o.guardSettings())
        .containsEntry("guard.approvals", "off")
        .containsEntry("guard.profile", "read-only");
    assertThat(o.realUrl()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(o.rowLimit()).isEqualTo(1000);
  }

  @Test
  void neverTakesAPasswordOnTheCommandLine() {
    assertThatThrownBy(() -> parse("--url", "jdbc:x://h/db", "--password", "secret"))
        .hasMessageContaining("--password-env");
    assertThatThrownBy(() -> parse("--url", "jdbc:x://h/db", "--password-env", "UNSET"))
        .hasMessageContaining("UNSET");
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> parse("--user", "u")).hasMessageContaining("--url");
    assertThatThrownBy(() -> parse("--url", "jdbc:x://h/db", "--profile", "yolo"))
        .hasMessageContaining("agent, read-only, sandbox or migration");
    assertThatThrownBy(() -> parse("--url", "jdbc:x://h/db", "--max-rows", "100000"))
        .hasMessageContaining("--max-rows");
    assertThatThrownBy(() -> parse("--url", "jdbc:x://h/db", "--timeout", "soon"))
        .hasMessageContaining("--timeout");
    assertThatThrownBy(() -> parse("--url", "jdbc:x://h/db", "stray"))
        .hasMessageContaining("unknown argument stray");
    assertThatThrownBy(() -> parse("--url")).hasMessageContaining("needs a value");
  }

  @Test
  void helpNeedsNothingElse() throws Exception {
    assertThat(parse("--help").help()).isTrue();
  }
}
