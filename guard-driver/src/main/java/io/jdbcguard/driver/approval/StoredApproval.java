package io.jdbcguard.driver.approval;

/**
 * One row of {@value io.jdbcguard.rules.GuardTables#APPROVALS}: a request, and what a human did
 * about it. Times are epoch milliseconds (UTC); null where not set yet.
 *
 * @param status {@code pending}, {@code approved} or {@code used}
 */
public record StoredApproval(
    String approvalId,
    int requestNo,
    String status,
    String statementHash,
    String sql,
    String ruleIds,
    String databaseIdentity,
    String refusal,
    long requestedAt,
    String requestedBy,
    String approvedBy,
    Long approvedAt,
    Long expiresAt,
    Long usedAt,
    String usedBy) {

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String USED = "used";

  /** True when approved and not yet expired at {@code now}. */
  public boolean approvedAt(long now) {
    return APPROVED.equals(status) && expiresAt != null && expiresAt > now;
  }
}
