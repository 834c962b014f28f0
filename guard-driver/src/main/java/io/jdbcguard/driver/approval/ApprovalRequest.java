package io.jdbcguard.driver.approval;

/**
 * What asking for an approval of one statement found, without running it ({@link
 * ApprovalGate#request}).
 *
 * @param status what happened
 * @param approvalId the id a human approves, or null when there is none
 * @param message the guard's message for the statement (its refusal), or why no approval applies
 */
public record ApprovalRequest(Status status, String approvalId, String message) {

  public enum Status {
    /** The guard allows the statement as it is: no approval needed. */
    NOT_NEEDED,
    /** Refused by a rule no approval overrides (or the approvals table itself). */
    NOT_APPROVABLE,
    /** {@code guard.approvals} is off on this connection. */
    DISABLED,
    /** Recorded; waiting for a human to run {@code approve}. */
    PENDING,
    /** A human approved it and the approval has not been used or expired. */
    APPROVED,
    /** The request could not be recorded (no table, no privilege, database error). */
    UNAVAILABLE
  }
}
