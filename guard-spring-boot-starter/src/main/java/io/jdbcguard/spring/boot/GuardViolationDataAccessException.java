package io.jdbcguard.spring.boot;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.rules.Verdict;
import java.util.List;
import org.springframework.dao.NonTransientDataAccessException;

/**
 * A statement jdbc-guard refused, as Spring's data access exception: what {@code JdbcTemplate},
 * Spring Data repositories and {@code @Repository} beans throw instead of a generic {@code
 * InvalidDataAccessResourceUsageException}. Nothing was changed (or it was rolled back to a
 * savepoint); the message is the guard's: rule id, why, the safe way to write it, how a human
 * allows it. Retrying the same statement gives the same answer.
 */
public class GuardViolationDataAccessException extends NonTransientDataAccessException {

  private final transient GuardViolationException refusal;

  public GuardViolationDataAccessException(String task, GuardViolationException refusal) {
    super((task == null || task.isBlank() ? "" : task + ": ") + refusal.getMessage(), refusal);
    this.refusal = refusal;
  }

  /** The driver's exception (SQLState 42JG1). */
  public GuardViolationException getRefusal() {
    return refusal;
  }

  /** The engine's decision, or null after deserialization. */
  public Verdict getVerdict() {
    return refusal == null ? null : refusal.getVerdict();
  }

  /** The ids of the rules that found something, e.g. {@code [delete-without-where]}. */
  public List<String> getRuleIds() {
    Verdict verdict = getVerdict();
    return verdict == null ? List.of() : verdict.ruleIds();
  }
}
