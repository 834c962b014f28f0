package io.jdbcguard.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.driver.GuardViolationException;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import io.modelcontextprotocol.spec.McpSchema;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every way a tool call can go wrong becomes a tool error a model can read, never a trace. */
class GuardMcpServerTest {

  private final GuardMcpServer server =
      new GuardMcpServer(new GuardedDatabase(options(), Map::of));

  private static ServerOptions options() {
    try {
      return ServerOptions.parse(List.of("--url", "jdbc:postgresql://h/db"), Map.of());
    } catch (ServerOptions.UsageException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void offersEightToolsWithObjectSchemas() {
    assertThat(server.tools()).hasSize(8);
    for (GuardTool tool : server.tools()) {
      assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object");
      assertThat(tool.inputSchema()).containsEntry("additionalProperties", false);
      assertThat(tool.description()).as(tool.name()).contains(" ");
    }
  }

  @Test
  void aResultIsJsonText() {
    McpSchema.CallToolResult result = call(args -> Map.of("rowCount", 1));
    assertThat(result.isError()).isFalse();
    assertThat(text(result)).isEqualTo("{\"rowCount\":1}");
  }

  @Test
  void aRefusalIsTheGuardsMessage() {
    Finding f = new Finding("drop-object", Action.BLOCK, "DROP TABLE t", "DROP destroys.", "Keep it.");
    GuardViolationException refusal =
        new GuardViolationException(Verdict.of(List.of(f), List.of(StatementKind.DDL), "DROP TABLE t"));
    McpSchema.CallToolResult result =
        call(args -> {
          throw refusal;
        });
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).isEqualTo(refusal.getMessage()).startsWith("[drop-object]");
  }

  @Test
  void aDatabaseErrorIsOneLineWithItsSqlState() {
    McpSchema.CallToolResult result =
        call(args -> {
          throw new SQLException("relation \"nope\" does not exist\n  Position: 15", "42P01");
        });
    assertThat(result.isError()).isTrue();
    assertThat(text(result))
        .isEqualTo("The database reported an error (SQLState 42P01): relation \"nope\" does not exist");
  }

  @Test
  void aBugIsReportedWithoutItsStackTrace() {
    McpSchema.CallToolResult result =
        call(args -> {
          throw new IllegalStateException("secret internals");
        });
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("IllegalStateException").doesNotContain("secret internals")
        .doesNotContain("\tat ");
  }

  private McpSchema.CallToolResult call(Body body) {
    GuardTool tool =
        new GuardTool() {
          @Override
          public String name() {
            return "fake";
          }

          @Override
          public String description() {
            return "fake tool";
          }

          @Override
          public Map<String, Object> inputSchema() {
            return GuardTool.object(Map.of(), List.of());
          }

          @Override
          public boolean readOnly() {
            return true;
          }

          @Override
          public Object call(Args args) throws ToolFailure, SQLException {
            return body.run(args);
          }
        };
    return server.call(tool, McpSchema.CallToolRequest.builder("fake").arguments(Map.of()).build());
  }

  @FunctionalInterface
  interface Body {
    Object run(Args args) throws ToolFailure, SQLException;
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }
}
