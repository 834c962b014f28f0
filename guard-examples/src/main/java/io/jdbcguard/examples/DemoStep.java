package io.jdbcguard.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of the quick start demo's agent session and what happened to it.
 *
 * @param number the step's position in the session, from 1
 * @param intent what the agent meant to do, in its own words
 * @param sql what the agent sent through the guard
 * @param outcome what the guard decided
 * @param message the guard's message for a block (one line per deciding rule), or what the step
 *     did for the others
 * @param ordersBefore rows in {@code orders} before the step, counted outside the guard (-1 before
 *     the table exists)
 * @param ordersAfter rows in {@code orders} after the step, counted outside the guard (-1 before
 *     the table exists)
 */
public record DemoStep(
    int number,
    String intent,
    String sql,
    Outcome outcome,
    String message,
    long ordersBefore,
    long ordersAfter) {

  /** What the guard decided for a step. */
  public enum Outcome {
    /** The guard let it through and the database ran it. */
    ALLOWED,
    /** The guard refused it: the database never saw it. */
    BLOCKED,
    /** A protection that is not in this build yet; the demo did not send the statement. */
    PENDING
  }

  private static final Pattern RULE_ID = Pattern.compile("^\\[([a-z0-9-]+)\\]", Pattern.MULTILINE);

  /** The ids of the rules that decided a block, from the {@code [rule-id]} opening each line. */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    if (outcome == Outcome.BLOCKED) {
      Matcher m = RULE_ID.matcher(message);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  void print(PrintStream out) {
    out.printf("%2d. %s%n", number, intent);
    out.println("    > " + sql);
    String[] lines = message.split("\n");
    out.println("    " + String.format("%-8s ", outcome) + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.println("             " + lines[i]);
    }
    if (ordersAfter > 0) { // from the load of the orders on
      out.println("    orders: " + ordersBefore + " rows before, " + ordersAfter + " after");
    }
    out.println();
  }
}
