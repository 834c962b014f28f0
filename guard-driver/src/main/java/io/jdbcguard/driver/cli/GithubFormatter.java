package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Suppression;
import io.jdbcguard.rules.assertions.ReportLines;
import java.io.PrintStream;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the changed files:
 *
 * <pre>
 * ::error file=db/V3__x.sql,line=12,title=drop-object::[drop-object] DROP destroys ...
 * ::warning file=db/V3__x.sql,line=14,title=truncate::[truncate] TRUNCATE removes ...
 * ::notice file=db/V3__x.sql,line=20,title=truncate::[truncate] allowed by the opt-out ...
 * </pre>
 *
 * {@code error} for a block or a dry run, {@code warning} for a warning, {@code notice} for an
 * applied opt-out comment; then the summary as a plain log line. {@code --sql} and standard input
 * have no file, so their commands carry only a title.
 */
final class GithubFormatter implements ResultFormatter {

  private final PrintStream out;

  GithubFormatter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void statement(StatementResult result) {
    for (Suppression s : result.suppressions()) {
      out.println(command("notice", result, s.ruleId(), ReportLines.optOutMessage(s)));
    }
    for (Finding f : result.verdict().findings()) {
      if (f.action() != Action.ALLOW) {
        String name = f.action() == Action.WARN ? "warning" : "error";
        out.println(command(name, result, f.ruleId(), f.message()));
      }
    }
  }

  @Override
  public void finish(Summary summary) {
    out.println(summary.line());
  }

  static String command(String name, StatementResult result, String title, String message) {
    StringBuilder sb =
        new StringBuilder(64 + message.length()).append("::").append(name).append(' ');
    if (result.artifact() != null) {
      sb.append("file=").append(escapeProperty(result.artifact()));
      sb.append(",line=").append(result.line()).append(',');
    }
    sb.append("title=").append(escapeProperty(title));
    return sb.append("::").append(escapeData(message)).toString();
  }

  /** The message after {@code ::}: {@code %}, CR and LF are percent-encoded. */
  static String escapeData(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #escapeData}, and {@code :} and {@code ,} too. */
  static String escapeProperty(String value) {
    return escapeData(value).replace(":", "%3A").replace(",", "%2C");
  }
}
