package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.driver.GuardViolationException;
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
public final class Refusals {

  /** The row limit's rule id ({@code guard.rule.row-limit=allow|warn|block}). */
  static final String ROW_LIMIT = DriverRule.ROW_LIMIT.id();

  /** A dry run or sandboxed write the database could not roll back. */
  static final String CANNOT_ROLL_BACK = DriverRule.CANNOT_ROLL_BACK.id();

  /** A measured write that changed every row of its table. */
  static final String WHOLE_TABLE = DriverRule.WHOLE_TABLE_WRITE.id();

  /** A write the guard would have to undo on storage that cannot roll back. */
  static final String NON_TRANSACTIONAL = DriverRule.NON_TRANSACTIONAL_TABLE.id();

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
    if (tally.tables() != null && !tally.tables().isEmpty()) {
      amount += " in all (" + tally.tables() + ")";
    }
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
    return refusal(entry, DriverRule.ROW_LIMIT, reason, fix);
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
    return refusal(entry, DriverRule.ROW_LIMIT, reason, fixFor(why));
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
    Finding finding = DriverRule.CANNOT_ROLL_BACK.finding(entry.sql(), reason, fix);
    return refusal(
        entry,
        finding,
        how == How.SANDBOX
            ? DriverRule.CANNOT_ROLL_BACK.message(finding, "")
            : DriverRule.CANNOT_ROLL_BACK.message(finding));
  }

  /** A measured UPDATE or DELETE that changed every row of its table. */
  static GuardViolationException wholeTable(Entry entry, String table, long rows) {
    String reason =
        what(entry, false)
            + " changed every row of "
            + table
            + ": its WHERE matched all "
            + rows
            + " rows, as a missing WHERE would, so the guard rolled it back: the database and any"
            + " open transaction are as they were before it.";
    String fix =
        "Name the rows in the WHERE (by key, or by a condition that leaves the others out); if"
            + " emptying or rewriting the whole table is really meant, a human runs it.";
    return refusal(entry, DriverRule.WHOLE_TABLE_WRITE, reason, fix);
  }

  /**
   * A write the guard would have to be able to undo (measured, dry run, sandbox) on a table whose
   * storage engine cannot roll back: refused before it runs.
   */
  static GuardViolationException nonTransactional(How how, Entry entry, TableFacts facts) {
    String mode =
        how == How.SANDBOX
            ? "Sandbox mode rolls back every write"
            : how == How.DRY_RUN
                ? "A dry run is rolled back"
                : "The row limit rolls back a write that changes too many rows";
    String reason =
        mode
            + ", but table "
            + facts.table()
            + " is stored by "
            + facts.engine()
            + ", which cannot roll back: a rollback would leave the rows changed, so "
            + lower(what(entry, false))
            + " was not sent.";
    String fix =
        "Change such tables only by key (WHERE pinning the primary key, which the guard lets"
            + " through without measuring), or use a transactional table.";
    return refusal(entry, DriverRule.NON_TRANSACTIONAL_TABLE, reason, fix);
  }

  /** {@code setReadOnly(false)} on a connection of the read-only profile. */
  public static GuardViolationException readOnlyLift() {
    Finding finding =
        DriverRule.READ_ONLY.finding(
            "setReadOnly(false)",
            "The read-only profile keeps this connection read-only, in the database too, so"
                + " setReadOnly(false) is refused.",
            "If a connection pool called it, configure the pool as read-only (HikariCP:"
                + " readOnly=true, Spring Boot: spring.datasource.hikari.read-only=true).");
    Verdict verdict = Verdict.of(List.of(finding), List.of(StatementKind.SESSION), "");
    return new GuardViolationException(verdict, DriverRule.READ_ONLY.message(finding));
  }

  /**
   * {@code insertRow()}, {@code updateRow()} or {@code deleteRow()} on an updatable result set: the
   * real driver writes the row with SQL it builds itself, which the guard never sees.
   */
  public static GuardViolationException rowWrite(Verdict verdict) {
    Finding finding = verdict.findings().get(0);
    return new GuardViolationException(verdict, DriverRule.UPDATABLE_RESULT_SET.message(finding));
  }

  /** The verdict of a row written through an updatable result set (a block, or audited). */
  public static Verdict rowWrite(String operation, StatementKind kind) {
    Finding finding =
        DriverRule.UPDATABLE_RESULT_SET.finding(
            "ResultSet." + operation + "()",
            "An updatable result set writes the row with SQL the JDBC driver builds itself, out of"
                + " the guard's sight (no rule, row limit or audit fingerprint applies to it).",
            "Send the change as an "
                + kind
                + " statement by key (e.g. "
                + kind
                + (kind == StatementKind.INSERT
                    ? " INTO t (...) VALUES (?, ...)"
                    : " ... WHERE id = ?")
                + "), which the guard checks and measures.");
    return Verdict.of(List.of(finding), List.of(kind), "");
  }

  private static GuardViolationException refusal(
      Entry entry, DriverRule rule, String reason, String fix) {
    Finding finding = rule.finding(entry.sql(), reason, fix);
    return refusal(entry, finding, rule.message(finding));
  }

  private static GuardViolationException refusal(Entry entry, Finding finding, String message) {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding);
    findings.addAll(entry.verdict().findings());
    Verdict verdict = Verdict.of(findings, entry.verdict().kinds(), entry.verdict().fingerprint());
    return new GuardViolationException(verdict, message);
  }

  private static String fixFor(String why) {
    if (why.equals(RowCount.CTE_ROWS)) {
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
