package io.jdbcguard.spring.boot;

import io.jdbcguard.driver.GuardDriver;
import io.jdbcguard.driver.audit.AuditLog;
import java.util.Locale;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcAccessor;

/**
 * The starter: guards the application's DataSource with the {@code jdbc-guard.*} settings, gives
 * Flyway and Liquibase the migration settings over the same pool, translates refusals into {@link
 * GuardViolationDataAccessException}, and contributes an Actuator health and info entry. The
 * driver's Micrometer meters ({@code jdbc.guard.*}) reach Boot's registry through Micrometer's
 * global registry. {@code jdbc-guard.enabled=false} turns it all off.
 */
@AutoConfiguration
@ConditionalOnClass({DataSource.class, GuardDriver.class})
@ConditionalOnProperty(prefix = "jdbc-guard", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(JdbcGuardProperties.class)
public class JdbcGuardAutoConfiguration {

  /** Static: a post-processor must exist before the DataSource it wraps. */
  @Bean
  @ConditionalOnMissingBean
  public static GuardedDataSources jdbcGuardDataSources() {
    return new GuardedDataSources();
  }

  @Bean
  @ConditionalOnMissingBean
  public static GuardExceptionTranslator jdbcGuardExceptionTranslator() {
    return new GuardExceptionTranslator();
  }

  /** {@code jdbc-guard.audit.level}: the level of the {@value AuditLog#LOGGER_NAME} logger. */
  @Bean
  @ConditionalOnProperty(prefix = "jdbc-guard.audit", name = "level")
  public AuditLevel jdbcGuardAuditLevel(
      JdbcGuardProperties properties, ObjectProvider<LoggingSystem> loggingSystem) {
    LogLevel level = LogLevel.valueOf(properties.getAudit().getLevel().trim().toUpperCase(Locale.ROOT));
    LoggingSystem system = loggingSystem.getIfAvailable();
    if (system != null) {
      system.setLogLevel(AuditLog.LOGGER_NAME, level);
    }
    return new AuditLevel(level);
  }

  /** The audit logger's level the starter set. */
  public record AuditLevel(LogLevel level) {}

  /** JdbcTemplate (and everything built on it): the guard's translator first. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcAccessor.class)
  static class JdbcTemplateTranslation {

    @Bean
    static BeanPostProcessor jdbcGuardJdbcTemplateTranslator() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName)
            throws BeansException {
          if (bean instanceof JdbcAccessor accessor
              && !(accessor.getExceptionTranslator() instanceof GuardSqlExceptionTranslator)) {
            accessor.setExceptionTranslator(
                new GuardSqlExceptionTranslator(accessor.getExceptionTranslator()));
          }
          return bean;
        }
      };
    }
  }

  /** Flyway migrates through the same pool under the migration settings. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({Flyway.class, FlywayConfigurationCustomizer.class})
  static class FlywayMigrations {

    @Bean
    FlywayConfigurationCustomizer jdbcGuardFlywayDataSource(GuardedDataSources guarded) {
      return configuration ->
          configuration.dataSource(
              guarded.forMigration(configuration.getDataSource(), "spring.flyway.url"));
    }
  }

  /** Liquibase migrates through the same pool under the migration settings. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SpringLiquibase.class)
  static class LiquibaseMigrations {

    @Bean
    static BeanPostProcessor jdbcGuardLiquibaseDataSource(ObjectProvider<GuardedDataSources> guarded) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName)
            throws BeansException {
          if (bean instanceof SpringLiquibase liquibase) {
            liquibase.setDataSource(
                guarded.getObject().forMigration(liquibase.getDataSource(), "spring.liquibase.url"));
          }
          return bean;
        }
      };
    }
  }

  /** Actuator: {@code /actuator/health} (jdbcGuard) and {@code /actuator/info} (jdbc-guard). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Actuator {

    @Bean
    @ConditionalOnEnabledHealthIndicator("jdbcGuard")
    JdbcGuardHealthIndicator jdbcGuardHealthIndicator(GuardedDataSources guarded) {
      return new JdbcGuardHealthIndicator(guarded);
    }

    @Bean
    @ConditionalOnEnabledInfoContributor("jdbcGuard")
    @ConditionalOnClass(InfoContributor.class)
    JdbcGuardInfoContributor jdbcGuardInfoContributor(GuardedDataSources guarded) {
      return new JdbcGuardInfoContributor(guarded);
    }
  }
}
