package io.jdbcguard.rules.assertions;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Suppression;
import java.util.Locale;

/**
 * The compiler-style lines that the {@code check} command's text format and the assertions' failure
 * messages share, so both read exactly alike:
 *
 * <pre>
 * db/V3__cleanup.sql:12: BLOCK [drop-object] DROP destroys the object ...
 * db/V3__cleanup.sql:20: OPT-OUT [truncate] allowed by the opt-out comment on line 19: staging only
 * </pre>
 */
public final class ReportLines {

  /** The label of an applied opt-out comment. */
  public static final String OPT_OUT = "OPT-OUT";

  private ReportLines() {}

  /** {@code <source>:<line>: <ACTION> [rule-id] ...}: location, label, {@link Finding#message}. */
  public static String finding(String source, int line, Finding finding) {
    return source + ":" + line + ": " + label(finding.action()) + " " + finding.message();
  }

  /** {@code <source>:<line>: OPT-OUT [rule-id] allowed by the opt-out comment on line N: why}. */
  public static String optOut(String source, int line, Suppression suppression) {
    return source + ":" + line + ": " + OPT_OUT + " " + optOutMessage(suppression);
  }

  /** {@code [rule-id] allowed by the opt-out comment on line N: reason}. */
  public static String optOutMessage(Suppression suppression) {
    return "["
        + suppression.ruleId()
        + "] allowed by the opt-out comment on line "
        + suppression.line()
        + ": "
        + suppression.reason();
  }

  /** {@code BLOCK}, {@code DRY-RUN}, {@code WARN} or {@code ALLOW}. */
  public static String label(Action action) {
    return action.id().toUpperCase(Locale.ROOT);
  }
}
