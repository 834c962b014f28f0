package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Suppression;
import java.io.PrintStream;

/**
 * JSON Lines: one object per statement, allowed ones included, and no summary (the exit status says
 * whether anything was blocked). Keys, in this order:
 *
 * <pre>{@code
 * {"file":"a.sql","line":3,"sql":"DROP TABLE t","action":"block",
 *  "findings":[{"rule":"...","action":"block","message":"[...] ...","fragment":"...",
 *               "reason":"...","fix":"..."}],
 *  "suppressions":[{"rule":"...","reason":"...","line":2}]}
 * }</pre>
 */
final class JsonLinesFormatter implements ResultFormatter {

  private final PrintStream out;

  JsonLinesFormatter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void statement(StatementResult result) {
    out.println(toJson(result));
  }

  @Override
  public void finish(Summary summary) {
    out.flush();
  }

  static String toJson(StatementResult result) {
    StringBuilder sb = new StringBuilder(256 + result.sql().length());
    sb.append('{');
    Json.appendName(sb, "file");
    Json.appendString(sb, result.source()).append(',');
    Json.appendName(sb, "line").append(result.line()).append(',');
    Json.appendName(sb, "sql");
    Json.appendString(sb, result.sql()).append(',');
    Json.appendName(sb, "action");
    Json.appendString(sb, result.verdict().action().id()).append(',');
    Json.appendName(sb, "findings").append('[');
    boolean first = true;
    for (Finding f : result.verdict().findings()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('{');
      Json.appendName(sb, "rule");
      Json.appendString(sb, f.ruleId()).append(',');
      Json.appendName(sb, "action");
      Json.appendString(sb, f.action().id()).append(',');
      Json.appendName(sb, "message");
      Json.appendString(sb, f.message()).append(',');
      Json.appendName(sb, "fragment");
      Json.appendString(sb, f.fragment()).append(',');
      Json.appendName(sb, "reason");
      Json.appendString(sb, f.reason()).append(',');
      Json.appendName(sb, "fix");
      Json.appendString(sb, f.fix());
      sb.append('}');
    }
    sb.append("],");
    Json.appendName(sb, "suppressions").append('[');
    first = true;
    for (Suppression s : result.suppressions()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('{');
      Json.appendName(sb, "rule");
      Json.appendString(sb, s.ruleId()).append(',');
      Json.appendName(sb, "reason");
      Json.appendString(sb, s.reason()).append(',');
      Json.appendName(sb, "line").append(s.line());
      sb.append('}');
    }
    return sb.append("]}").toString();
  }
}
