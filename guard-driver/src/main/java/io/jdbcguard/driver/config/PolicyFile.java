package io.jdbcguard.driver.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads {@code guard.policyFile}: a Java properties file (UTF-8) of {@code guard.*} settings, the
 * same keys as in a URL, from a file path or from the class path ({@code classpath:name}).
 *
 * <pre>
 * # jdbc-guard policy for the reporting service
 * guard.profile=read-only
 * guard.maxAffectedRows=500
 * guard.protect=*prod*
 * </pre>
 */
public final class PolicyFile {

  /** The prefix of a class path location. */
  public static final String CLASSPATH = "classpath:";

  private PolicyFile() {}

  /**
   * The settings in the file, validated for their keys (values are validated with the others).
   *
   * @throws SQLException naming the location if it cannot be read, holds a key that is not a guard
   *     setting, or names another policy file
   */
  public static Map<String, String> load(String location) throws SQLException {
    String where = location == null ? "" : location.trim();
    if (where.isEmpty()) {
      throw GuardProperty.POLICY_FILE.invalid(GuardProperty.POLICY_FILE.key(), location);
    }
    Properties properties = new Properties();
    try (InputStream in = open(where);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw GuardProperty.configError(
          "the policy file " + where + " (guard.policyFile) does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw GuardProperty.configError(
          "cannot read the policy file " + where + " (guard.policyFile): " + e.getMessage());
    }
    Map<String, String> settings = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      String key = name.trim();
      if (!GuardProperty.isGuardKey(key)) {
        throw GuardProperty.configError(
            "the policy file " + where + " holds " + key + "; it may hold only guard.* settings");
      }
      GuardProperty property;
      try {
        property = GuardProperty.forKey(key);
      } catch (SQLException unknown) {
        throw GuardProperty.configError(
            unknown.getMessage().substring("jdbc-guard: ".length())
                + " (in the policy file "
                + where
                + ")");
      }
      if (property == GuardProperty.POLICY_FILE) {
        throw GuardProperty.configError(
            "the policy file "
                + where
                + " names another policy file; set guard.policyFile only"
                + " in the URL or the connection properties");
      }
      settings.put(key, properties.getProperty(name).trim());
    }
    return settings;
  }

  private static InputStream open(String where) throws IOException {
    if (!where.startsWith(CLASSPATH)) {
      return Files.newInputStream(Path.of(where));
    }
    String name = where.substring(CLASSPATH.length());
    name = name.startsWith("/") ? name.substring(1) : name;
    URL resource = null;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      resource = context.getResource(name);
    }
    if (resource == null) {
      resource = PolicyFile.class.getClassLoader().getResource(name);
    }
    if (resource == null) {
      throw new NoSuchFileException(where);
    }
    return resource.openStream();
  }
}
