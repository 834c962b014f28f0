package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Lint SQL files" example checks {@code
 * guard-examples/src/main/sql/agent-session.sql}: exactly the statements whose comment starts with
 * INCIDENT are blocked, at the line of their keyword.
 */
class AgentSessionSampleTest {

  private static final Path SAMPLE = locate("guard-examples/src/main/sql/agent-session.sql");

  /** Maven runs tests in the module directory, an IDE often in the repository root. */
  private static Path locate(String fromRoot) {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path inRoot = dir.resolve(fromRoot);
    return Files.exists(inRoot) ? inRoot : dir.resolveSibling(fromRoot);
  }

  @Test
  void blocksExactlyTheIncidentsAtTheirLines() throws IOException {
    CliRun run = CliRun.of("check", "--dialect", "postgres", "--format", "json", SAMPLE.toString());

    List<Map<String, Object>> statements = run.jsonLines();
    List<Long> blockedLines =
        statements.stream()
            .filter(s -> "block".equals(s.get("action")))
            .map(s -> (Long) s.get("line"))
            .collect(Collectors.toList());
    assertThat(run.status()).isEqualTo(1);
    assertThat(statements).hasSize(16);
    assertThat(blockedLines).containsExactlyElementsOf(incidentLines());
  }

  @Test
  void endsTheTextReportWithTheSummaryTheDocsShow() {
    CliRun run = CliRun.of("check", "--dialect", "postgres", SAMPLE.toString());

    assertThat(run.outLines()).last().isEqualTo("16 statements, 5 blocked, 0 warnings");
    assertThat(run.outLines().subList(0, run.outLines().size() - 1))
        .allMatch(line -> line.startsWith(SAMPLE + ":") && line.contains(": BLOCK ["));
  }

  /** The line after each {@code -- INCIDENT} comment block. */
  private static List<Long> incidentLines() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE);
    List<Long> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("-- INCIDENT")) {
        int j = i;
        while (lines.get(j).startsWith("--")) {
          j++;
        }
        result.add((long) j + 1);
      }
    }
    assertThat(result).hasSize(5);
    return result;
  }
}
