package io.jdbcguard.driver;

import io.jdbcguard.rules.Verdict;
import java.sql.SQLSyntaxErrorException;
import java.util.Objects;

/**
 * Thrown instead of running a statement the guard refuses. Either nothing was sent to the database,
 * or (a write over the row limit, a dry run over it) what was sent has been rolled back to a
 * savepoint: the database and the caller's open transaction are as they were before the call, so
 * catch it, fix the statement, and go on.
 *
 * <p>It is a {@link SQLSyntaxErrorException} (non-transient) with SQLState {@value
 * SqlStates#BLOCKED}, so pools keep the connection. The message is the verdict's message: the rule
 * id, the offending fragment, why it is dangerous, the safe way to write it and how a human allows
 * it on purpose.
 */
public class GuardViolationException extends SQLSyntaxErrorException {

  /** Not serialized: a deserialized exception keeps its message but has no verdict. */
  private final transient Verdict verdict;

  /** A refusal whose message is {@link Verdict#message()}. */
  public GuardViolationException(Verdict verdict) {
    this(verdict, messageOf(verdict));
  }

  /**
   * A refusal the driver decided at run time (the row limit, a dry run that cannot be rolled back,
   * lifting the read-only profile): {@code verdict} holds the driver's finding first, then the
   * engine's.
   */
  public GuardViolationException(Verdict verdict, String message) {
    super(Objects.requireNonNull(message, "message"), SqlStates.BLOCKED);
    this.verdict = Objects.requireNonNull(verdict, "verdict");
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
