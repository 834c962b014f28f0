package io.jdbcguard.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The acceptance of the MCP server: the built jar is launched over stdio and driven by the MCP
 * Java SDK's client, against a real database, in a schema (PostgreSQL) or database (MariaDB) of
 * this class's own that is dropped at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class McpServerContract {

  private static final Pattern ID = Pattern.compile("apr-[0-9a-f]{16}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD_ENV = "JG_MCP_IT_PASSWORD";

  abstract String serverUrl();

  abstract String user();

  /** The password, from the same environment variables as the driver's ITs (empty locally). */
  abstract String password();

  /** Creates {@code name} and returns the URL that works inside it. */
  abstract String isolatedUrl(Connection raw, String name) throws SQLException;

  abstract void dropIsolated(Connection raw, String name) throws SQLException;

  /** SQL filling {@code table} (id, grp) with ids 1..n, grp = 1. */
  abstract String fill(String table, int n);

  /** A query returning {@code n} rows. */
  abstract String manyRows(int n);

  String url;
  private String isolated;
  private McpSyncClient client;
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  String table;

  @BeforeAll
  void startServer() throws SQLException {
    isolated = "jg_mcp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection raw = DriverManager.getConnection(serverUrl(), user(), password())) {
      url = isolatedUrl(raw, isolated);
    }
    ServerParameters params =
        ServerParameters.builder(java())
            .args("-jar", jar("jdbcguard.it.mcpJar"), "--url", url, "--user", user(),
                "--password-env", PASSWORD_ENV, "guard.connectionIdPrefix=mcp-it-")
            .env(Map.of(PASSWORD_ENV, password()))
            .build();
    StdioClientTransport transport = new StdioClientTransport(params, McpJsonDefaults.getMapper());
    transport.setStdErrorHandler(stderr::add);
    client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
  }

  @AfterAll
  void stopServer() throws SQLException {
    if (client != null) {
      client.closeGracefully();
    }
    try (Connection raw = DriverManager.getConnection(serverUrl(), user(), password())) {
      dropIsolated(raw, isolated);
    }
  }

  @BeforeEach
  void createTable() throws SQLException {
    table = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    raw("CREATE TABLE " + table + " (id INT PRIMARY KEY, name VARCHAR(20))");
    raw("INSERT INTO " + table + " VALUES (1, 'a'), (2, 'b'), (3, 'c')");
  }

  // ---------------------------------------------------------------- acceptance

  @Test
  void listsEveryToolWithASchemaAndADescription() {
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertThat(tools)
        .extracting(McpSchema.Tool::name)
        .containsExactlyInAnyOrder(
            "query", "execute", "dry_run", "explain", "list_schemas", "list_tables",
            "describe_table", "request_approval");
    for (McpSchema.Tool tool : tools) {
      assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object");
      assertThat(tool.inputSchema()).as(tool.name()).containsKey("properties");
      assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(80);
    }
    McpSchema.Tool query = tools.stream().filter(t -> t.name().equals("query")).findFirst().get();
    assertThat(query.inputSchema().get("required")).isEqualTo(List.of("sql"));
  }

  @Test
  void selectReturnsRows() throws Exception {
    JsonNode result = ok("query", Map.of("sql", "SELECT id, name FROM " + table + " ORDER BY id"));
    assertThat(result.get("rowCount").asInt()).isEqualTo(3);
    assertThat(result.get("truncated").asBoolean()).isFalse();
    assertThat(result.get("rows").get(0).get("name").asText()).isEqualTo("a");
    assertThat(result.get("rows").get(2).get("id").asInt()).isEqualTo(3);
  }

  @Test
  void deleteWithoutWhereIsAToolErrorAndTheTableIsUnchanged() throws Exception {
    String error = error("execute", Map.of("sql", "DELETE FROM " + table));
    assertThat(error).contains("[delete-without-where]").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(count(table)).isEqualTo(3);
    assertThat(stderr).as("the refusal is logged on stderr").anyMatch(l -> l.contains("blocked"));
  }

  @Test
  void dryRunOfA5000RowDeleteReports5000AndChangesNothing() throws Exception {
    String big = table + "_big";
    raw("CREATE TABLE " + big + " (id INT PRIMARY KEY, grp INT)");
    raw(fill(big, 5000));
    String delete = "DELETE FROM " + big + " WHERE grp = 1";

    JsonNode dry = ok("dry_run", Map.of("sql", delete));
    assertThat(dry.get("rowsAffected").asLong()).isEqualTo(5000);
    assertThat(dry.get("kept").asBoolean()).isFalse();
    assertThat(dry.get("rowLimit").get("executeWouldBeRefused").asBoolean()).isTrue();
    assertThat(dry.get("perTable").isNull()).isTrue();
    assertThat(dry.get("plan").isNull()).as("a plan from EXPLAIN").isFalse();
    assertThat(count(big)).isEqualTo(5000);

    assertThat(error("execute", Map.of("sql", delete))).contains("[row-limit]");
    assertThat(count(big)).isEqualTo(5000);
    raw("DROP TABLE " + big);
  }

  @Test
  void dropIsRefusedApprovedThenRunsExactlyOnce() throws Exception {
    String drop = "DROP TABLE " + table;
    String refusal = error("execute", Map.of("sql", drop));
    assertThat(refusal).contains("[drop-object]");
    String id = idIn(refusal);

    JsonNode request = ok("request_approval", Map.of("sql", drop, "reason", "test clean-up"));
    assertThat(request.get("approvalId").asText()).isEqualTo(id);
    assertThat(request.get("status").asText()).isEqualTo("pending");
    String command = request.get("command").asText();
    assertThat(command).contains(" approve ").contains("--password-env " + PASSWORD_ENV).endsWith(id)
        .doesNotContain("password=");
    assertThat(shell(command + " --yes --by mcp-it")).isZero();

    ok("execute", Map.of("sql", drop));
    assertThat(exists(table)).isFalse();

    raw("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
    assertThat(error("execute", Map.of("sql", drop))).contains("[drop-object]").contains(id);
    assertThat(exists(table)).as("a second identical DROP is refused").isTrue();
  }

  @Test
  void writingTheApprovalsTableIsRefused() throws Exception {
    error("execute", Map.of("sql", "DROP TABLE " + table)); // creates the table
    assertThat(
            error("execute",
                Map.of("sql", "UPDATE jdbc_guard_approvals SET status = 'approved', expires_at ="
                    + " 9999999999999")))
        .contains("[guard-table-write]");
    assertThat(error("execute", Map.of("sql", "DELETE FROM jdbc_guard_approvals WHERE 1 = 1")))
        .contains("[guard-table-write]");
    assertThat(error("dry_run",
            Map.of("sql", "INSERT INTO jdbc_guard_approvals (approval_id) VALUES ('x')")))
        .contains("[guard-table-write]");
    assertThat(error("query", Map.of("sql", "SELECT * FROM jdbc_guard_approvals FOR UPDATE")))
        .contains("[guard-table-write]");
    assertThat(ok("query", Map.of("sql", "SELECT approval_id, status FROM jdbc_guard_approvals"))
            .get("rowCount").asInt())
        .isPositive();
  }

  @Test
  void badInputGetsAClearToolErrorAndTheServerKeepsServing() throws Exception {
    assertThatThrownBy(() -> client.callTool(McpSchema.CallToolRequest.builder("drop_everything").arguments(Map.of()).build()))
        .isInstanceOf(McpError.class)
        .satisfies(e -> assertThat(String.valueOf(((McpError) e).getJsonRpcError().data()))
            .contains("drop_everything"));
    assertThat(error("query", Map.of())).contains("sql");
    assertThat(error("query", Map.of("sql", 42))).contains("sql");
    assertThat(error("execute", Map.of("sql", "please delete every inactive user")))
        .contains("[unparseable]");
    assertThat(error("query", Map.of("sql", "SELECT 1", "maxRows", 1_000_000))).contains("maxRows");
    assertThat(error("execute", Map.of("sql", "SELECT 1 -- " + "x".repeat(1_100_000))))
        .contains("characters long");
    assertThat(error("explain", Map.of("sql", "ANALYZE DELETE FROM " + table))).contains("ANALYZE");

    JsonNode huge = ok("query", Map.of("sql", manyRows(200_000)));
    assertThat(huge.get("truncated").asBoolean()).isTrue();
    assertThat(huge.get("rowCount").asInt()).isEqualTo(100);
    assertThat(huge.get("note").asText()).contains("Narrow the query");

    assertThat(ok("query", Map.of("sql", "SELECT 1 AS still_here")).get("rowCount").asInt()).isOne();
    assertThat(count(table)).isEqualTo(3);
  }

  @Test
  void describesColumnsKeysIndexesAndForeignKeyActions() throws Exception {
    String child = table + "_child";
    raw("CREATE TABLE " + child + " (id INT PRIMARY KEY, parent_id INT NOT NULL, code VARCHAR(10),"
        + " CONSTRAINT " + child + "_fk FOREIGN KEY (parent_id) REFERENCES " + table
        + " (id) ON DELETE CASCADE)");
    raw("CREATE UNIQUE INDEX " + child + "_code ON " + child + " (code)");

    JsonNode described = ok("describe_table", Map.of("table", child));
    assertThat(described.get("primaryKey").get(0).asText()).isEqualTo("id");
    assertThat(names(described.get("columns"))).contains("id", "parent_id", "code");
    JsonNode fk = described.get("foreignKeys").get(0);
    assertThat(fk.get("references").asText()).isEqualTo(table);
    assertThat(fk.get("onDelete").asText()).isEqualTo("CASCADE");
    assertThat(described.get("indexes").toString()).contains(child + "_code").contains("\"unique\":true");
    assertThat(described.has("approximateRows")).isTrue();

    JsonNode parent = ok("describe_table", Map.of("table", table.toUpperCase()));
    assertThat(parent.get("referencedBy").get(0).get("table").asText()).isEqualTo(child);
    assertThat(parent.get("referencedBy").get(0).get("onDelete").asText()).isEqualTo("CASCADE");

    assertThat(names(ok("list_tables", Map.of()).get("tables"))).contains(table, child);
    assertThat(ok("list_schemas", Map.of()).get("schemas").toString()).contains(isolated);
    assertThat(error("describe_table", Map.of("table", "no_such_table"))).contains("list_tables");
    assertThat(ok("explain", Map.of("sql", "SELECT * FROM " + child + " WHERE id = 1")).get("plan"))
        .isNotNull();
    raw("DROP TABLE " + child);
  }

  // ---------------------------------------------------------------- helpers

  private McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
    return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(args).build());
  }

  private JsonNode ok(String tool, Map<String, Object> args) throws Exception {
    McpSchema.CallToolResult result = call(tool, args);
    String text = text(result);
    assertThat(result.isError()).as("%s %s: %s", tool, args, text).isFalse();
    return JSON.readTree(text);
  }

  private String error(String tool, Map<String, Object> args) {
    McpSchema.CallToolResult result = call(tool, args);
    assertThat(result.isError()).as("%s %s: %s", tool, args, text(result)).isTrue();
    return text(result);
  }

  private static String text(McpSchema.CallToolResult result) {
    return result.content().stream()
        .filter(c -> c instanceof McpSchema.TextContent)
        .map(c -> ((McpSchema.TextContent) c).text())
        .collect(Collectors.joining("\n"));
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new java.util.HashSet<>();
    array.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }

  private static String idIn(String message) {
    Matcher m = ID.matcher(message);
    assertThat(m.find()).as("an approval id in: %s", message).isTrue();
    return m.group();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar(String property) {
    String path = System.getProperty(property);
    assertThat(path).as("system property %s (set by Failsafe)", property).isNotNull();
    assertThat(Path.of(path)).exists();
    return path;
  }

  /** Runs the command the server gave for the human, as a shell would. */
  private int shell(String command) throws Exception {
    List<String> argv = new ArrayList<>(List.of("sh", "-c", command));
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().put(PASSWORD_ENV, password());
    Process p = builder.start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("approve did not finish: " + output);
    }
    assertThat(output).as("approve output").contains("Approved");
    return p.exitValue();
  }

  void raw(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + name)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private boolean exists(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user(), password());
        ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
      return rs.next();
    }
  }
}
