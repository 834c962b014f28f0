package io.jdbcguard.driver.integration;

import io.jdbcguard.driver.GuardDriver;
import io.jdbcguard.driver.config.GuardUrl;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets {@code spring.datasource.url=jdbc:guard:...} suffice in Spring Boot. Boot picks the driver
 * class from the URL with a fixed list of known prefixes ({@code DatabaseDriver.fromJdbcUrl}), to
 * which nothing can be added, and fails with "Failed to determine a suitable driver class" for
 * {@code jdbc:guard:}. This post-processor, registered in {@code META-INF/spring.factories},
 * supplies {@code driver-class-name=io.jdbcguard.driver.GuardDriver} for {@code spring.datasource},
 * {@code spring.flyway} and {@code spring.liquibase} wherever the URL is a guard URL and no driver
 * class is set. It adds a property source of the lowest precedence, so any setting of the
 * application's wins.
 */
public final class SpringBootDriverClass implements EnvironmentPostProcessor, Ordered {

  /** The name of the property source this adds. */
  public static final String SOURCE_NAME = "jdbc-guard-driver-class";

  private static final String[] PREFIXES = {"spring.datasource", "spring.flyway", "spring.liquibase"};

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    for (String prefix : PREFIXES) {
      String url = environment.getProperty(prefix + ".url");
      String driverKey = prefix + ".driver-class-name";
      if (url != null && GuardUrl.accepts(url.trim()) && !hasText(environment.getProperty(driverKey))) {
        defaults.put(driverKey, GuardDriver.class.getName());
      }
    }
    if (!defaults.isEmpty()) {
      environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
  }

  /** After Boot has read the application's configuration files. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
