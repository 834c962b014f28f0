package io.jdbcguard.driver.approval;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the guard's own internal connection to the same database, with the same credentials as
 * the guarded one: the only connection that writes pending approval requests. The caller closes it.
 */
@FunctionalInterface
public interface ConnectionSource {
  Connection open() throws SQLException;
}
