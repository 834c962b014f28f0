package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every registered rule: its id is its class name in kebab case, and it has its own test class. */
class RuleRegistryTest {

  @Test
  void everyRuleIdIsItsClassNameInKebabCase() {
    for (Rule rule : BuiltinRules.all()) {
      String kebab = rule.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2")
          .toLowerCase(java.util.Locale.ROOT);
      assertThat(rule.id()).as("id of %s", rule.getClass().getSimpleName()).isEqualTo(kebab);
    }
  }

  @Test
  void everyRuleHasATestClass() throws IOException {
    Path dir = Path.of("src", "test", "java", "io", "jdbcguard", "rules", "builtin");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("guard-rules").resolve(dir);
    }
    for (Rule rule : BuiltinRules.all()) {
      String name = rule.getClass().getSimpleName() + "Test";
      assertThat(dir.resolve(name + ".java")).as("test class of %s", rule.id()).exists();
    }
  }

  @Test
  void failClosedIsReportedFirst() {
    assertThat(BuiltinRules.all().get(0).id()).isEqualTo("unparseable");
  }
}
