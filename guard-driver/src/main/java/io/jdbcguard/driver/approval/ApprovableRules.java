package io.jdbcguard.driver.approval;

import java.util.Collection;
import java.util.Set;

/**
 * The rules whose refusal a human may override for one exact statement. A statement is approvable
 * only when every rule that blocks it is listed here.
 *
 * <p>Left out on purpose: {@code unparseable} and {@code executable-comment} (the guard cannot
 * tell what would run), {@code null-comparison} (never true, always a bug: fix the SQL), {@code
 * disable-checks}, {@code quoting-change} and {@code server-change} (they change how later
 * statements, or other sessions, are read or checked), {@code dynamic-sql} ({@code EXECUTE s} runs
 * text the approver never sees), {@code read-only} (the session is read-only in the database too),
 * {@code guard-table-write}, {@code invalid-opt-out}, the driver's run-time refusals (row limit,
 * sandbox) and every rule not known when this list was written (fail closed).
 */
public final class ApprovableRules {

  private static final Set<String> APPROVABLE =
      Set.of(
          "drop-object",
          "truncate",
          "delete-without-where",
          "update-without-where",
          "where-always-true",
          "merge-always-true",
          "where-matches-all",
          "alter-table-drop",
          "disable-trigger",
          "privilege-change",
          "do-block",
          "copy-file",
          "file-access",
          "dangerous-function",
          "routine-definition",
          "rename",
          "create-or-replace",
          "lock-table",
          "vacuum-full",
          "cluster",
          "reindex",
          "sleep-function",
          "cartesian-product",
          "not-null-column-without-default",
          "volatile-column-default",
          "index-without-concurrently",
          "column-type-change",
          "set-not-null-without-check",
          "constraint-without-not-valid",
          "index-building-constraint",
          "concurrently-in-transaction",
          "validation-in-same-transaction",
          "backfill-in-migration");

  private ApprovableRules() {}

  /** True when a human may approve a statement refused by {@code ruleId}. */
  public static boolean isApprovable(String ruleId) {
    return APPROVABLE.contains(ruleId);
  }

  /** True when {@code ruleIds} is not empty and every one of them is approvable. */
  public static boolean allApprovable(Collection<String> ruleIds) {
    return !ruleIds.isEmpty() && ruleIds.stream().allMatch(ApprovableRules::isApprovable);
  }
}
