package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link AuditLogExample} against PostgreSQL ({@code JDBC_GUARD_PG_*} or the local default);
 * without a reachable server it is skipped, or fails when {@code CI=true}.
 */
class AuditLogExampleIT {

  private static final String URL =
      env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = env("JDBC_GUARD_PG_USER", "postgres");
  private static final String PASSWORD = env("JDBC_GUARD_PG_PASSWORD", "");

  @BeforeAll
  static void needsPostgres() {
    try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
      return;
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + URL + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true, so this is a failure: " + message, e);
      }
      Assumptions.abort("Skipped: " + message);
    }
  }

  @Test
  void printsOneJsonLinePerDecisionWithoutLiterals() throws Exception {
    List<String> lines = captureStdout();

    assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    assertThat(lines.get(0))
        .contains("\"level\":\"DEBUG\"")
        .contains("\"loggerName\":\"io.jdbcguard.audit\"")
        .contains("{\"action\":\"allow\"}")
        .contains("\"connection\":\"conn-");
    assertThat(lines.get(1))
        .contains("\"level\":\"WARN\"")
        .contains("{\"action\":\"block\"}")
        .contains("\"fingerprint\":")
        .contains("\"micros\":");
    assertThat(String.join("\n", lines))
        .doesNotContain("alice@example.com")
        .doesNotContain("hello");
  }

  private static List<String> captureStdout() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      AuditLogExample.configureLogback();
      AuditLogExample.run(URL, USER, PASSWORD);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    original.print(out);
    return out.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
