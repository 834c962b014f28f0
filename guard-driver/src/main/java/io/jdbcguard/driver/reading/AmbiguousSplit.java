package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@code ambiguous-split} rule: a string that the delegate driver would cut into statements,
 * or fill with bound values, differently from the guard is refused before it is sent, because the
 * database would run something other than what the rules analysed. The comparison is the driver's
 * {@link ClientReading}; its answer is cached per SQL text, so a repeated statement costs one map
 * lookup (and a string the driver never parses, none).
 */
public final class AmbiguousSplit implements StatementReview {

  /** The rule id: {@code guard.rule.ambiguous-split=allow|warn|block}. */
  public static final String RULE_ID = "ambiguous-split";

  /** Checks nothing: for drivers that send text unchanged, and for tests. */
  public static final AmbiguousSplit NONE = new AmbiguousSplit(ClientReading.NONE, Action.ALLOW);

  private static final int MAX_CACHED = 4096;
  private static final String AGREES = "";

  private final ClientReading reading;
  private final Action action;
  private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();

  public AmbiguousSplit(ClientReading reading, Action action) {
    this.reading = Objects.requireNonNull(reading, "reading");
    this.action = Objects.requireNonNull(action, "action");
  }

  /**
   * The verdict to act on: {@code verdict} itself when the driver reads {@code sql} as the guard
   * does (or the rule is allowed), otherwise {@code verdict} with this rule's finding first.
   */
  @Override
  public Verdict review(String sql, Verdict verdict) {
    if (action == Action.ALLOW || reading == ClientReading.NONE) {
      return verdict;
    }
    String why = cache.get(sql);
    if (why == null) {
      why = reading.disagreement(sql);
      why = why == null ? AGREES : why;
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(sql, why);
    }
    if (why.isEmpty()) {
      return verdict;
    }
    List<Finding> findings = new ArrayList<>(verdict.findings().size() + 1);
    findings.add(finding(sql, why, action));
    findings.addAll(verdict.findings());
    return Verdict.of(findings, verdict.kinds(), verdict.fingerprint());
  }

  static Finding finding(String sql, String why, Action action) {
    return new Finding(
        RULE_ID,
        action,
        sql,
        "The JDBC driver reads this string on the client differently from the guard ("
            + why
            + "), so the driver and the database would read it differently: what runs would not"
            + " be what the rules analysed.",
        "Send one statement per execute call, keep each string literal on one line (no E'...'"
            + " continued on the next line), and put ? placeholders only outside literals and"
            + " comments.");
  }
}
