package io.jdbcguard.driver.cli;

import java.util.Objects;

/** One thing to check, as named on the command line, before it is read. */
sealed interface InputSpec {

  /** The name printed in reports: the path, {@code <sql>} or {@code <stdin>}. */
  String displayName();

  /** SQL text given with {@code --sql}. */
  record Sql(String text) implements InputSpec {
    public Sql {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String displayName() {
      return "<sql>";
    }
  }

  /** A script file, read as UTF-8. */
  record File(String path) implements InputSpec {
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String displayName() {
      return path;
    }
  }

  /** Standard input, named {@code -} on the command line. */
  record Stdin() implements InputSpec {
    @Override
    public String displayName() {
      return "<stdin>";
    }
  }
}
