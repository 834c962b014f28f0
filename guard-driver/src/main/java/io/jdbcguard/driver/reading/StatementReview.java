package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Verdict;

/**
 * A check the driver adds to the engine's verdict for one SQL string, from what only the driver
 * knows (how the real driver reads the string, which database the connection reaches). The gate
 * calls exactly one, in its decision step; {@link #then} chains them.
 */
@FunctionalInterface
public interface StatementReview {

  /** Adds nothing. */
  StatementReview NONE = (sql, verdict) -> verdict;

  /** {@code verdict}, or a verdict with this check's finding first. Never throws. */
  Verdict review(String sql, Verdict verdict);

  /** This review, then {@code next} on its result. */
  default StatementReview then(StatementReview next) {
    return (sql, verdict) -> next.review(sql, review(sql, verdict));
  }
}
