package io.jdbcguard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.jdbcguard.examples.testing.ExamplePostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link AuditLogExample} (a HikariCP pool configured with only the {@code jdbc:guard:} URL)
 * against PostgreSQL ({@link ExamplePostgres}: {@code JDBC_GUARD_PG_*}, the local default or a
 * container; skipped without one, a failure when {@code CI=true}).
 */
class AuditLogExampleIT {

  private static ExamplePostgres pg;

  @BeforeAll
  static void needsPostgres() {
    pg = ExamplePostgres.get();
  }

  /** Puts back the module's quiet logback.xml for the ITs that run after this one. */
  @AfterAll
  static void restoreLogging() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(AuditLogExampleIT.class.getResource("/logback.xml"));
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
      AuditLogExample.run(pg.url(), pg.user(), pg.password());
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    return out.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
  }
}
