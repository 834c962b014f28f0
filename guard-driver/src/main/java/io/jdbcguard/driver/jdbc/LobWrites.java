package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.config.DriverRules;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The {@code lob-write} rule: a write through a Blob, Clob, NClob or SQLXML object ({@code
 * setBytes}, {@code setString}, {@code setBinaryStream}, {@code setCharacterStream}, {@code
 * setAsciiStream}, {@code truncate}, {@code Ref.setObject}) runs no SQL the guard could check.
 *
 * <ul>
 *   <li>On an object read from the database (a column, an OUT parameter, an array element) it
 *       changes the stored value itself (pgjdbc writes a large object at once): refused, a
 *       warning under the audit profile, or as {@code guard.rule.lob-write} says.
 *   <li>On a fresh object from {@code createBlob()} and its siblings it only fills a value to
 *       bind into a checked INSERT or UPDATE: allowed.
 *   <li>Under {@code guard.profile=read-only} and {@code guard.mode=sandbox} no write goes
 *       through a LOB object, fresh or not.
 * </ul>
 */
final class LobWrites {

  /** Agent-profile defaults, for connections built without a configuration (tests). */
  static final LobWrites DEFAULT = new LobWrites(Action.BLOCK, Profile.AGENT, false);

  private final Action fromDatabase;
  private final boolean nothingWritten;

  LobWrites(Action fromDatabase, Profile profile, boolean sandbox) {
    this.fromDatabase = Objects.requireNonNull(fromDatabase, "fromDatabase");
    this.nothingWritten = profile == Profile.READ_ONLY || sandbox;
  }

  /** Runs {@code call} (a write named {@code operation}) if the policy allows it, else refuses. */
  <T> T write(Gate gate, String operation, boolean fresh, Gate.Call<T> call)
      throws SQLException {
    if (nothingWritten) {
      Finding finding =
          new Finding(
              DriverRules.LOB_WRITE,
              Action.BLOCK,
              operation + "(...)",
              "Under guard.profile=read-only and guard.mode=sandbox nothing is written through a"
                  + " Blob, Clob, NClob or SQLXML object: the driver would write it without SQL the"
                  + " guard can check or roll back.",
              "Read the value only; a write needs a connection with another profile, chosen by a"
                  + " human.");
      return gate.decided(verdict(finding), plain(finding), call);
    }
    if (fresh) {
      return call.call();
    }
    Finding finding =
        new Finding(
            DriverRules.LOB_WRITE,
            fromDatabase,
            operation + "(...)",
            "A write through a LOB object read from the database changes the stored value"
                + " directly (PostgreSQL writes the large object at once), out of the guard's"
                + " sight: no rule, row limit or audit fingerprint applies to it.",
            "Write the new value with an UPDATE by key (UPDATE t SET doc = ? WHERE id = ?),"
                + " binding a fresh value (setBytes/setString, or Connection.createBlob()).");
    return gate.decided(verdict(finding), null, call);
  }

  private static Verdict verdict(Finding finding) {
    return Verdict.of(List.of(finding), List.of(StatementKind.UPDATE), "");
  }

  private static String plain(Finding f) {
    return "[" + f.ruleId() + "] " + f.reason() + " At: `" + f.fragment() + "`. " + f.fix();
  }
}
