package io.jdbcguard.driver.cli;

import java.util.Objects;

/**
 * A script that has been read and is ready to split.
 *
 * @param name the name printed in reports: the path, {@code <sql>} or {@code <stdin>}
 * @param text the whole script
 */
record Source(String name, String text) {

  Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
