package io.jdbcguard.mcp;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One MCP tool of the server: its name, a description written for a model, its input schema. */
interface GuardTool {

  String name();

  String description();

  /** The JSON schema of the arguments (an object schema). */
  Map<String, Object> inputSchema();

  /** True for tools that never change anything (an MCP annotation hint). */
  boolean readOnly();

  /**
   * Answers one call with a JSON-ready value.
   *
   * @throws ToolFailure for bad arguments and for refusals the model should read
   * @throws SQLException from the guard or the database (turned into a tool error)
   */
  Object call(Args args) throws ToolFailure, SQLException;

  // ---------------------------------------------------------------- schema helpers

  static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  static Map<String, Object> string(String description) {
    return Map.of("type", "string", "description", description);
  }

  static Map<String, Object> integer(String description, int min, int max) {
    return Map.of("type", "integer", "description", description, "minimum", min, "maximum", max);
  }

  static Map<String, Object> sqlProperty() {
    return string("Exactly one SQL statement, as the database should receive it.");
  }
}
