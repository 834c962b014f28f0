package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, for real: {@code java -jar guard-examples-<version>-demo.jar} in a
 * fresh JVM, with nothing on the class path but the jar. It must exit 0, print the session and
 * nothing on standard error (no logging noise, no stack trace), and the docs must show exactly what
 * it prints: when the output changes (the row limit arrives, a message is reworded), update the run
 * in docs/getting-started.md and the summary in README.md. Needs no database server.
 */
class QuickStartDemoJarIT {

  @Test
  void theDemoJarRunsTheSessionOnItsOwn() throws Exception {
    String location = System.getProperty("jdbcguard.it.demoJar");
    assertThat(location).as("system property jdbcguard.it.demoJar (set by Failsafe)").isNotNull();
    Path jar = Path.of(location);
    assertThat(jar).exists();
    Path stdout = Files.createTempFile("quick-start", ".out");
    Path stderr = Files.createTempFile("quick-start", ".err");
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process process =
          new ProcessBuilder(java, "-jar", jar.toString())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
              .start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished within 2 minutes").isTrue();
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      String err = Files.readString(stderr, StandardCharsets.UTF_8);

      assertThat(process.exitValue()).as(err).isZero();
      assertThat(err).isBlank();
      assertThat(out)
          .startsWith("jdbc-guard quick start")
          .contains("  jdbc:guard:h2:mem:demo;MODE=PostgreSQL;")
          .contains("BLOCKED  [null-comparison]")
          .contains("BLOCKED  [update-without-where]")
          .contains("BLOCKED  [where-always-true]")
          .contains("BLOCKED  [truncate]")
          .contains("BLOCKED  [drop-object]")
          .contains("ALLOWED  12 rows deleted")
          .contains("blocked statements changed nothing. orders: 5000 rows after the load, 4988 now:");
      // the docs show this very run: the whole of it in getting started, its summary in the README
      Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
      assertThat(Files.readString(root.resolve("docs/getting-started.md")))
          .as("docs/getting-started.md shows the demo's real output")
          .contains(out.strip());
      String summary = out.substring(out.indexOf("Summary:"), out.indexOf("\n\nNext:"));
      assertThat(Files.readString(root.resolve("README.md")).replace("\n   ", "\n"))
          .as("README.md shows the demo's real summary")
          .contains(summary);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** The README's first command names the jar this build makes (and the docs repeat it). */
  @Test
  void theReadmeAndGettingStartedRunThisJar() throws Exception {
    String jarName = Path.of(System.getProperty("jdbcguard.it.demoJar")).getFileName().toString();
    String command =
        "./mvnw -q -B -ntp -DskipTests package && java -jar guard-examples/target/" + jarName;
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    assertThat(Files.readString(root.resolve("README.md"))).contains(command);
    assertThat(Files.readString(root.resolve("docs/getting-started.md"))).contains(command);
    assertThat(Files.readString(root.resolve("docs/examples.md"))).contains(command);
  }

  private static String nullDevice() {
    return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
  }
}
