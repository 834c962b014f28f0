package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("policy.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static GuardConfig resolve(Map<String, String> url, Map<String, String> properties)
      throws SQLException {
    return GuardConfig.resolve(SettingSources.of(url, properties), Dialect.POSTGRES, null);
  }

  @Test
  void readsGuardSettingsFromAFileBelowTheUrlAndTheProperties() throws Exception {
    Path file =
        write("# ops\nguard.maxAffectedRows = 50\nguard.mode=sandbox\nguard.rule.truncate=warn\n");

    GuardConfig fromFile = resolve(Map.of("guard.policyFile", file.toString()), Map.of());
    assertThat(fromFile.writes().maxAffectedRows()).isEqualTo(50);
    assertThat(fromFile.writes().sandbox()).isTrue();
    assertThat(fromFile.policy().ruleActions()).containsEntry("truncate", Action.WARN);

    GuardConfig overridden =
        resolve(
            Map.of("guard.maxAffectedRows", "7"),
            Map.of("guard.policyFile", file.toString(), "guard.mode", "enforce"));
    assertThat(overridden.writes().maxAffectedRows()).isEqualTo(7);
    assertThat(overridden.writes().sandbox()).isFalse();
  }

  @Test
  void readsAClasspathResource() throws SQLException {
    GuardConfig config =
        resolve(Map.of("guard.policyFile", "classpath:policies/strict.properties"), Map.of());

    assertThat(config.writes().maxAffectedRows()).isEqualTo(25);
    assertThat(config.policy().ruleActions()).containsEntry("delete-without-where", Action.DRY_RUN);
  }

  @Test
  void aMissingFileIsAConfigurationError() {
    assertThatThrownBy(
            () -> resolve(Map.of("guard.policyFile", "classpath:no/such.properties"), Map.of()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no/such.properties")
        .hasMessageContaining("does not exist")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void anUnknownKeyOrABadValueInTheFileNamesTheFile() throws Exception {
    Path unknown = write("guard.maxRows=5\n");
    assertThatThrownBy(() -> resolve(Map.of("guard.policyFile", unknown.toString()), Map.of()))
        .hasMessageContaining("unknown setting guard.maxRows")
        .hasMessageContaining("policy file");

    Path bad = write("guard.profile=lenient\n");
    assertThatThrownBy(() -> resolve(Map.of("guard.policyFile", bad.toString()), Map.of()))
        .hasMessageContaining("'lenient'")
        .hasMessageContaining("guard.profile")
        .hasMessageContaining("policy file " + bad);
  }

  @Test
  void aFileHoldsOnlyGuardSettingsAndNamesNoOtherFile() throws Exception {
    Path foreign = write("user=app\n");
    assertThatThrownBy(() -> resolve(Map.of("guard.policyFile", foreign.toString()), Map.of()))
        .hasMessageContaining("only guard.* settings");

    Path nested = write("guard.policyFile=other.properties\n");
    assertThatThrownBy(() -> resolve(Map.of("guard.policyFile", nested.toString()), Map.of()))
        .hasMessageContaining("names another policy file");
  }
}
