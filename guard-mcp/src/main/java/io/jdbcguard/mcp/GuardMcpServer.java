package io.jdbcguard.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdbcguard.driver.GuardViolationException;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server: the tools over the stdio transport of the official MCP Java SDK. Every tool
 * call is answered with a result; what goes wrong (bad arguments, a refusal, a database error, a
 * bug) becomes a tool error ({@code isError: true}) whose text the model can act on, never a stack
 * trace, and the server goes on serving.
 */
final class GuardMcpServer {

  private static final Logger LOG = LoggerFactory.getLogger(GuardMcpServer.class);

  static final String INSTRUCTIONS =
      "Every statement goes through jdbc-guard, which refuses destructive SQL with a message"
          + " naming the rule ([rule-id]), why, and the safe way to write it: read it, rewrite the"
          + " statement and try again. Explore with list_schemas, list_tables, describe_table and"
          + " query; rehearse writes with dry_run before execute. A refusal carrying an approval id"
          + " can only be allowed by a human: use request_approval and show them the command.";

  private final ObjectMapper json =
      new ObjectMapper();
  private final GuardedDatabase db;
  private final List<GuardTool> tools;

  GuardMcpServer(GuardedDatabase db) {
    this.db = db;
    this.tools =
        List.of(
            new QueryTool(db),
            new ExecuteTool(db),
            new DryRunTool(db),
            new ExplainTool(db),
            new ListSchemasTool(db),
            new ListTablesTool(db),
            new DescribeTableTool(db),
            new RequestApprovalTool(db));
  }

  List<GuardTool> tools() {
    return tools;
  }

  /** Builds the server on these streams; it serves until the input ends. */
  McpSyncServer start(InputStream in, OutputStream out, String version) {
    StdioServerTransportProvider transport =
        new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
    List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
    for (GuardTool tool : tools) {
      McpSchema.Tool definition =
          McpSchema.Tool.builder(tool.name(), tool.inputSchema())
              .description(tool.description())
              .annotations(
                  McpSchema.ToolAnnotations.builder()
                      .readOnlyHint(tool.readOnly())
                      .destructiveHint(!tool.readOnly())
                      .openWorldHint(false)
                      .build())
              .build();
      specs.add(
          new McpServerFeatures.SyncToolSpecification(
              definition, (exchange, request) -> call(tool, request)));
    }
    return McpServer.sync(transport)
        .serverInfo("jdbc-guard", version)
        .instructions(INSTRUCTIONS)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(specs)
        // calls run one at a time on the transport's reader thread: the stdio transport's
        // outbound queue takes one producer at a time, and the tools share one connection anyway
        .immediateExecution(true)
        .build();
  }

  /** One tool call, always answered: a result, or a tool error the model can read. */
  McpSchema.CallToolResult call(GuardTool tool, McpSchema.CallToolRequest request) {
    try {
      Object value = tool.call(new Args(tool.name(), request.arguments()));
      return McpSchema.CallToolResult.builder()
          .addTextContent(json.writeValueAsString(value))
          .isError(false)
          .build();
    } catch (ToolFailure e) {
      return error(e.getMessage());
    } catch (GuardViolationException e) {
      LOG.debug("{} refused by the guard", tool.name());
      return error(e.getMessage());
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
        db.close(); // the connection is gone: the next call opens a new one
      }
      return error(databaseError(e));
    } catch (Exception | StackOverflowError e) {
      LOG.error("{} failed", tool.name(), e);
      return error(
          "The server could not answer this call (" + e.getClass().getSimpleName() + "); the"
              + " details are in its log. Nothing else was affected; try another call.");
    }
  }

  static String databaseError(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    int newline = message.indexOf('\n');
    if (newline > 0) {
      message = message.substring(0, newline);
    }
    if (message.length() > 500) {
      message = message.substring(0, 500) + "...";
    }
    return "The database reported an error (SQLState " + e.getSQLState() + "): " + message;
  }

  private static McpSchema.CallToolResult error(String text) {
    return McpSchema.CallToolResult.builder().addTextContent(text).isError(true).build();
  }
}
