package io.jdbcguard.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings, {@code jdbc-guard.*}. Each maps to one {@code guard.*} key of the driver
 * (docs/configuration.md), applied to the application's DataSource; {@code jdbc-guard.migration.*}
 * are the settings Flyway and Liquibase get instead.
 *
 * <pre>
 * jdbc-guard.profile=agent                      # guard.profile
 * jdbc-guard.rules.null-comparison=warn         # guard.rule.null-comparison
 * jdbc-guard.max-affected-rows=1000             # guard.maxAffectedRows
 * jdbc-guard.protect=*prod*                     # guard.protect
 * jdbc-guard.audit.level=debug                  # the io.jdbcguard.audit logger: debug logs allowed statements too
 * jdbc-guard.settings.cacheSize=5000            # any other guard.* key
 * jdbc-guard.migration.profile=migration        # Flyway's and Liquibase's profile (the default)
 * </pre>
 */
@ConfigurationProperties(prefix = "jdbc-guard")
public class JdbcGuardProperties {

  /** Whether the starter guards the application's DataSource at all. */
  private boolean enabled = true;

  /** The dialect (postgres, mysql, generic); by default taken from spring.datasource.url. */
  private String dialect;

  /** The profile: agent (the default), migration, read-only, audit. */
  private String profile;

  /** Rule actions by rule id: allow, warn, block, dry-run. */
  private Map<String, String> rules = new LinkedHashMap<>();

  /** The row limit for one write (guard.maxAffectedRows; 0: none). */
  private Long maxAffectedRows;

  /** guard.mode: enforce (the default) or sandbox. */
  private String mode;

  /** guard.dryRun: the statement kinds routed to a dry run. */
  private String dryRun;

  /** guard.protect: URL patterns of databases on which no setting may loosen the guard. */
  private String protect;

  /** guard.policyFile: a properties file with guard.* settings. */
  private String policyFile;

  /** Any other guard.* key, with or without its "guard." prefix. */
  private Map<String, String> settings = new LinkedHashMap<>();

  private final Audit audit = new Audit();

  private final Migration migration = new Migration();

  /** The audit log (logger io.jdbcguard.audit). */
  public static class Audit {

    /**
     * The audit logger's level: warn (refusals and warnings), info (also measured writes), debug
     * (also every allowed statement), off. Unset: left to the logging configuration.
     */
    private String level;

    public String getLevel() {
      return level;
    }

    public void setLevel(String level) {
      this.level = level;
    }
  }

  /** What Flyway and Liquibase run under. */
  public static class Migration {

    /** Whether Flyway and Liquibase get their own guarded DataSource (else the application's). */
    private boolean enabled = true;

    /** Their profile; migration by default. */
    private String profile = "migration";

    /** Rule actions by rule id, for migrations only. */
    private Map<String, String> rules = new LinkedHashMap<>();

    /** Their row limit; by default the driver's. */
    private Long maxAffectedRows;

    /** Any other guard.* key, for migrations only. */
    private Map<String, String> settings = new LinkedHashMap<>();

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getProfile() {
      return profile;
    }

    public void setProfile(String profile) {
      this.profile = profile;
    }

    public Map<String, String> getRules() {
      return rules;
    }

    public void setRules(Map<String, String> rules) {
      this.rules = rules;
    }

    public Long getMaxAffectedRows() {
      return maxAffectedRows;
    }

    public void setMaxAffectedRows(Long maxAffectedRows) {
      this.maxAffectedRows = maxAffectedRows;
    }

    public Map<String, String> getSettings() {
      return settings;
    }

    public void setSettings(Map<String, String> settings) {
      this.settings = settings;
    }
  }

  /** The guard.* settings for the application's DataSource. */
  public Properties applicationSettings() {
    Properties p = new Properties();
    shared(p);
    put(p, "guard.profile", profile);
    put(p, "guard.mode", mode);
    put(p, "guard.dryRun", dryRun);
    put(p, "guard.maxAffectedRows", maxAffectedRows);
    rules.forEach((id, action) -> put(p, "guard.rule." + id, action));
    settings.forEach((key, value) -> put(p, guardKey(key), value));
    return p;
  }

  /**
   * The guard.* settings for Flyway and Liquibase: the application's dialect, protection and
   * policy file, with the migration profile, rules and limits.
   */
  public Properties migrationSettings() {
    Properties p = new Properties();
    shared(p);
    put(p, "guard.profile", migration.profile);
    put(p, "guard.maxAffectedRows", migration.maxAffectedRows);
    migration.rules.forEach((id, action) -> put(p, "guard.rule." + id, action));
    migration.settings.forEach((key, value) -> put(p, guardKey(key), value));
    return p;
  }

  private void shared(Properties p) {
    put(p, "guard.dialect", dialect);
    put(p, "guard.protect", protect);
    put(p, "guard.policyFile", policyFile);
  }

  private static String guardKey(String key) {
    return key.startsWith("guard.") ? key : "guard." + key;
  }

  private static void put(Properties p, String key, Object value) {
    if (value != null && !value.toString().isBlank()) {
      p.setProperty(key, value.toString().trim());
    }
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getDialect() {
    return dialect;
  }

  public void setDialect(String dialect) {
    this.dialect = dialect;
  }

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public Map<String, String> getRules() {
    return rules;
  }

  public void setRules(Map<String, String> rules) {
    this.rules = rules;
  }

  public Long getMaxAffectedRows() {
    return maxAffectedRows;
  }

  public void setMaxAffectedRows(Long maxAffectedRows) {
    this.maxAffectedRows = maxAffectedRows;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getDryRun() {
    return dryRun;
  }

  public void setDryRun(String dryRun) {
    this.dryRun = dryRun;
  }

  public String getProtect() {
    return protect;
  }

  public void setProtect(String protect) {
    this.protect = protect;
  }

  public String getPolicyFile() {
    return policyFile;
  }

  public void setPolicyFile(String policyFile) {
    this.policyFile = policyFile;
  }

  public Map<String, String> getSettings() {
    return settings;
  }

  public void setSettings(Map<String, String> settings) {
    this.settings = settings;
  }

  public Audit getAudit() {
    return audit;
  }

  public Migration getMigration() {
    return migration;
  }
}
