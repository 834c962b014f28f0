package io.jdbcguard.driver.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AuditLogTest {

  private static final String RAW_SQL =
      "DELETE FROM users WHERE email = 'alice@example.com' OR 1=1";
  private static final String FINGERPRINT = "DELETE FROM users WHERE email = ? OR ? = ?";

  private final Logger logger = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Level previousLevel;
  private final AuditLog audit = new AuditLog();

  @BeforeEach
  void capture() {
    previousLevel = logger.getLevel();
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void release() {
    logger.detachAppender(events);
    logger.setLevel(previousLevel);
  }

  private static Verdict verdict(Action action) {
    List<Finding> findings =
        action == Action.ALLOW
            ? List.of()
            : List.of(
                new Finding("where-always-true", action, RAW_SQL, "Matches every row.", "Fix it."));
    return Verdict.of(findings, List.of(StatementKind.DELETE), FINGERPRINT);
  }

  private static Map<String, Object> keyValues(ILoggingEvent event) {
    return event.getKeyValuePairs().stream()
        .collect(Collectors.toMap(kv -> kv.key, kv -> kv.value));
  }

  @Test
  void logsARefusalAtWarnWithStructuredFields() {
    logger.setLevel(Level.INFO);

    audit.refused(verdict(Action.BLOCK), 12_345, "conn-7");

    assertThat(events.list).hasSize(1);
    ILoggingEvent event = events.list.get(0);
    assertThat(event.getLevel()).isEqualTo(Level.WARN);
    assertThat(event.getLoggerName()).isEqualTo("io.jdbcguard.audit");
    assertThat(keyValues(event))
        .containsEntry("action", "block")
        .containsEntry("rules", "where-always-true")
        .containsEntry("fingerprint", FINGERPRINT)
        .containsEntry("micros", 12L)
        .containsEntry("connection", "conn-7");
  }

  @Test
  void neverLogsRawSqlLiterals() {
    logger.setLevel(Level.DEBUG);

    audit.refused(verdict(Action.BLOCK), 1_000, "conn-1");
    audit.warned(verdict(Action.WARN), 1_000, "conn-1");
    audit.allowed(verdict(Action.ALLOW), 1_000, "conn-1");

    assertThat(events.list).hasSize(3);
    for (ILoggingEvent event : events.list) {
      assertThat(event.getFormattedMessage()).doesNotContain("alice@example.com");
      assertThat(keyValues(event).values())
          .allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain("alice@example.com"));
    }
  }

  @Test
  void logsAWarningAtWarnAndTheStatementRuns() {
    logger.setLevel(Level.INFO);

    audit.warned(verdict(Action.WARN), 500, "conn-2");

    assertThat(events.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.WARN);
              assertThat(keyValues(e)).containsEntry("action", "warn");
            });
  }

  @Test
  void logsAllowedStatementsAtDebug() {
    logger.setLevel(Level.DEBUG);

    audit.allowed(verdict(Action.ALLOW), 2_000, "conn-3");

    assertThat(events.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
              assertThat(keyValues(e)).containsEntry("action", "allow").containsEntry("rules", "");
            });
  }

  @Test
  void logsNothingForAllowedStatementsWhenDebugIsOff() {
    logger.setLevel(Level.INFO);

    audit.allowed(verdict(Action.ALLOW), 2_000, "conn-3");

    assertThat(events.list).isEmpty();
  }

  @Test
  void logsAMeasuredWriteWithItsRowsLimitAndPlan() {
    logger.setLevel(Level.INFO);

    audit.measured(
        "refused",
        true,
        verdict(Action.ALLOW),
        "row-limit",
        5000,
        1000,
        "Seq Scan on users",
        "conn-4");
    audit.measured("sandboxed", false, verdict(Action.ALLOW), null, 3, 1000, null, "conn-4");

    assertThat(events.list).hasSize(2);
    ILoggingEvent refused = events.list.get(0);
    assertThat(refused.getLevel()).isEqualTo(Level.WARN);
    assertThat(refused.getFormattedMessage())
        .isEqualTo(
            "jdbc-guard refused on conn-4: "
                + FINGERPRINT
                + " [row-limit] (rows=5000, limit=1000)");
    assertThat(keyValues(refused))
        .containsEntry("outcome", "refused")
        .containsEntry("rules", "row-limit")
        .containsEntry("rows", 5000L)
        .containsEntry("limit", 1000L)
        .containsEntry("plan", "Seq Scan on users");
    ILoggingEvent sandboxed = events.list.get(1);
    assertThat(sandboxed.getLevel()).isEqualTo(Level.INFO);
    assertThat(keyValues(sandboxed))
        .containsEntry("outcome", "sandboxed")
        .doesNotContainKey("plan");
    assertThat(sandboxed.getFormattedMessage()).doesNotContain("alice@example.com");
  }

  @Test
  void sandboxAndDryRunMeasurementsAreInfoSoAWarnLoggerKeepsOnlyRefusals() {
    logger.setLevel(Level.WARN);

    audit.measured("sandboxed", false, verdict(Action.ALLOW), null, 3, 1000, null, "conn-5");
    audit.measured(
        "over-limit", true, verdict(Action.ALLOW), "row-limit", -1, 1000, null, "conn-5");

    assertThat(events.list)
        .singleElement()
        .satisfies(e -> assertThat(e.getFormattedMessage()).contains("rows=unknown"));
  }
}
