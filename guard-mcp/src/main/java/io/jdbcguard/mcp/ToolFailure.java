package io.jdbcguard.mcp;

/**
 * A tool call that cannot be answered: bad arguments, or something the guard or the database
 * refused. Its message becomes the text of an MCP tool error ({@code isError: true}), written for
 * the model to act on; it never carries a stack trace.
 */
final class ToolFailure extends Exception {

  private static final long serialVersionUID = 1L;

  ToolFailure(String message) {
    super(message, null, false, false);
  }
}
