package io.jdbcguard.spring.boot;

import io.jdbcguard.driver.GuardDataSource;
import io.jdbcguard.driver.config.GuardUrl;
import io.jdbcguard.rules.Dialect;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Wraps every DataSource bean (whatever Boot or the application built: HikariCP by default) in a
 * {@link GuardDataSource} with the {@code jdbc-guard.*} settings, and hands Flyway and Liquibase a
 * guard of their own over the same pool with the migration settings. A DataSource whose URL
 * ({@code spring.datasource.url}) is already a {@code jdbc:guard:} URL is left as it is: the driver
 * guards it.
 */
public class GuardedDataSources implements BeanPostProcessor, EnvironmentAware, Ordered {

  private final Map<DataSource, DataSource> rawByGuarded =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<DataSource, DataSource> migrationByRaw =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private JdbcGuardProperties properties = new JdbcGuardProperties();
  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
    this.properties =
        Binder.get(environment)
            .bind("jdbc-guard", JdbcGuardProperties.class)
            .orElseGet(JdbcGuardProperties::new);
  }

  /** After every other post-processor: the guard is the outermost wrapper. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName)
      throws BeansException {
    if (!(bean instanceof DataSource) || bean instanceof GuardDataSource || !properties.isEnabled()) {
      return bean;
    }
    if (urlIsGuarded("spring.datasource.url")) {
      return bean;
    }
    try {
      GuardDataSource guarded =
          new GuardDataSource((DataSource) bean, dialect(), properties.applicationSettings());
      rawByGuarded.put(guarded, (DataSource) bean);
      return guarded;
    } catch (SQLException e) {
      throw new BeanCreationException(beanName, "jdbc-guard: " + e.getMessage(), e);
    }
  }

  /**
   * The DataSource a migration tool should use instead of {@code dataSource}: the same pool, guarded
   * with the migration settings. Unchanged when migrations are not configured separately, when the
   * tool's own URL ({@code urlKey}) is a guard URL, or when {@code dataSource} is a guard the
   * application built itself.
   */
  public DataSource forMigration(DataSource dataSource, String urlKey) {
    if (dataSource == null || !properties.isEnabled() || !properties.getMigration().isEnabled()) {
      return dataSource;
    }
    if (urlKey != null && urlIsGuarded(urlKey)) {
      return dataSource;
    }
    DataSource raw = rawByGuarded.get(dataSource);
    if (raw == null) {
      if (dataSource instanceof GuardDataSource || urlIsGuarded("spring.datasource.url")) {
        return dataSource;
      }
      raw = dataSource;
    }
    return migrationByRaw.computeIfAbsent(raw, this::migrationGuard);
  }

  private DataSource migrationGuard(DataSource pool) {
    try {
      return new GuardDataSource(pool, dialect(), properties.migrationSettings());
    } catch (SQLException e) {
      throw new IllegalStateException("jdbc-guard (migration settings): " + e.getMessage(), e);
    }
  }

  /** How many DataSources the starter guards. */
  public int guardedCount() {
    return rawByGuarded.size();
  }

  /** The settings in force (bound from {@code jdbc-guard.*}). */
  public JdbcGuardProperties properties() {
    return properties;
  }

  private boolean urlIsGuarded(String key) {
    String url = environment == null ? null : environment.getProperty(key);
    return url != null && GuardUrl.accepts(url.trim());
  }

  private Dialect dialect() {
    String url = environment == null ? null : environment.getProperty("spring.datasource.url");
    return Dialect.forJdbcUrl(url == null ? null : url.trim());
  }
}
