package io.jdbcguard.spring.boot;

import io.jdbcguard.driver.GuardViolationException;
import java.sql.SQLException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Finds a {@link GuardViolationException} in an exception's causes and turns it into a {@link
 * GuardViolationDataAccessException}. As a {@link PersistenceExceptionTranslator} of the highest
 * precedence it answers before JPA's own translator for Spring Data repositories and
 * {@code @Repository} beans; {@link GuardSqlExceptionTranslator} does the same for JdbcTemplate.
 */
public class GuardExceptionTranslator implements PersistenceExceptionTranslator, Ordered {

  @Override
  public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
    if (ex instanceof GuardViolationDataAccessException) {
      return (GuardViolationDataAccessException) ex;
    }
    GuardViolationException refusal = find(ex);
    return refusal == null ? null : new GuardViolationDataAccessException(null, refusal);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  /** The guard's refusal among {@code failure}'s causes (and their chained SQLExceptions). */
  static GuardViolationException find(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 32; depth++) {
      if (t instanceof GuardViolationException) {
        return (GuardViolationException) t;
      }
      if (t instanceof SQLException) {
        SQLException next = ((SQLException) t).getNextException();
        if (next instanceof GuardViolationException) {
          return (GuardViolationException) next;
        }
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return null;
  }
}
