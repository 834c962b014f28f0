package io.jdbcguard.driver.approval;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the approvals table ({@value GuardTables#APPROVALS}). Only two callers ever write it:
 * the guard's own internal connection (pending requests, and marking an approval used) and the
 * {@code approve} command (approving). A guarded connection cannot: see the {@code
 * guard-table-write} rule. Every statement has a query timeout, so a lock held elsewhere cannot
 * make the guard hang.
 *
 * <p>One row per request: {@code (approval_id, request_no)} is the key. A statement refused again
 * after its approval was used gets a new request under the same id, so the history stays.
 */
public final class ApprovalStore {

  public static final String TABLE = GuardTables.APPROVALS;

  /** Seconds any statement on the table may take, lock waits included. */
  static final int TIMEOUT_SECONDS = 10;

  private static final String COLUMNS =
      "approval_id, request_no, status, statement_hash, statement_sql, rule_ids,"
          + " database_identity, refusal, requested_at, requested_by, approved_by, approved_at,"
          + " expires_at, used_at, used_by";

  private ApprovalStore() {}

  /** The table's DDL in the family's types ({@code CREATE TABLE IF NOT EXISTS}). */
  public static String createTable(Dialect family) {
    String text = family == Dialect.POSTGRES ? "TEXT" : family == Dialect.MYSQL ? "MEDIUMTEXT" : "CLOB";
    return "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
        + "approval_id VARCHAR(40) NOT NULL, "
        + "request_no INTEGER NOT NULL, "
        + "status VARCHAR(16) NOT NULL, "
        + "statement_hash CHAR(64) NOT NULL, "
        + "statement_sql " + text + " NOT NULL, "
        + "rule_ids VARCHAR(1000) NOT NULL, "
        + "database_identity VARCHAR(1000) NOT NULL, "
        + "refusal " + text + " NOT NULL, "
        + "requested_at BIGINT NOT NULL, "
        + "requested_by VARCHAR(200) NOT NULL, "
        + "approved_by VARCHAR(200), "
        + "approved_at BIGINT, "
        + "expires_at BIGINT, "
        + "used_at BIGINT, "
        + "used_by VARCHAR(200), "
        + "PRIMARY KEY (approval_id, request_no))";
  }

  /** Creates the table if it is absent. */
  public static void ensureTable(Connection c, Dialect family) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(TIMEOUT_SECONDS);
      s.execute(createTable(family));
    }
  }

  /** The latest request for {@code approvalId}, or null. */
  public static StoredApproval latest(Connection c, String approvalId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE approval_id = ? ORDER BY request_no DESC")) {
      p.setQueryTimeout(TIMEOUT_SECONDS);
      p.setString(1, approvalId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? row(rs) : null;
      }
    }
  }

  /** Every request still waiting for a human, oldest first. */
  public static List<StoredApproval> pending(Connection c) throws SQLException {
    List<StoredApproval> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE status = ? ORDER BY requested_at")) {
      p.setQueryTimeout(TIMEOUT_SECONDS);
      p.setString(1, StoredApproval.PENDING);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    }
    return out;
  }

  /**
   * Records a pending request unless one is already waiting (or approved and not yet used).
   *
   * @return the request as stored
   */
  static StoredApproval recordPending(Connection c, StoredApproval request, long now)
      throws SQLException {
    StoredApproval latest = latest(c, request.approvalId());
    if (latest != null
        && (StoredApproval.PENDING.equals(latest.status()) || latest.approvedAt(now))) {
      return latest;
    }
    int next = latest == null ? 1 : latest.requestNo() + 1;
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)")) {
      p.setQueryTimeout(TIMEOUT_SECONDS);
      p.setString(1, request.approvalId());
      p.setInt(2, next);
      p.setString(3, StoredApproval.PENDING);
      p.setString(4, request.statementHash());
      p.setString(5, request.sql());
      p.setString(6, cut(request.ruleIds(), 1000));
      p.setString(7, cut(request.databaseIdentity(), 1000));
      p.setString(8, request.refusal());
      p.setLong(9, now);
      p.setString(10, cut(request.requestedBy(), 200));
      p.setNull(11, Types.VARCHAR);
      p.setNull(12, Types.BIGINT);
      p.setNull(13, Types.BIGINT);
      p.setNull(14, Types.BIGINT);
      p.setNull(15, Types.VARCHAR);
      p.executeUpdate();
    } catch (SQLException e) {
      StoredApproval raced = latest(c, request.approvalId());
      if (raced != null && StoredApproval.PENDING.equals(raced.status())) {
        return raced; // another connection recorded the same request at the same moment
      }
      throw e;
    }
    return latest(c, request.approvalId());
  }

  /**
   * Uses the approval of exactly this statement on exactly this database, if a human gave one
   * that has not expired: marks it used (one UPDATE guarded by the status, so two connections
   * cannot both use it) and returns it; null if there is none.
   */
  static StoredApproval consume(Connection c, ApprovalId id, String identity, long now, String usedBy)
      throws SQLException {
    StoredApproval latest = latest(c, id.id());
    if (latest == null
        || !latest.approvedAt(now)
        || !latest.statementHash().equals(id.statementHash())
        || !latest.databaseIdentity().equals(cut(identity, 1000))) {
      return null;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE " + TABLE + " SET status = ?, used_at = ?, used_by = ?"
                + " WHERE approval_id = ? AND request_no = ? AND status = ? AND expires_at > ?")) {
      p.setQueryTimeout(TIMEOUT_SECONDS);
      p.setString(1, StoredApproval.USED);
      p.setLong(2, now);
      p.setString(3, cut(usedBy, 200));
      p.setString(4, latest.approvalId());
      p.setInt(5, latest.requestNo());
      p.setString(6, StoredApproval.APPROVED);
      p.setLong(7, now);
      return p.executeUpdate() == 1 ? latest : null;
    }
  }

  /**
   * Approves a pending request (the {@code approve} command).
   *
   * @return true if it was still pending and is now approved
   */
  public static boolean approve(
      Connection c, StoredApproval request, String approvedBy, long now, long expiresAt)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE " + TABLE + " SET status = ?, approved_by = ?, approved_at = ?, expires_at = ?"
                + " WHERE approval_id = ? AND request_no = ? AND status = ?")) {
      p.setQueryTimeout(TIMEOUT_SECONDS);
      p.setString(1, StoredApproval.APPROVED);
      p.setString(2, cut(approvedBy, 200));
      p.setLong(3, now);
      p.setLong(4, expiresAt);
      p.setString(5, request.approvalId());
      p.setInt(6, request.requestNo());
      p.setString(7, StoredApproval.PENDING);
      return p.executeUpdate() == 1;
    }
  }

  private static StoredApproval row(ResultSet rs) throws SQLException {
    return new StoredApproval(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4).trim(),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getLong(9),
        rs.getString(10),
        rs.getString(11),
        nullableLong(rs, 12),
        nullableLong(rs, 13),
        nullableLong(rs, 14),
        rs.getString(15));
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
