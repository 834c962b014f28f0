package io.jdbcguard.driver.approval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The id of one approvable refusal: {@code apr-} and 16 hex digits of the SHA-256 of the database
 * identity, the blocking rule ids and the exact SQL text. Another text (one space more), another
 * database or schema, or another set of rules gives another id.
 *
 * @param id what the human types, e.g. {@code apr-3f9c0a12be45d6e7}
 * @param statementHash the SHA-256 of the SQL text alone, 64 hex digits (stored and compared too)
 */
public record ApprovalId(String id, String statementHash) {

  static final String PREFIX = "apr-";

  /** The id for {@code sql} refused by {@code ruleIds} (sorted, distinct) on {@code identity}. */
  public static ApprovalId of(String sql, String identity, List<String> ruleIds) {
    String rules = String.join(",", ruleIds.stream().distinct().sorted().toList());
    String digest = sha256(identity + '\u0000' + rules + '\u0000' + sql);
    return new ApprovalId(PREFIX + digest.substring(0, 16), sha256(sql));
  }

  /** True when {@code text} looks like an approval id. */
  public static boolean isWellFormed(String text) {
    return text != null && text.matches("apr-[0-9a-f]{16}");
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
