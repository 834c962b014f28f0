package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The refusals the driver itself decides (the engine decides the others), in the same form as a
 * rule's: {@code [rule-id] what happened and why. The safe way. How a human allows it.} Each is a
 * {@link GuardViolationException} (SQLState 42JG1) whose verdict holds the driver's finding first,
 * then the engine's findings for the statement.
 */
final class Refusals {

  /** The row limit's rule id ({@code guard.rule.row-limit=allow|warn|block}). */
  static final String ROW_LIMIT = GuardConfig.ROW_LIMIT_RULE;

  /** A dry run or sandboxed write the database could not roll back. */
  static final String CANNOT_ROLL_BACK = "cannot-roll-back";

  static final String MULTI_STATEMENT =
      "for a string of several statements the driver reports only the first one's count";
  static final String DDL_COMMITS =
      "this database commits DDL implicitly (MySQL and MariaDB do; of the databases the guard"
          + " knows, only PostgreSQL rolls DDL back)";
  static final String OTHER_MAY_COMMIT =
      "on this database a statement like CALL or LOCK TABLES may commit implicitly";
  static final String TRANSACTION_CONTROL =
      "the string holds transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT) that would end"
          + " the guard's own transaction";
  static final String SET_MAY_COMMIT =
      "on this database a SET in the same string may commit implicitly (SET autocommit=1)";

  /** How the refused write was run. */
  enum How {
    LIMIT,
    DRY_RUN,
    SANDBOX
  }

  private Refusals() {}

  /** A write (or a dry run) that changed more rows than the limit. */
  static GuardViolationException overLimit(
      How how, Entry entry, boolean batch, Tally tally, long limit, String plan) {
    String what = what(entry, batch);
    String amount =
        batch
            ? tally.total()
                + " rows in total"
                + (tally.largestAt() > 0
                    ? " (statement " + tally.largestAt() + " alone " + tally.largest() + ")"
                    : "")
            : (tally.atLeast() ? "at least " : "") + tally.total() + " rows";
    String over = ", more than guard.maxAffectedRows allows (" + limit + ")";
    String reason;
    switch (how) {
      case DRY_RUN:
        reason =
            "Dry run: "
                + lower(what)
                + " would change "
                + amount
                + over
                + "; the guard rolled the dry run back and did not run it."
                + planSentence(plan)
                + routing(entry);
        break;
      case SANDBOX:
        reason =
            what
                + " changed "
                + amount
                + " in sandbox mode"
                + over
                + "; outside sandbox mode it would be refused. Sandbox mode rolled it back, as it"
                + " rolls back every write.";
        break;
      default:
        reason =
            what
                + " would change "
                + amount
                + over
                + ", so the guard rolled "
                + (batch ? "the whole batch" : "it")
                + " back: the database and any open transaction are as they were before it.";
        break;
    }
    String fix =
        "Narrow the WHERE to the rows you mean, or change them in chunks of at most "
            + limit
            + " rows (for example by key range); a human can raise guard.maxAffectedRows (0 means"
            + " no limit).";
    return refusal(entry, new Finding(ROW_LIMIT, Action.BLOCK, entry.sql(), reason, fix), null);
  }

  /** A limited write whose changed rows cannot be counted. */
  static GuardViolationException unmeasurable(
      How how, Entry entry, boolean batch, String why, boolean ran) {
    String what = what(entry, batch);
    String reason =
        (how == How.DRY_RUN ? "Dry run: the" : "The")
            + " guard cannot count the rows "
            + lower(what)
            + " changes, because "
            + why
            + ", so it "
            + (ran ? "rolled it back" : "did not run it")
            + ": the database and any open transaction are as they were before it."
            + (how == How.DRY_RUN ? routing(entry) : "");
    return refusal(
        entry, new Finding(ROW_LIMIT, Action.BLOCK, entry.sql(), reason, fixFor(why)), null);
  }

  /** A dry run or sandboxed write of a statement the database cannot roll back. */
  static GuardViolationException cannotRollBack(How how, Entry entry, String why) {
    String what = what(entry, false);
    String reason;
    String fix;
    if (how == How.SANDBOX) {
      reason =
          "Sandbox mode runs only writes it can roll back, and "
              + why
              + ", so "
              + lower(what)
              + " was not sent.";
      fix = "Run it outside sandbox mode once a human has reviewed it.";
    } else {
      reason =
          what
              + " was routed to a dry run, but "
              + why
              + ", so the guard cannot run it and roll it back; it was not sent."
              + routing(entry);
      fix = "Review it and run it without a dry run, for example as a reviewed migration.";
    }
    Finding finding = new Finding(CANNOT_ROLL_BACK, Action.BLOCK, entry.sql(), reason, fix);
    String howToAllow =
        how == How.SANDBOX
            ? ""
            : " A human can change the routing: guard.dryRun, or the guard.rule.<rule-id> override"
                + " that sends it to a dry run.";
    return refusal(entry, finding, plainMessage(finding) + howToAllow);
  }

  /** {@code setReadOnly(false)} on a connection of the read-only profile. */
  static GuardViolationException readOnlyLift() {
    Finding finding =
        new Finding(
            "read-only",
            Action.BLOCK,
            "setReadOnly(false)",
            "The read-only profile keeps this connection read-only, in the database too, so"
                + " setReadOnly(false) is refused.",
            "If a connection pool called it, configure the pool as read-only (HikariCP:"
                + " readOnly=true, Spring Boot: spring.datasource.hikari.read-only=true).");
    Verdict verdict = Verdict.of(List.of(finding), List.of(StatementKind.SESSION), "");
    return new GuardViolationException(
        verdict,
        plainMessage(finding)
            + " Writes need a connection with another guard.profile, chosen by a human.");
  }

  /** The rule id of a row written through an updatable result set. */
  static final String UPDATABLE_RESULT_SET = "updatable-result-set";

  /**
   * {@code insertRow()}, {@code updateRow()} or {@code deleteRow()} on an updatable result set:
   * the real driver writes the row with SQL it builds itself, which the guard never sees.
   */
  static Verdict rowWrite(String operation, StatementKind kind) {
    Finding finding =
        new Finding(
            UPDATABLE_RESULT_SET,
            Action.BLOCK,
            "ResultSet." + operation + "()",
            "An updatable result set writes the row with SQL the JDBC driver builds itself, out of"
                + " the guard's sight (no rule, row limit or audit fingerprint applies to it).",
            "Send the change as an " + kind + " statement by key (e.g. " + kind
                + (kind == StatementKind.INSERT ? " INTO t (...) VALUES (?, ...)" : " ... WHERE id = ?")
                + "), which the guard checks and measures. It is a warning only under"
                + " guard.profile=audit.");
    return Verdict.of(List.of(finding), List.of(kind), "");
  }

  private static GuardViolationException refusal(Entry entry, Finding finding, String message) {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding);
    findings.addAll(entry.verdict().findings());
    Verdict verdict = Verdict.of(findings, entry.verdict().kinds(), entry.verdict().fingerprint());
    return message == null
        ? new GuardViolationException(verdict, finding.message())
        : new GuardViolationException(verdict, message);
  }

  /** {@code [id] reason At: `fragment`. fix} without the rule-override sentence. */
  private static String plainMessage(Finding f) {
    return "["
        + f.ruleId()
        + "] "
        + f.reason()
        + (f.fragment().isEmpty() ? "" : " At: `" + f.fragment() + "`.")
        + " "
        + f.fix();
  }

  private static String fixFor(String why) {
    if (why.equals(Executions.CTE_ROWS)) {
      return "Write the change as a plain UPDATE, DELETE or MERGE (RETURNING is fine) so that its"
          + " rows can be counted.";
    }
    if (why.equals(RowCount.NO_INFO)) {
      return "Let the driver report row counts (MariaDB Connector/J: useBulkStmts=false) or run"
          + " the statements one at a time.";
    }
    if (why.equals(MULTI_STATEMENT)) {
      return "Send one statement per execute call, or add them to a batch with addBatch, so that"
          + " each one is measured.";
    }
    return "Run the statements one at a time, without setMaxRows.";
  }

  private static String what(Entry entry, boolean batch) {
    if (batch) {
      return "This batch";
    }
    List<StatementKind> kinds = entry.verdict().kinds();
    if (kinds.size() != 1) {
      return "This string of " + kinds.size() + " statements";
    }
    StatementKind kind = kinds.get(0);
    switch (kind) {
      case UPDATE:
      case DELETE:
      case MERGE:
      case INSERT:
        return "This " + kind.name();
      case DDL:
        return "This DDL statement";
      default:
        return "This statement";
    }
  }

  private static String lower(String what) {
    return "this" + what.substring("This".length());
  }

  private static String planSentence(String plan) {
    return plan == null || plan.isEmpty() ? "" : " Plan: " + plan + ".";
  }

  /** Why the statement had a dry run: the rules set to dry-run, or guard.dryRun. */
  private static String routing(Entry entry) {
    List<String> rules =
        entry.verdict().findings().stream()
            .filter(f -> f.action() == Action.DRY_RUN)
            .map(Finding::ruleId)
            .distinct()
            .collect(Collectors.toList());
    if (!rules.isEmpty()) {
      return " It had a dry run because "
          + rules.stream()
              .map(r -> "guard.rule." + r + "=dry-run")
              .collect(Collectors.joining(", "))
          + ".";
    }
    String kinds =
        entry.verdict().kinds().stream()
            .map(k -> k.name().toLowerCase(Locale.ROOT))
            .distinct()
            .collect(Collectors.joining(","));
    return " It had a dry run because guard.dryRun includes " + kinds + ".";
  }
}
