package io.jdbcguard.rules;

/**
 * A reviewed opt-out written in the script, e.g. {@code -- jdbc-guard:allow drop-object reason
 * why}: the finding of {@code ruleId} on the next statement is allowed and reported as such.
 *
 * @param ruleId the rule whose finding is allowed
 * @param reason the reviewer's reason (required)
 * @param line the 1-based line of the comment
 */
public record Suppression(String ruleId, String reason, int line) {}
