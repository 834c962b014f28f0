package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed, server-labelled samples of public corpora (docs/precision.md): statements from
 * PostgreSQL's regression suite and from SQLFluff's MySQL fixtures that the server's own parser
 * accepts, labelled legitimate or destructive by {@code PrecisionReport}. Every destructive
 * statement must stay blocked; legitimate statements may be blocked at most as often as the
 * figure published in docs/precision.md (a ratchet: lower it when a fix reads more).
 */
class CorpusSampleTest {

  private static final Pattern RECORD = Pattern.compile("(?m)^-- ==== (legitimate|destructive) (\\S+)\\n");

  record Labelled(String label, String file, String sql) {}

  static List<Labelled> read(String resource) {
    String text = ContractTable.resource(resource);
    List<Labelled> out = new ArrayList<>();
    Matcher m = RECORD.matcher(text);
    int start = -1;
    String label = null;
    String file = null;
    while (m.find()) {
      if (start >= 0) {
        out.add(new Labelled(label, file, text.substring(start, m.start()).strip()));
      }
      label = m.group(1);
      file = m.group(2);
      start = m.end();
    }
    if (start >= 0) {
      out.add(new Labelled(label, file, text.substring(start).strip()));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({
      "corpora/postgres-regress/sample.sql, POSTGRES, 1000, 14",
      "corpora/mysql-fixtures/sample.sql, MYSQL, 250, 12",
  })
  void destructiveStatementsStayBlockedAndFalseBlocksDoNotGrow(
      String resource, Dialect dialect, int minimumStatements, int maximumFalseBlocks) {
    GuardEngine engine = GuardEngine.forDialect(dialect);
    List<Labelled> sample = read(resource);
    assertThat(sample).as("statements in %s", resource).hasSizeGreaterThan(minimumStatements);
    List<String> missed = new ArrayList<>();
    List<String> falseBlocks = new ArrayList<>();
    for (Labelled s : sample) {
      Verdict v = engine.check(s.sql());
      if (s.label().equals("destructive") && !v.isBlocked()) {
        missed.add(s.file() + ": " + s.sql());
      } else if (s.label().equals("legitimate") && v.isBlocked()) {
        falseBlocks.add(s.file() + " " + v.ruleIds() + ": " + s.sql());
      }
    }
    assertThat(missed).as("destructive statements allowed in %s", resource).isEmpty();
    assertThat(falseBlocks).as("legitimate statements blocked in %s", resource)
        .hasSizeLessThanOrEqualTo(maximumFalseBlocks);
  }
}
