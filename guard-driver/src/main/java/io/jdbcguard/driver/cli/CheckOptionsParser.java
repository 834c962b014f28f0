package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ServerVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the arguments after {@code check} into {@link CheckOptions}.
 *
 * <p>Options take their value as the next argument or after {@code =} ({@code --dialect mysql},
 * {@code --dialect=mysql}). {@code --} ends the options, so a file may start with a dash. The value
 * of {@code --sql} is taken verbatim even if it starts with a dash ({@code --sql "-- note"}).
 */
final class CheckOptionsParser {

  private CheckOptionsParser() {}

  static CheckOptions parse(List<String> args) throws UsageException {
    Dialect dialect = CheckOptions.DEFAULT_DIALECT;
    Profile profile = Profile.AGENT;
    OutputFormat format = OutputFormat.TEXT;
    boolean verbose = false;
    boolean help = false;
    boolean stdin = false;
    String serverVersion = null;
    List<InputSpec> inputs = new ArrayList<>();

    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        if (arg.equals("-") && !optionsEnded) {
          if (stdin) {
            throw new UsageException("'-' (standard input) is given more than once");
          }
          stdin = true;
          inputs.add(new InputSpec.Stdin());
        } else {
          inputs.add(new InputSpec.File(arg));
        }
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = arg;
      String inlineValue = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inlineValue = arg.substring(eq + 1);
      }
      switch (name) {
        case "-h":
        case "--help":
          noValue(name, inlineValue);
          help = true;
          break;
        case "-v":
        case "--verbose":
          noValue(name, inlineValue);
          verbose = true;
          break;
        case "--dialect":
          dialect = parseValue(name, value(args, i, name, inlineValue), Dialect::fromId);
          i += inlineValue == null ? 1 : 0;
          break;
        case "--profile":
          profile = parseValue(name, value(args, i, name, inlineValue), Profile::fromId);
          i += inlineValue == null ? 1 : 0;
          break;
        case "--format":
          format = parseValue(name, value(args, i, name, inlineValue), OutputFormat::fromId);
          i += inlineValue == null ? 1 : 0;
          break;
        case "--server-version":
          serverVersion = value(args, i, name, inlineValue);
          i += inlineValue == null ? 1 : 0;
          break;
        case "--sql":
          inputs.add(new InputSpec.Sql(value(args, i, name, inlineValue)));
          i += inlineValue == null ? 1 : 0;
          break;
        default:
          throw new UsageException("unknown option '" + name + "'");
      }
    }
    if (serverVersion != null) {
      String v = serverVersion;
      Dialect d = dialect;
      parseValue("--server-version", v, x -> ServerVersion.parse(x, d));
    }
    return new CheckOptions(dialect, profile, format, verbose, help, inputs, serverVersion);
  }

  private static void noValue(String name, String inlineValue) throws UsageException {
    if (inlineValue != null) {
      throw new UsageException("option '" + name + "' takes no value");
    }
  }

  private static String value(List<String> args, int i, String name, String inlineValue)
      throws UsageException {
    if (inlineValue != null) {
      return inlineValue;
    }
    if (i + 1 >= args.size()) {
      throw new UsageException("option '" + name + "' needs a value" + expected(name));
    }
    return args.get(i + 1);
  }

  private static String expected(String name) {
    switch (name) {
      case "--dialect":
        return oneOf(Arrays.stream(Dialect.values()).map(Dialect::id));
      case "--profile":
        return oneOf(Arrays.stream(Profile.values()).map(Profile::id));
      case "--format":
        return oneOf(Arrays.stream(OutputFormat.values()).map(OutputFormat::id));
      default:
        return "";
    }
  }

  private static String oneOf(Stream<String> ids) {
    return "; expected one of " + ids.collect(Collectors.joining(", "));
  }

  private static <T> T parseValue(String name, String value, Function<String, T> parser)
      throws UsageException {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }
}
