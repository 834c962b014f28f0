package io.jdbcguard.driver.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One run of the command line with in-memory streams: the exit status and what was printed. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    return withStdin("", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status =
          Main.run(
              Arrays.asList(args),
              new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
              o,
              e);
    }
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.lines().collect(Collectors.toList());
  }

  /** Standard output read as JSON Lines. */
  List<Map<String, Object>> jsonLines() {
    return out.lines().map(MiniJson::parseObject).collect(Collectors.toList());
  }
}
