package io.jdbcguard.mcp;

import io.jdbcguard.driver.approval.ApprovalRequest;
import io.jdbcguard.driver.jdbc.Gate;
import io.jdbcguard.driver.jdbc.GuardedConnection;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code request_approval}: records a pending approval request for one refused statement, without
 * running it, and returns the id and the command a human runs.
 */
final class RequestApprovalTool implements GuardTool {

  private final GuardedDatabase db;

  RequestApprovalTool(GuardedDatabase db) {
    this.db = db;
  }

  @Override
  public String name() {
    return "request_approval";
  }

  @Override
  public String description() {
    return "Ask a human to allow one exact SQL statement that jdbc-guard refuses but a human may"
        + " override (DROP, TRUNCATE, DELETE or UPDATE without WHERE, renames, ...). Nothing runs"
        + " now. Returns the approval id and the exact command the human runs in a terminal: show"
        + " it to the human together with why the statement is needed. After they approve, send"
        + " exactly the same SQL text once with execute. Any other text, another database or a"
        + " second run is refused again; the row limit and sandbox mode still apply. Refusals no"
        + " human can override (unparseable SQL, = NULL, the guard's own tables) come back as an"
        + " error: change the statement instead.";
  }

  @Override
  public Map<String, Object> inputSchema() {
    return GuardTool.object(
        Map.of(
            "sql", GuardTool.sqlProperty(),
            "reason",
                GuardTool.string(
                    "Why the statement is needed, in one sentence for the human (returned with"
                        + " the command).")),
        List.of("sql"));
  }

  @Override
  public boolean readOnly() {
    return false;
  }

  @Override
  public Object call(Args args) throws ToolFailure, SQLException {
    String sql = args.sql();
    String reason = args.optionalText("reason");
    Gate gate = db.main().unwrap(GuardedConnection.class).gate();
    ApprovalRequest request = gate.approvals().request(sql, gate.engine().check(sql));
    switch (request.status()) {
      case NOT_APPROVABLE:
      case DISABLED:
      case UNAVAILABLE:
        throw new ToolFailure(request.message());
      case NOT_NEEDED:
        return Map.of("status", "not-needed", "message", request.message() + " Use execute.");
      default:
        break;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", request.status() == ApprovalRequest.Status.APPROVED ? "approved" : "pending");
    out.put("approvalId", request.approvalId());
    out.put("command", command(request.approvalId()));
    if (reason != null) {
      out.put("reason", reason);
    }
    out.put("refusal", request.message());
    out.put(
        "next",
        request.status() == ApprovalRequest.Status.APPROVED
            ? "A human approved it: send exactly the same SQL text once with execute."
            : "Show the human the command and why the statement is needed. It prints the statement"
                + " and asks them to confirm. Once they have approved, send exactly the same SQL"
                + " text once with execute.");
    return out;
  }

  /** The approve command for this server's jar, database and credentials (never a password). */
  String command(String id) {
    ServerOptions o = db.options();
    List<String> parts = new ArrayList<>();
    parts.add("java -jar " + jarPath() + " approve --url '" + sanitized(o.realUrl()) + "'");
    if (o.user() != null) {
      parts.add("--user '" + o.user() + "'");
    }
    if (o.passwordEnv() != null) {
      parts.add("--password-env " + o.passwordEnv());
    }
    parts.add(id);
    return String.join(" ", parts);
  }

  private static String jarPath() {
    try {
      Path path =
          Path.of(RequestApprovalTool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (path.toString().endsWith(".jar")) {
        return path.toString();
      }
    } catch (Exception e) {
      // not run from a jar
    }
    return "guard-mcp-<version>-all.jar";
  }

  /** The URL without user information and without password parameters. */
  static String sanitized(String url) {
    String u = url.replaceAll("//[^/@?;]*@", "//");
    return u.replaceAll("(?i)([?&;])(password|pass|pwd)=[^&;]*", "$1").replaceAll("[?&;]+$", "")
        .replace("?&", "?").replace("&&", "&");
  }
}
