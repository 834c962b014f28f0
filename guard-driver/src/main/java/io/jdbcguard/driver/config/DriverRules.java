package io.jdbcguard.driver.config;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Profile;
import java.util.Objects;
import java.util.Set;

/**
 * The actions of the rules the driver itself decides (the engine knows nothing of them), each
 * overridable as {@code guard.rule.<id>=allow|warn|block} like an engine rule. By default they
 * block, and warn under the audit profile.
 *
 * @param ambiguousSplit {@code ambiguous-split}: the real driver would read the string differently
 * @param lobWrite {@code lob-write}: a write through a Blob, Clob, NClob or SQLXML object
 * @param protectedDatabase {@code protected-database}: an unprotected connection reaching a
 *     database or schema that {@code guard.protect} matches (only {@code block} while any
 *     guard.protect pattern is set)
 */
public record DriverRules(Action ambiguousSplit, Action lobWrite, Action protectedDatabase) {

  public static final String AMBIGUOUS_SPLIT = "ambiguous-split";
  public static final String LOB_WRITE = "lob-write";
  public static final String PROTECTED_DATABASE = "protected-database";

  /** The ids these rules answer to in {@code guard.rule.<id>}. */
  public static final Set<String> IDS = Set.of(AMBIGUOUS_SPLIT, LOB_WRITE, PROTECTED_DATABASE);

  public DriverRules {
    Objects.requireNonNull(ambiguousSplit, "ambiguousSplit");
    Objects.requireNonNull(lobWrite, "lobWrite");
    Objects.requireNonNull(protectedDatabase, "protectedDatabase");
  }

  /** The first two rules' actions; {@code protected-database} blocks. */
  public DriverRules(Action ambiguousSplit, Action lobWrite) {
    this(ambiguousSplit, lobWrite, Action.BLOCK);
  }

  /** The defaults of a profile: warn under audit, block otherwise. */
  public static DriverRules defaults(Profile profile) {
    Action action = profile == Profile.AUDIT ? Action.WARN : Action.BLOCK;
    return new DriverRules(action, action, Action.BLOCK);
  }

  /** This value with rule {@code id} set to {@code action}. */
  DriverRules with(String id, Action action) {
    switch (id) {
      case AMBIGUOUS_SPLIT:
        return new DriverRules(action, lobWrite, protectedDatabase);
      case LOB_WRITE:
        return new DriverRules(ambiguousSplit, action, protectedDatabase);
      default:
        return new DriverRules(ambiguousSplit, lobWrite, action);
    }
  }
}
