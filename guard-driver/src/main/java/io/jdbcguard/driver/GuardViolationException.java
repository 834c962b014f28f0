package io.jdbcguard.driver;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLSyntaxErrorException;
import java.util.Objects;

/**
 * Thrown instead of running a statement the guard refuses. Nothing was sent to the database and the
 * caller's open transaction is untouched: catch it, fix the statement, and go on.
 *
 * <p>It is a {@link SQLSyntaxErrorException} (non-transient) with SQLState {@value
 * SqlStates#BLOCKED}, so pools keep the connection. The message is the verdict's message: the rule
 * id, the offending fragment, why it is dangerous, the safe way to write it and how a human allows
 * it on purpose.
 */
public class GuardViolationException extends SQLSyntaxErrorException {

  private static final String DRY_RUN_NOT_ENABLED =
      "Dry runs are not enabled in this version of jdbc-guard, so a statement routed to dry-run is"
          + " blocked. ";

  /** Not serialized: a deserialized exception keeps its message but has no verdict. */
  private final transient Verdict verdict;

  /** A refusal whose message is {@link Verdict#message()}. */
  public GuardViolationException(Verdict verdict) {
    this(verdict, messageOf(verdict));
  }

  private GuardViolationException(Verdict verdict, String message) {
    super(message, SqlStates.BLOCKED);
    this.verdict = verdict;
  }

  /**
   * The refusal of a {@link Action#DRY_RUN} verdict, which this version cannot honour: the message
   * says so before the findings.
   */
  public static GuardViolationException dryRunNotEnabled(Verdict verdict) {
    return new GuardViolationException(verdict, DRY_RUN_NOT_ENABLED + messageOf(verdict));
  }

  /** The engine's decision: action, findings, statement kinds and the fingerprint. */
  public Verdict getVerdict() {
    return verdict;
  }

  private static String messageOf(Verdict verdict) {
    String message = Objects.requireNonNull(verdict, "verdict").message();
    return message.isEmpty()
        ? "jdbc-guard refused the statement (" + verdict.action() + ")."
        : message;
  }
}
