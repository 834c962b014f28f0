package io.jdbcguard.driver;

/**
 * The SQLStates jdbc-guard raises. None of them is in class {@code 08} (connection exception),
 * {@code 0A000} or {@code 40001}: connection pools such as HikariCP evict a pooled connection on
 * those, and a refused statement must never cost the application its connection or its open
 * transaction.
 */
public final class SqlStates {

  /**
   * A statement was refused by a rule ({@link GuardViolationException}). Class {@code 42} (syntax
   * error or access rule violation) with an implementation-defined subclass: non-transient,
   * retrying the same SQL gives the same answer.
   */
  public static final String BLOCKED = "42JG1";

  /**
   * {@code unwrap(...)} asked for the raw vendor object while {@code guard.unwrap=deny}. Class
   * {@code 42}: an access rule, not a connection problem.
   */
  public static final String UNWRAP_DENIED = "42JG2";

  /**
   * A {@code guard.*} setting or the {@code jdbc:guard:} URL is malformed (unknown key, bad value,
   * missing driver URL). {@code 22023} is "invalid parameter value"; it is raised by {@code
   * connect()} before the real driver is asked to connect.
   */
  public static final String INVALID_CONFIGURATION = "22023";

  /** The rule engine failed unexpectedly; the statement was not sent (fail closed). */
  public static final String ENGINE_FAILURE = "HY000";

  /** A JDBC method that takes SQL was given {@code null}. */
  public static final String NULL_SQL = "HY009";

  private SqlStates() {}
}
