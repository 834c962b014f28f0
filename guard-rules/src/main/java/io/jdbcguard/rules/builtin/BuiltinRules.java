package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import java.util.List;

/**
 * The registry: every built-in rule, in the order their findings are reported. Adding a rule is one
 * class, one line here, its test, and its entry in {@code docs/rules.md}.
 */
public final class BuiltinRules {

  private static final List<Rule> ALL =
      List.of(
          new Unparseable(),
          new GuardTableWrite(),
          new ExecutableComment(),
          new DropObject(),
          new Truncate(),
          new DeleteWithoutWhere(),
          new UpdateWithoutWhere(),
          new WhereAlwaysTrue(),
          new MergeAlwaysTrue(),
          new MergeUnmatchedBySource(),
          new ForeignSyntax(),
          new NullComparison(),
          new AlterTableDrop(),
          new DisableTrigger(),
          new DisableChecks(),
          new QuotingChange(),
          new PrivilegeChange(),
          new ServerChange(),
          new DoBlock(),
          new DynamicSql(),
          new CopyFile(),
          new FileAccess(),
          new DangerousFunction(),
          new SystemCatalogWrite(),
          new RoutineDefinition(),
          new WhereMatchesAll(),
          new Rename(),
          new CreateOrReplace(),
          new LockTable(),
          new VacuumFull(),
          new Cluster(),
          new Reindex(),
          new ReadOnly(),
          new SleepFunction(),
          new CartesianProduct(),
          // migration safety (profile migration only)
          new NotNullColumnWithoutDefault(),
          new VolatileColumnDefault(),
          new IndexWithoutConcurrently(),
          new ColumnTypeChange(),
          new SetNotNullWithoutCheck(),
          new ConstraintWithoutNotValid(),
          new IndexBuildingConstraint(),
          new ConcurrentlyInTransaction(),
          new ValidationInSameTransaction(),
          new BackfillInMigration(),
          new AddColumnNotInstant(),
          new AlterWithCopy(),
          new IndexWithoutLockNone(),
          // script opt-out comments (reported by GuardEngine.checkScript)
          new InvalidOptOut());

  private BuiltinRules() {}

  /** Every built-in rule. */
  public static List<Rule> all() {
    return ALL;
  }
}
