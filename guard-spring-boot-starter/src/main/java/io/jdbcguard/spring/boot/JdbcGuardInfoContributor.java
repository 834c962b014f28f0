package io.jdbcguard.spring.boot;

import io.jdbcguard.driver.GuardDriver;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** {@code jdbc-guard} in {@code /actuator/info}: the version and the settings in force. */
public class JdbcGuardInfoContributor implements InfoContributor {

  private final GuardedDataSources guarded;

  public JdbcGuardInfoContributor(GuardedDataSources guarded) {
    this.guarded = guarded;
  }

  @Override
  public void contribute(Info.Builder builder) {
    JdbcGuardProperties properties = guarded.properties();
    Map<String, Object> details = new LinkedHashMap<>();
    String version = GuardDriver.class.getPackage().getImplementationVersion();
    details.put("version", version == null ? "unknown" : version);
    details.put("guardedDataSources", guarded.guardedCount());
    details.put("settings", new java.util.TreeMap<>(properties.applicationSettings()));
    details.put("migrationSettings", new java.util.TreeMap<>(properties.migrationSettings()));
    builder.withDetail("jdbc-guard", details);
  }
}
