package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckOptionsParserTest {

  @Test
  void defaultsToTheGenericDialectTheAgentProfileAndText() throws UsageException {
    CheckOptions options = CheckOptionsParser.parse(List.of("a.sql"));

    assertThat(options.dialect()).isEqualTo(Dialect.GENERIC);
    assertThat(options.profile()).isEqualTo(Profile.AGENT);
    assertThat(options.format()).isEqualTo(OutputFormat.TEXT);
    assertThat(options.verbose()).isFalse();
    assertThat(options.help()).isFalse();
    assertThat(options.inputs()).containsExactly(new InputSpec.File("a.sql"));
  }

  @Test
  void acceptsValuesAfterASpaceOrAnEqualsSign() throws UsageException {
    CheckOptions options =
        CheckOptionsParser.parse(List.of("--dialect=mariadb", "--format", "JSON", "-v", "-"));

    assertThat(options.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(options.format()).isEqualTo(OutputFormat.JSON);
    assertThat(options.verbose()).isTrue();
    assertThat(options.inputs()).containsExactly(new InputSpec.Stdin());
  }

  @Test
  void keepsInputsInCommandLineOrder() throws UsageException {
    CheckOptions options =
        CheckOptionsParser.parse(List.of("--sql", "SELECT 1", "b.sql", "--sql=SELECT 2", "-"));

    assertThat(options.inputs())
        .containsExactly(
            new InputSpec.Sql("SELECT 1"),
            new InputSpec.File("b.sql"),
            new InputSpec.Sql("SELECT 2"),
            new InputSpec.Stdin());
  }

  @Test
  void takesTheValueOfSqlVerbatimEvenWhenItStartsWithADash() throws UsageException {
    CheckOptions options = CheckOptionsParser.parse(List.of("--sql", "-- note\nSELECT 1"));

    assertThat(options.inputs()).containsExactly(new InputSpec.Sql("-- note\nSELECT 1"));
  }

  @Test
  void treatsEverythingAfterADoubleDashAsAFile() throws UsageException {
    CheckOptions options = CheckOptionsParser.parse(List.of("--", "-odd.sql", "-"));

    assertThat(options.inputs())
        .containsExactly(new InputSpec.File("-odd.sql"), new InputSpec.File("-"));
  }

  @Test
  void rejectsStandardInputTwice() {
    assertThatThrownBy(() -> CheckOptionsParser.parse(List.of("-", "-")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("more than once");
  }

  @Test
  void rejectsAValueOnAFlag() {
    assertThatThrownBy(() -> CheckOptionsParser.parse(List.of("--verbose=yes")))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '--verbose' takes no value");
  }

  @Test
  void rejectsAnUnknownFormatNamingTheAllowedOnes() {
    assertThatThrownBy(() -> CheckOptionsParser.parse(List.of("--format", "xml")))
        .isInstanceOf(UsageException.class)
        .hasMessage("--format: unknown format 'xml'; expected one of text, json, github, sarif");
  }

  @Test
  void namesTheAllowedDialectsWhenTheValueIsMissing() {
    assertThatThrownBy(() -> CheckOptionsParser.parse(List.of("--dialect")))
        .isInstanceOf(UsageException.class)
        .hasMessage("option '--dialect' needs a value; expected one of postgres, mysql, generic");
  }
}
