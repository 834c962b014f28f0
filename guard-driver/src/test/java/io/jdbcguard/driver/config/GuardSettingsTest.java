package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GuardSettingsTest {

  @Test
  void passesEveryOtherPropertyOnAndNoGuardKey() {
    Properties defaults = new Properties();
    defaults.setProperty("ssl", "false");
    defaults.setProperty("guard.profile", "agent");
    Properties info = new Properties(defaults);
    info.setProperty("user", "app");
    info.setProperty("password", "secret");
    info.setProperty("guard.dialect", "mysql");
    info.put("loginTimeout", 5);

    Properties passOn = GuardSettings.withoutGuardKeys(info);

    assertThat(passOn)
        .containsEntry("user", "app")
        .containsEntry("password", "secret")
        .containsEntry("ssl", "false")
        .containsEntry("loginTimeout", 5)
        .doesNotContainKeys("guard.dialect", "guard.profile");
  }

  @Test
  void neverModifiesTheCallersProperties() {
    Properties info = new Properties();
    info.setProperty("user", "app");
    info.setProperty("guard.dialect", "mysql");

    GuardSettings.withoutGuardKeys(info);
    GuardSettings.merge(Map.of("guard.unwrap", "allow"), info);

    assertThat(info).hasSize(2).containsEntry("guard.dialect", "mysql");
  }

  @Test
  void mergeCollectsOnlyGuardKeys() {
    Properties info = new Properties();
    info.setProperty("user", "app");
    info.setProperty("guard.dialect", "mysql");

    assertThat(GuardSettings.merge(Map.of(), info)).containsOnlyKeys("guard.dialect");
  }

  @Test
  void handlesNullProperties() {
    assertThat(GuardSettings.withoutGuardKeys(null)).isEmpty();
    assertThat(GuardSettings.merge(Map.of("guard.unwrap", "allow"), null))
        .containsOnlyKeys("guard.unwrap");
  }
}
