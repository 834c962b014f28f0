package io.jdbcguard.driver.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log without SLF4J: the same events through java.util.logging. */
class JulAuditSinkTest {

  private static final String NAME = "io.jdbcguard.audit.test-jul";
  private final Logger logger = Logger.getLogger(NAME);
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final AuditLog audit = new AuditLog(new JulAuditSink(NAME), DecisionMeters.NONE);

  @BeforeEach
  void capture() {
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
    logger.setLevel(Level.ALL);
  }

  @AfterEach
  void release() {
    logger.removeHandler(capture);
    logger.setLevel(null);
    logger.setUseParentHandlers(true);
  }

  @Test
  void refusalsAreWarningsWithTheirFields() {
    Verdict blocked =
        Verdict.of(
            List.of(new Finding("delete-without-where", Action.BLOCK, "DELETE FROM users", "Why.", "Fix.")),
            List.of(StatementKind.DELETE),
            "DELETE FROM users");

    audit.refused(blocked, 42_000, "conn-7");

    assertThat(records).hasSize(1);
    LogRecord record = records.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
    assertThat(record.getLoggerName()).isEqualTo(NAME);
    assertThat(record.getMessage())
        .startsWith("jdbc-guard blocked on conn-7: DELETE FROM users [delete-without-where]")
        .contains("action=block", "rules=delete-without-where", "micros=42", "connection=conn-7");
    assertThat(record.getParameters()).isNull();
  }

  @Test
  void allowedStatementsAreFineAndOnlyWhenEnabled() {
    Verdict allowed = Verdict.of(List.of(), List.of(StatementKind.QUERY), "SELECT ?");
    logger.setLevel(Level.INFO);
    audit.allowed(allowed, 1, "conn-1");
    assertThat(records).isEmpty();

    logger.setLevel(Level.FINE);
    audit.allowed(allowed, 1, "conn-1");
    assertThat(records).singleElement().extracting(LogRecord::getLevel).isEqualTo(Level.FINE);
  }

  @Test
  void measurementsAreInfoOrWarning() {
    Verdict allowed = Verdict.of(List.of(), List.of(StatementKind.DELETE), "DELETE FROM t WHERE a < ?");
    audit.measured("sandboxed", false, allowed, null, 10, 1000, null, "conn-1");
    audit.measured("refused", true, allowed, "row-limit", -1, 1000, null, "conn-1");

    assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.INFO, Level.WARNING);
    assertThat(records.get(1).getMessage()).contains("[row-limit]", "rows=unknown", "outcome=refused");
  }

  @Test
  void aMessageWithPlaceholderLikeTextIsNotReformatted() {
    Verdict allowed = Verdict.of(List.of(), List.of(StatementKind.QUERY), "SELECT '{0}'");
    logger.setLevel(Level.FINE);
    audit.allowed(allowed, 1, "conn-1");

    assertThat(new java.util.logging.SimpleFormatter().formatMessage(records.get(0))).contains("SELECT '{0}'");
  }
}
