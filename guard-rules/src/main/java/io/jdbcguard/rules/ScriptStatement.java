package io.jdbcguard.rules;

/**
 * One statement cut out of a script or a multi-statement string.
 *
 * @param sql the statement text, without the terminating delimiter
 * @param offset where it starts in the script (0-based character index)
 * @param line the 1-based line of its first character
 */
public record ScriptStatement(String sql, int offset, int line) {}
