package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists every {@link GuardProperty} with its default and choices. */
class ConfigurationDocTest {

  @Test
  void documentsEveryKeyWithItsDefaultAndChoices() throws IOException {
    Path doc = Path.of("..", "docs", "configuration.md");
    String text = Files.readString(doc);

    for (GuardProperty property : GuardProperty.values()) {
      String row =
          text.lines()
              .filter(line -> line.startsWith("| `" + property.key() + "`"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(property.key() + " is not in " + doc));
      if (property.defaultValue() != null) {
        assertThat(row).contains("`" + property.defaultValue() + "`");
      }
      for (String choice : property.choices()) {
        assertThat(row).contains("`" + choice + "`");
      }
    }
  }
}
