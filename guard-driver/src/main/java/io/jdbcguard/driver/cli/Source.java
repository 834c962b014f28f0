package io.jdbcguard.driver.cli;

import java.util.Objects;

/**
 * A script that has been read and is ready to split.
 *
 * @param name the name printed in reports: the path, {@code <sql>} or {@code <stdin>}
 * @param text the whole script
 * @param artifact for a file, its path relative to the working folder with {@code /} separators
 *     (absolute when the file lies outside it), as code scanning wants it; {@code null} for {@code
 *     --sql} and standard input
 */
record Source(String name, String text, String artifact) {

  Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
