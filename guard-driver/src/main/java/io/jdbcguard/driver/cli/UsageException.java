package io.jdbcguard.driver.cli;

/** A bad command line. The message is one line, ready to print after the command name. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
