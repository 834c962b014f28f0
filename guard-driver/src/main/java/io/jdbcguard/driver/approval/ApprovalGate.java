package io.jdbcguard.driver.approval;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.driver.audit.AuditLog;
import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardTables;
import io.jdbcguard.rules.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The human approval gate of one guarded connection, called once from the gate's decision step
 * ({@link #review}) for every statement:
 *
 * <ul>
 *   <li>A statement with a {@code guard-table-write} finding is refused under every profile and
 *       override: a guarded connection never writes the approvals table.
 *   <li>With {@code guard.approvals=on}, a statement blocked only by {@linkplain ApprovableRules
 *       approvable rules} gets an {@linkplain ApprovalId approval id}: the guard's own internal
 *       connection records a pending request (SQL text, rules, database identity) in {@value
 *       GuardTables#APPROVALS}, and the refusal names the id and the {@code approve} command.
 *   <li>Once a human approved it, the same text on the same database is allowed exactly once: the
 *       approval is marked used before the statement runs, and the audit log records the approver.
 *       The row limit, dry runs and sandbox mode still apply to it. Another text, another
 *       database, a second run, or an expired approval is refused again.
 * </ul>
 *
 * <p>Everything but the first check happens only for refused statements: an allowed statement
 * costs one look at its (usually empty) findings.
 */
public final class ApprovalGate {

  /** Longer SQL texts are not kept for approval. */
  static final int MAX_SQL = 1_000_000;

  private final Connection raw;
  private final ConnectionSource internal;
  private final AuditLog audit;
  private final String connectionId;

  /** The database family and the server part of the identity, read on first use. */
  private Dialect family;

  private String server;

  private ApprovalGate(
      Connection raw, ConnectionSource internal, AuditLog audit, String connectionId) {
    this.raw = raw;
    this.internal = internal;
    this.audit = Objects.requireNonNull(audit, "audit");
    this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
  }

  /** {@code guard.approvals=off}: only the approvals table's protection. */
  public static ApprovalGate off(AuditLog audit, String connectionId) {
    return new ApprovalGate(null, null, audit, connectionId);
  }

  /**
   * {@code guard.approvals=on}.
   *
   * @param raw the caller's real connection (its current database and schema are part of the
   *     identity)
   * @param internal opens the guard's own connection to the same database
   */
  public static ApprovalGate on(
      Connection raw, ConnectionSource internal, AuditLog audit, String connectionId) {
    return new ApprovalGate(
        Objects.requireNonNull(raw, "raw"),
        Objects.requireNonNull(internal, "internal"),
        audit,
        connectionId);
  }

  public boolean enabled() {
    return internal != null;
  }

  /**
   * The decision hook: returns the verdict to go on with (the engine's, or for an approved
   * statement the same findings as warnings), or throws the refusal.
   *
   * @param once true when the statement runs now, once (an execute call or addBatch); false when it
   *     is kept for later runs (prepareStatement, prepareCall), which an approval never covers
   * @throws GuardViolationException for a write to the approvals table, and for an approvable
   *     statement that has no usable approval (the message names the approval id)
   */
  public Verdict review(String sql, Verdict verdict, boolean once) throws SQLException {
    if (verdict.findings().isEmpty()) {
      return verdict;
    }
    Finding table = guardTableFinding(verdict);
    if (table != null) {
      Verdict refused = blocked(verdict);
      audit.refused(refused, 0, connectionId);
      throw new GuardViolationException(refused, guardTableMessage(table));
    }
    if (internal == null || verdict.action() != Action.BLOCK) {
      return verdict;
    }
    List<String> rules = blockingRules(verdict);
    if (!ApprovableRules.allApprovable(rules) || sql.length() > MAX_SQL) {
      return verdict; // the gate refuses it as usual
    }
    String sentence;
    try (Connection c = openInternal()) {
      String identity = DatabaseIdentity.of(family, server, raw);
      ApprovalId id = ApprovalId.of(sql, identity, rules);
      ApprovalStore.ensureTable(c, family);
      long now = System.currentTimeMillis();
      if (once) {
        StoredApproval used = ApprovalStore.consume(c, id, identity, now, requester());
        if (used != null) {
          Verdict approved = approved(verdict);
          audit.approved(approved, id.id(), used.approvedBy(), connectionId);
          return approved;
        }
      }
      StoredApproval stored =
          ApprovalStore.recordPending(c, request(sql, verdict, id, identity, rules, now), now);
      sentence =
          !once && stored.approvedAt(now)
              ? notForPrepared(id.id())
              : approvalSentence(id.id()) + (once ? "" : " " + notForPrepared(id.id()));
    } catch (SQLException | RuntimeException e) {
      sentence = unavailable(e);
    }
    audit.refused(verdict, 0, connectionId);
    throw new GuardViolationException(verdict, messageOf(verdict) + " " + sentence);
  }

  /**
   * Asks for an approval of {@code sql} without running it: records the pending request exactly
   * as a refusal would. {@code verdict} is the engine's verdict for it.
   */
  public ApprovalRequest request(String sql, Verdict verdict) {
    if (guardTableFinding(verdict) != null) {
      return new ApprovalRequest(
          ApprovalRequest.Status.NOT_APPROVABLE, null, guardTableMessage(guardTableFinding(verdict)));
    }
    if (verdict.action() != Action.BLOCK) {
      return new ApprovalRequest(
          ApprovalRequest.Status.NOT_NEEDED,
          null,
          "The guard allows this statement as it is; no approval is needed.");
    }
    List<String> rules = blockingRules(verdict);
    if (!ApprovableRules.allApprovable(rules) || sql.length() > MAX_SQL) {
      return new ApprovalRequest(
          ApprovalRequest.Status.NOT_APPROVABLE,
          null,
          messageOf(verdict)
              + " No approval can override "
              + String.join(", ", rules)
              + ": change the statement.");
    }
    if (internal == null) {
      return new ApprovalRequest(
          ApprovalRequest.Status.DISABLED,
          null,
          messageOf(verdict) + " Approvals are off on this connection (guard.approvals=off).");
    }
    try (Connection c = openInternal()) {
      String identity = DatabaseIdentity.of(family, server, raw);
      ApprovalId id = ApprovalId.of(sql, identity, rules);
      ApprovalStore.ensureTable(c, family);
      long now = System.currentTimeMillis();
      StoredApproval stored =
          ApprovalStore.recordPending(c, request(sql, verdict, id, identity, rules, now), now);
      return stored.approvedAt(now)
          ? new ApprovalRequest(
              ApprovalRequest.Status.APPROVED,
              id.id(),
              "Approved by " + stored.approvedBy() + "; send exactly the same SQL text once.")
          : new ApprovalRequest(
              ApprovalRequest.Status.PENDING, id.id(), messageOf(verdict) + " " + approvalSentence(id.id()));
    } catch (SQLException | RuntimeException e) {
      return new ApprovalRequest(
          ApprovalRequest.Status.UNAVAILABLE, null, messageOf(verdict) + " " + unavailable(e));
    }
  }

  // ---------------------------------------------------------------- helpers

  private synchronized Connection openInternal() throws SQLException {
    Connection c = internal.open();
    if (c == null) {
      throw new SQLException("the real driver returned no connection");
    }
    try {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      if (family == null) {
        family = DatabaseFamily.of(c, Dialect.GENERIC);
        server = DatabaseIdentity.server(c, family);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private StoredApproval request(
      String sql, Verdict verdict, ApprovalId id, String identity, List<String> rules, long now) {
    return new StoredApproval(
        id.id(),
        0,
        StoredApproval.PENDING,
        id.statementHash(),
        sql,
        String.join(",", rules),
        identity,
        messageOf(verdict),
        now,
        requester(),
        null,
        null,
        null,
        null,
        null);
  }

  private String requester() {
    String user;
    try {
      user = raw.getMetaData().getUserName();
    } catch (SQLException | RuntimeException e) {
      user = "unknown";
    }
    return user + " (" + connectionId + ")";
  }

  static Finding guardTableFinding(Verdict verdict) {
    for (Finding f : verdict.findings()) {
      if (f.ruleId().equals(GuardTables.WRITE_RULE)) {
        return f;
      }
    }
    return null;
  }

  /** The rules whose findings block the statement, distinct, in order. */
  static List<String> blockingRules(Verdict verdict) {
    List<String> rules = new ArrayList<>();
    for (Finding f : verdict.findings()) {
      if (f.action() == Action.BLOCK && !rules.contains(f.ruleId())) {
        rules.add(f.ruleId());
      }
    }
    return rules;
  }

  /** The same findings, the blocking ones as warnings: an approved statement goes on as warned. */
  private static Verdict approved(Verdict verdict) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : verdict.findings()) {
      findings.add(
          f.action() == Action.BLOCK
              ? new Finding(f.ruleId(), Action.WARN, f.fragment(), f.reason(), f.fix())
              : f);
    }
    return Verdict.of(findings, verdict.kinds(), verdict.fingerprint());
  }

  /** The verdict with the guard-table finding blocking (it may be a warning under audit). */
  private static Verdict blocked(Verdict verdict) {
    List<Finding> findings = new ArrayList<>();
    for (Finding f : verdict.findings()) {
      findings.add(
          f.ruleId().equals(GuardTables.WRITE_RULE)
              ? new Finding(f.ruleId(), Action.BLOCK, f.fragment(), f.reason(), f.fix())
              : f);
    }
    return Verdict.of(findings, verdict.kinds(), verdict.fingerprint());
  }

  private static String guardTableMessage(Finding f) {
    return "["
        + f.ruleId()
        + "] "
        + f.reason()
        + (f.fragment().isEmpty() ? "" : " At: `" + f.fragment() + "`.")
        + " "
        + f.fix()
        + " No profile, rule override or approval allows it.";
  }

  private static String messageOf(Verdict verdict) {
    String message = verdict.message();
    return message.isEmpty() ? "jdbc-guard refused the statement." : message;
  }

  static String approvalSentence(String id) {
    return "Or a human approves this exact statement to run once on this database (approval id "
        + id
        + "): java -jar guard-driver-<version>-all.jar approve --url <JDBC URL> "
        + id
        + "; then send exactly the same SQL text again.";
  }

  private static String notForPrepared(String id) {
    return "An approval (here "
        + id
        + ") is used only by a statement sent directly (Statement.execute, executeUpdate,"
        + " executeQuery, executeLargeUpdate or addBatch), never by prepareStatement or"
        + " prepareCall, which could run it more than once.";
  }

  private static String unavailable(Exception e) {
    String state = e instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "none";
    return "No approval could be offered: the guard could not record the request in "
        + GuardTables.APPROVALS
        + " (SQLState "
        + state
        + "); the database user needs the right to create and write that table.";
  }
}
