package io.jdbcguard.rules;

/**
 * One check on one statement. A rule only reports what it sees; the action taken comes from the
 * policy (the rule's {@link #defaultAction()} unless a profile or an override says otherwise).
 *
 * <p>Rules are stateless and thread-safe. Their ids are the kebab-case of the class name's noun
 * phrase and never change: configuration and suppressions refer to them.
 */
public interface Rule {

  /** Stable kebab-case id, e.g. {@code delete-without-where}. */
  String id();

  /** What the {@code agent} profile does when this rule reports. */
  default Action defaultAction() {
    return Action.BLOCK;
  }

  /**
   * What {@code profile} does when this rule reports; {@link Action#ALLOW} means the rule does not
   * run in that profile. By default the same in every profile ({@code audit} is derived by {@link
   * Profile#actionFor(Rule)}).
   */
  default Action actionIn(Profile profile) {
    return defaultAction();
  }

  /**
   * True when the rule reads {@link StatementContext#script()}. The engine tracks the script state
   * only when a rule that runs in the policy needs it, so other profiles pay nothing for it.
   */
  default boolean usesScriptState() {
    return false;
  }

  /** Reports every occurrence of the hazard in {@code statement} to {@code report}. */
  void check(StatementContext statement, Report report);

  /** Where a rule reports what it saw. */
  @FunctionalInterface
  interface Report {
    /**
     * @param fragment the offending SQL (cut to about 200 characters by the finding)
     * @param reason why it is dangerous, one sentence ending with a period
     * @param fix the safe way to write it, one sentence ending with a period
     */
    void add(String fragment, String reason, String fix);
  }
}
