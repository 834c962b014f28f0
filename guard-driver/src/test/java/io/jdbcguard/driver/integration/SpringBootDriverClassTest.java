package io.jdbcguard.driver.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SpringBootDriverClassTest {

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
    return environment;
  }

  private static StandardEnvironment processed(Map<String, Object> properties) {
    StandardEnvironment environment = environment(properties);
    new SpringBootDriverClass().postProcessEnvironment(environment, null);
    return environment;
  }

  @Test
  void suppliesTheDriverClassForAGuardDatasourceUrl() {
    StandardEnvironment env =
        processed(Map.of("spring.datasource.url", "jdbc:guard:postgresql://db/shop"));

    assertThat(env.getProperty("spring.datasource.driver-class-name"))
        .isEqualTo("io.jdbcguard.driver.GuardDriver");
  }

  @Test
  void suppliesItForFlywayAndLiquibaseUrlsToo() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.flyway.url", "jdbc:guard:mariadb://db/shop?guard.profile=migration");
    properties.put("spring.liquibase.url", " jdbc:guard:postgresql://db/shop");
    StandardEnvironment env = processed(properties);

    assertThat(env.getProperty("spring.flyway.driver-class-name")).isEqualTo("io.jdbcguard.driver.GuardDriver");
    assertThat(env.getProperty("spring.liquibase.driver-class-name")).isEqualTo("io.jdbcguard.driver.GuardDriver");
    assertThat(env.getProperty("spring.datasource.driver-class-name")).isNull();
  }

  @Test
  void leavesPlainUrlsAlone() {
    StandardEnvironment env =
        processed(Map.of("spring.datasource.url", "jdbc:postgresql://db/shop"));

    assertThat(env.getProperty("spring.datasource.driver-class-name")).isNull();
    assertThat(env.getPropertySources().contains(SpringBootDriverClass.SOURCE_NAME)).isFalse();
  }

  @Test
  void anExplicitDriverClassWins() {
    StandardEnvironment env =
        processed(
            Map.of(
                "spring.datasource.url", "jdbc:guard:postgresql://db/shop",
                "spring.datasource.driver-class-name", "com.example.MyDriver"));

    assertThat(env.getProperty("spring.datasource.driver-class-name")).isEqualTo("com.example.MyDriver");
  }

  @Test
  void anUpperCaseGuardPrefixIsNotAGuardUrl() {
    // the driver itself accepts only the exact prefix jdbc:guard:
    StandardEnvironment env =
        processed(Map.of("spring.datasource.url", "JDBC:GUARD:postgresql://db/shop"));

    assertThat(env.getProperty("spring.datasource.driver-class-name")).isNull();
  }

  @Test
  void isRegisteredForSpringBoot() throws Exception {
    try (var in = getClass().getResourceAsStream("/META-INF/spring.factories")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("org.springframework.boot.env.EnvironmentPostProcessor=" + SpringBootDriverClass.class.getName());
    }
  }
}
