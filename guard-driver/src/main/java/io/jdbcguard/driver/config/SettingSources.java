package io.jdbcguard.driver.config;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code guard.*} settings of one connection, kept apart by where they came from, so that
 * precedence and {@code guard.protect} can be applied: the URL wins over the connection properties,
 * which win over the policy file, which wins over the defaults.
 *
 * @param url the URL's {@code guard.*} parameters
 * @param properties the {@code guard.*} connection properties (or {@code GuardDataSource} settings)
 * @param file the policy file's settings (empty without {@code guard.policyFile})
 * @param fileLocation where the policy file came from, or null
 */
public record SettingSources(
    Map<String, String> url,
    Map<String, String> properties,
    Map<String, String> file,
    String fileLocation) {

  /** One source, named for error messages. */
  public record Source(String name, Map<String, String> settings) {}

  public SettingSources {
    url = Map.copyOf(url);
    properties = Map.copyOf(properties);
    file = Map.copyOf(file);
  }

  /**
   * Collects the sources and reads the policy file named by {@code guard.policyFile} (URL first,
   * then properties).
   *
   * @throws SQLException if the policy file cannot be read or holds a bad key
   */
  public static SettingSources of(Map<String, String> url, Map<String, String> properties)
      throws SQLException {
    String key = GuardProperty.POLICY_FILE.key();
    String location = url.containsKey(key) ? url.get(key) : properties.get(key);
    Map<String, String> file = location == null ? Map.of() : PolicyFile.load(location);
    return new SettingSources(url, properties, file, location);
  }

  /** The sources, strongest first. */
  public List<Source> inPrecedence() {
    return List.of(
        new Source("the URL", url),
        new Source("the connection properties", properties),
        new Source("the policy file " + Objects.toString(fileLocation, ""), file));
  }

  /** Every setting with its winning value: URL over properties over policy file. */
  public Map<String, String> merged() {
    Map<String, String> merged = new LinkedHashMap<>(file);
    merged.putAll(properties);
    merged.putAll(url);
    return merged;
  }
}
