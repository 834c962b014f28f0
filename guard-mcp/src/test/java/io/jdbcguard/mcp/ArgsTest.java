package io.jdbcguard.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgsTest {

  @Test
  void readsTextAndNumbers() throws ToolFailure {
    Args args = new Args("query", Map.of("sql", "SELECT 1", "maxRows", 5, "schema", " "));
    assertThat(args.sql()).isEqualTo("SELECT 1");
    assertThat(args.optionalInt("maxRows", 100, 1, 1000)).isEqualTo(5);
    assertThat(args.optionalInt("other", 100, 1, 1000)).isEqualTo(100);
    assertThat(args.optionalText("schema")).as("blank means absent").isNull();
    assertThat(new Args("q", Map.of("maxRows", 7.0)).optionalInt("maxRows", 1, 1, 10)).isEqualTo(7);
  }

  @Test
  void explainsWhatIsMissingOrMalformed() {
    assertThatThrownBy(() -> new Args("query", Map.of()).sql())
        .isInstanceOf(ToolFailure.class)
        .hasMessage("query needs the argument 'sql'.");
    assertThatThrownBy(() -> new Args("query", null).sql()).hasMessageContaining("'sql'");
    assertThatThrownBy(() -> new Args("query", Map.of("sql", 42)).sql())
        .hasMessageContaining("must be a string, not a number");
    assertThatThrownBy(() -> new Args("query", Map.of("sql", List.of())).sql())
        .hasMessageContaining("an array");
    assertThatThrownBy(() -> new Args("query", Map.of("sql", "  ")).sql())
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> new Args("q", Map.of("maxRows", 2.5)).optionalInt("maxRows", 1, 1, 10))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> new Args("q", Map.of("maxRows", 0)).optionalInt("maxRows", 1, 1, 10))
        .hasMessageContaining("between 1 and 10");
    Map<String, Object> huge = new HashMap<>();
    huge.put("sql", "x".repeat(Args.MAX_SQL + 1));
    assertThatThrownBy(() -> new Args("execute", huge).sql()).hasMessageContaining("characters long");
  }
}
