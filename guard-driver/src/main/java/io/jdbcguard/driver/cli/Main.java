package io.jdbcguard.driver.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the shaded jar: {@code java -jar guard-driver-<version>-all.jar check ...}.
 * {@link #run} does the work and returns the exit status; only {@link #main} exits.
 */
public final class Main {

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: java -jar guard-driver-<version>-all.jar <command> [options]",
          "",
          "jdbc-guard stops destructive SQL before it reaches the database.",
          "",
          "Commands:",
          "  check      check SQL scripts against the rules, without a database",
          "  approve    approve one refused statement (by its approval id) to run once",
          "",
          "Options:",
          "  -h, --help       print this help",
          "  --version        print the version",
          "",
          "Run 'check --help' or 'approve --help' for their options.");

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out, false);
    PrintStream err = utf8(FileDescriptor.err, true);
    int status = run(Arrays.asList(args), System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command line and returns the exit status: 0 ok, 1 blocked, 2 usage or I/O error. */
  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println(USAGE);
      return CheckCommand.ERROR;
    }
    String command = args.get(0);
    switch (command) {
      case CheckCommand.NAME:
        return new CheckCommand(in, out, err).run(args.subList(1, args.size()));
      case ApproveCommand.NAME:
        return new ApproveCommand(in, out, err, System.getenv()).run(args.subList(1, args.size()));
      case "-h":
      case "--help":
      case "help":
        out.println(USAGE);
        return CheckCommand.OK;
      case "--version":
      case "version":
        out.println("jdbc-guard " + Version.current());
        return CheckCommand.OK;
      default:
        err.println("jdbc-guard: unknown command '" + command + "'; expected check or approve (see --help)");
        return CheckCommand.ERROR;
    }
  }

  /** Text output is UTF-8 whatever the platform default; JSON output is pure ASCII anyway. */
  private static PrintStream utf8(FileDescriptor fd, boolean autoFlush) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(fd)), autoFlush, StandardCharsets.UTF_8);
  }
}
