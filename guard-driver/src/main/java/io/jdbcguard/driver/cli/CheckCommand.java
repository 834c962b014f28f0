package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.ScriptCheck;
import io.jdbcguard.rules.ScriptState;
import io.jdbcguard.rules.ScriptStatement;
import io.jdbcguard.rules.ServerVersion;
import io.jdbcguard.rules.ScriptVerdict;
import io.jdbcguard.rules.assertions.LeadingTrivia;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check}: checks SQL scripts statement by statement ({@link GuardEngine#checkScript}, so
 * opt-out comments and script state apply) and reports. No database is involved. Returns the exit
 * status instead of exiting, so it runs in tests with in-memory streams.
 */
final class CheckCommand {

  static final String NAME = "check";

  /** Nothing was blocked (warnings and dry-run verdicts do not fail the check). */
  static final int OK = 0;

  /** At least one statement was blocked. */
  static final int BLOCKED = 1;

  /** Nothing was checked: a usage error, an unreadable input or an internal error. */
  static final int ERROR = 2;

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: check [options] [FILE|FOLDER ...|-]",
          "",
          "Checks SQL scripts against the jdbc-guard rules, without a database. Each FILE is read",
          "as UTF-8 and split into statements; a FOLDER means its .sql files, recursively, in",
          "migration order (Flyway V<version>__*.sql by version, then R__*.sql, then the rest by",
          "path), and the files of one FOLDER are checked as one run: what an earlier file did",
          "(a validated CHECK, a table it created) counts for the later ones; '-' reads",
          "standard input.",
          "",
          "Options:",
          "  --dialect postgres|mysql|generic  how scripts are split and parsed (default: generic)",
          "  --profile agent|read-only|audit|migration",
          "                                    the rule set (default: agent)",
          "  --format text|json|github|sarif   text lines and a summary, JSON Lines (one",
          "                                    object per statement), GitHub annotations, or",
          "                                    a SARIF 2.1.0 document (default: text)",
          "  --server-version VERSION          the server the migrations run on, where a rule",
          "                                    depends on it (e.g. 'mysql 8.0.29', 'mariadb 10.11';",
          "                                    default: postgres 12, mysql 8.0)",
          "  --sql SQL                         check this SQL text (may repeat)",
          "  -v, --verbose                     text format: also list allowed statements",
          "  -h, --help                        print this help",
          "",
          "Exit status: 0 nothing blocked, 1 a statement was blocked, 2 usage or I/O error.");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  CheckCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code check} with the arguments after the command name; returns the exit status. */
  int run(List<String> args) {
    CheckOptions options;
    try {
      options = CheckOptionsParser.parse(args);
    } catch (UsageException e) {
      return usageError(e.getMessage());
    }
    if (options.help()) {
      out.println(USAGE);
      return OK;
    }
    if (options.inputs().isEmpty()) {
      return usageError("nothing to check; give a FILE, '-' for standard input, or --sql");
    }

    List<List<Source>> sources = readAll(options.inputs());
    if (sources == null) {
      return ERROR;
    }
    try {
      return check(options, sources);
    } catch (RuntimeException e) {
      // the engine promises never to throw; if it does, fail closed without a stack trace
      err.println(NAME + ": internal error: " + e);
      return ERROR;
    } finally {
      out.flush();
    }
  }

  /** Reads every input before checking any, so an I/O error leaves no partial report. */
  private List<List<Source>> readAll(List<InputSpec> inputs) {
    SourceReader reader = new SourceReader(in, Path.of("").toAbsolutePath());
    List<List<Source>> sources = new ArrayList<>(inputs.size());
    boolean failed = false;
    for (InputSpec spec : inputs) {
      try {
        sources.add(reader.read(spec));
      } catch (IOException e) {
        err.println(NAME + ": " + e.getMessage());
        failed = true;
      }
    }
    return failed ? null : sources;
  }

  /** Each input's files are one run: the script state flows from file to file, in order. */
  private int check(CheckOptions options, List<List<Source>> inputs) {
    GuardEngine engine =
        GuardEngine.create(
            Policy.builder()
                .dialect(options.dialect())
                .profile(options.profile())
                .serverVersion(
                    options.serverVersion() == null
                        ? null
                        : ServerVersion.parse(options.serverVersion(), options.dialect()))
                .build());
    ResultFormatter formatter = options.format().formatter(out, options.verbose());
    Summary summary = Summary.EMPTY;
    for (List<Source> run : inputs) {
      ScriptState state = ScriptState.UNKNOWN;
      for (Source source : run) {
        ScriptCheck checked = engine.checkScript(source.text(), state);
        state = checked.after();
        for (ScriptVerdict v : checked.verdicts()) {
          ScriptStatement statement = v.statement();
          int line = LeadingTrivia.codeLine(statement.sql(), statement.line(), options.dialect());
          String sql = LeadingTrivia.code(statement.sql(), options.dialect());
          formatter.statement(
              new StatementResult(
                  source.name(), source.artifact(), line, sql, v.verdict(), v.suppressions()));
          summary = summary.plus(v.verdict().action(), v.suppressions().size());
        }
      }
    }
    formatter.finish(summary);
    return summary.blocked() > 0 ? BLOCKED : OK;
  }

  private int usageError(String message) {
    err.println(NAME + ": " + message + " (see 'check --help')");
    return ERROR;
  }
}
