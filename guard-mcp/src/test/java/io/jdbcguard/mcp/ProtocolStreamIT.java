package io.jdbcguard.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Standard output carries MCP messages and nothing else, even while the server logs refusals and
 * bad calls (to standard error); the server stops by itself when its input ends.
 */
class ProtocolStreamIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void standardOutputHoldsOnlyProtocolMessagesAndLogsGoToStandardError() throws Exception {
    String url = System.getenv().getOrDefault("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getenv().getOrDefault("JDBC_GUARD_PG_USER", "postgres");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", System.getProperty("jdbcguard.it.mcpJar"),
            "--url", url, "--user", user, "--password-env", "JG_MCP_IT_PASSWORD",
            "guard.approvals=off");
    builder.environment()
        .put("JG_MCP_IT_PASSWORD", System.getenv().getOrDefault("JDBC_GUARD_PG_PASSWORD", ""));
    Process server = builder.start();
    try (OutputStream in = server.getOutputStream()) {
      for (String message :
          List.of(
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                  + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}",
              "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
              "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"execute\","
                  + "\"arguments\":{\"sql\":\"DROP TABLE jg_no_such_table\"}}}",
              "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"query\","
                  + "\"arguments\":{}}}",
              "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"query\","
                  + "\"arguments\":{\"sql\":\"SELECT 1 AS one\"}}}")) {
        in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
      }
      // the answers come back before the input ends: read until the last one
      StringBuilder out = new StringBuilder();
      byte[] buffer = new byte[8192];
      while (!out.toString().contains("\"id\":4")) {
        int n = server.getInputStream().read(buffer);
        if (n < 0) {
          break;
        }
        out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
      in.close();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops when its input ends").isTrue();
      out.append(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      String err = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

      List<String> lines = out.toString().lines().filter(l -> !l.isBlank()).toList();
      assertThat(lines).hasSize(4); // answers to 1-4; the notification has none
      for (String line : lines) {
        JsonNode message = JSON.readTree(line);
        assertThat(message.get("jsonrpc").asText()).as(line).isEqualTo("2.0");
      }
      assertThat(lines.get(1)).contains("[drop-object]").contains("\"isError\":true");
      assertThat(lines.get(2)).contains("\"isError\":true");
      assertThat(lines.get(3)).contains("\"isError\":false");
      assertThat(err).contains("jdbc-guard blocked").contains("input validation failed");
      assertThat(server.exitValue()).isZero();
    } finally {
      server.destroyForcibly();
    }
  }
}
