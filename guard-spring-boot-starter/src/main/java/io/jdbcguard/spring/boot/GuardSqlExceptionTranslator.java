package io.jdbcguard.spring.boot;

import io.jdbcguard.driver.GuardViolationException;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * JdbcTemplate's translator with the guard first: a refusal becomes {@link
 * GuardViolationDataAccessException}; anything else goes to the translator the template had.
 */
public class GuardSqlExceptionTranslator implements SQLExceptionTranslator {

  private final SQLExceptionTranslator next;

  public GuardSqlExceptionTranslator(SQLExceptionTranslator next) {
    this.next = next;
  }

  @Override
  public DataAccessException translate(String task, String sql, SQLException ex) {
    GuardViolationException refusal = GuardExceptionTranslator.find(ex);
    if (refusal != null) {
      return new GuardViolationDataAccessException(task, refusal);
    }
    return next == null ? null : next.translate(task, sql, ex);
  }
}
