package io.jdbcguard.driver.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Collects the {@code guard.*} settings of one connect call and keeps them away from the real
 * driver. The caller's {@code Properties} are never modified (pools reuse them for every
 * connection).
 */
public final class GuardSettings {

  private GuardSettings() {}

  /**
   * The effective settings: the {@code guard.*} connection properties (including a Properties'
   * defaults), overridden by the URL's {@code guard.*} parameters.
   */
  public static Map<String, String> merge(Map<String, String> fromUrl, Properties info) {
    Map<String, String> merged = new LinkedHashMap<>();
    if (info != null) {
      for (String name : info.stringPropertyNames()) {
        if (GuardProperty.isGuardKey(name)) {
          merged.put(name, info.getProperty(name));
        }
      }
      info.forEach(
          (key, value) -> {
            if (GuardProperty.isGuardKey(key) && value != null && !(value instanceof String)) {
              merged.put((String) key, String.valueOf(value));
            }
          });
    }
    merged.putAll(fromUrl);
    return merged;
  }

  /** A copy of {@code info} (defaults flattened in) without any {@code guard.*} key. */
  public static Properties withoutGuardKeys(Properties info) {
    Properties copy = new Properties();
    if (info == null) {
      return copy;
    }
    for (String name : info.stringPropertyNames()) {
      copy.setProperty(name, info.getProperty(name));
    }
    copy.putAll(info);
    copy.keySet().removeIf(GuardProperty::isGuardKey);
    return copy;
  }
}
