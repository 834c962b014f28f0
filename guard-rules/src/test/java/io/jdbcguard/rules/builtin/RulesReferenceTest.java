package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every rule in the registry has its row in the table and its section in docs/rules.md. */
class RulesReferenceTest {

  private static String reference() throws IOException {
    Path docs = Path.of("..", "docs", "rules.md");
    if (!Files.exists(docs)) {
      docs = Path.of("docs", "rules.md");
    }
    return Files.readString(docs);
  }

  @Test
  void everyRuleHasARowAndASection() throws IOException {
    String doc = reference();
    for (Rule rule : BuiltinRules.all()) {
      String id = rule.id();
      assertThat(doc).as("table row of %s", id).contains("| [`" + id + "`](#" + id + ") |");
      assertThat(doc).as("section of %s", id).containsPattern("(?m)^## " + java.util.regex.Pattern.quote(id) + "$");
    }
  }

  @Test
  void ruleIdsAreUniqueKebabCase() {
    assertThat(BuiltinRules.all()).extracting(Rule::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }
}
