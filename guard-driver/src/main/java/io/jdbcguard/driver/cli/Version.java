package io.jdbcguard.driver.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, from the Maven descriptor that the jar (and the shaded jar) carry. */
final class Version {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.jdbcguard/guard-driver/pom.properties";

  private Version() {}

  /** The version, or {@code unknown} when running from classes outside a jar. */
  static String current() {
    try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version.trim();
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }
}
