package io.jdbcguard.spring.boot;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code jdbcGuard} in {@code /actuator/health}: UP while the starter guards at least one
 * DataSource, with the profile in force; OUT_OF_SERVICE when there is a DataSource it does not
 * guard (turned off, or nothing to wrap), so a deployment that lost its guard is visible.
 */
public class JdbcGuardHealthIndicator extends AbstractHealthIndicator {

  private final GuardedDataSources guarded;

  public JdbcGuardHealthIndicator(GuardedDataSources guarded) {
    super("jdbc-guard health check failed");
    this.guarded = guarded;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    JdbcGuardProperties properties = guarded.properties();
    int count = guarded.guardedCount();
    (count > 0 ? builder.up() : builder.outOfService())
        .withDetail("guardedDataSources", count)
        .withDetail("profile", properties.getProfile() == null ? "agent" : properties.getProfile())
        .withDetail("migrationProfile", properties.getMigration().getProfile());
  }
}
