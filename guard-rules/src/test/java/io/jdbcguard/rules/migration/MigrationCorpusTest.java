package io.jdbcguard.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptVerdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration profile's precision on a labelled set of realistic migration files
 * ({@code src/test/resources/migration-corpus/<dialect>/{safe,unsafe}/*.sql}, each file checked on
 * its own like {@code check --profile migration file.sql}): a file is flagged when any statement
 * has a finding (block or warn). At least 98% of the unsafe files must be flagged and at least 95%
 * of the safe files must be clean; the failure names every misjudged file and what was found.
 */
class MigrationCorpusTest {

  enum Corpus {
    POSTGRES("postgres", Dialect.POSTGRES),
    MYSQL("mysql", Dialect.MYSQL);

    final String folder;
    final Dialect dialect;

    Corpus(String folder, Dialect dialect) {
      this.folder = folder;
      this.dialect = dialect;
    }
  }

  @ParameterizedTest
  @EnumSource(Corpus.class)
  void flagsTheUnsafeMigrationsAndPassesTheSafeOnes(Corpus corpus) throws Exception {
    GuardEngine engine =
        GuardEngine.create(
            Policy.builder().dialect(corpus.dialect).profile(Profile.MIGRATION).build());
    List<String> misjudged = new ArrayList<>();
    int[] unsafe = rate(engine, files(corpus.folder, "unsafe"), true, misjudged);
    int[] safe = rate(engine, files(corpus.folder, "safe"), false, misjudged);

    assertThat(unsafe[1]).as("unsafe files in the corpus").isGreaterThanOrEqualTo(20);
    assertThat(safe[1]).as("safe files in the corpus").isGreaterThanOrEqualTo(20);
    double flagged = (double) unsafe[0] / unsafe[1];
    double clean = (double) safe[0] / safe[1];
    assertThat(flagged >= 0.98 && clean >= 0.95)
        .as("%s: %d/%d unsafe files flagged (%.1f%%, need 98%%), %d/%d safe files clean (%.1f%%,"
                + " need 95%%); misjudged:%n%s",
            corpus, unsafe[0], unsafe[1], 100 * flagged, safe[0], safe[1], 100 * clean,
            String.join(System.lineSeparator(), misjudged))
        .isTrue();
  }

  /** {rightly judged, total}; adds a line per misjudged file. */
  private static int[] rate(GuardEngine engine, List<Path> files, boolean unsafe, List<String> misjudged)
      throws IOException {
    int right = 0;
    for (Path file : files) {
      List<String> found = new ArrayList<>();
      for (ScriptVerdict v : engine.checkScript(Files.readString(file, StandardCharsets.UTF_8))) {
        for (Finding f : v.verdict().findings()) {
          found.add(f.action() + " [" + f.ruleId() + "] " + f.fragment());
        }
      }
      if (found.isEmpty() != unsafe) {
        right++;
      } else {
        misjudged.add("  " + (unsafe ? "MISSED    " : "FALSE FLAG ") + file.getParent().getFileName()
            + "/" + file.getFileName() + (found.isEmpty() ? "" : ": " + String.join(" | ", found)));
      }
    }
    return new int[] {right, files.size()};
  }

  private static List<Path> files(String dialect, String label) throws IOException, URISyntaxException {
    Path dir = Path.of(MigrationCorpusTest.class.getResource("/migration-corpus/" + dialect + "/" + label).toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }
}
