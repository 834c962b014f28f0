package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import java.util.List;
import java.util.Objects;

/**
 * The parsed {@code check} command line.
 *
 * @param dialect how scripts are split and parsed
 * @param profile the rule set
 * @param format the report format
 * @param verbose text format only: also list allowed statements
 * @param help {@code --help} was given; nothing else is done
 * @param inputs what to check, in command-line order
 * @param serverVersion {@code --server-version} as given (e.g. {@code mysql 8.0.29}), or null for
 *     the dialect's default
 */
record CheckOptions(
    Dialect dialect,
    Profile profile,
    OutputFormat format,
    boolean verbose,
    boolean help,
    List<InputSpec> inputs,
    String serverVersion) {

  static final Dialect DEFAULT_DIALECT = Dialect.GENERIC;

  CheckOptions {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(format, "format");
    inputs = List.copyOf(inputs);
  }
}
