package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GuardProperty is the parser: every property validates its own values, defaults included. */
class GuardPropertyTest {

  @ParameterizedTest
  @EnumSource(GuardProperty.class)
  void parsesItsOwnDefaultAndEveryChoice(GuardProperty property) throws SQLException {
    if (property.defaultValue() != null) {
      assertThat(property.parse(property.key(), property.defaultValue())).isNotNull();
    }
    for (String choice : property.choices()) {
      assertThat(property.parse(property.key(), choice)).isNotNull();
    }
    assertThat(property.expectation()).isNotBlank();
    assertThat(property.description()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(
      value = GuardProperty.class,
      names = {"CONNECTION_ID_PREFIX"},
      mode = EnumSource.Mode.EXCLUDE)
  void refusesNonsenseNamingTheKeyTheValueAndTheExpectation(GuardProperty property) {
    String bad = property == GuardProperty.POLICY_FILE || property == GuardProperty.PROTECT ? " " : "-1x";
    assertThatThrownBy(() -> property.parse(property.key(), bad))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(property.key())
        .hasMessageContaining(property.expectation())
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @ParameterizedTest
  @EnumSource(GuardProperty.class)
  void refusesAMissingValue(GuardProperty property) {
    assertThatThrownBy(() -> property.parse(property.key(), null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(property.key());
  }

  @org.junit.jupiter.api.Test
  void returnsTypedValues() throws SQLException {
    assertThat(GuardProperty.DIALECT.parse("guard.dialect", "mariadb")).isEqualTo(Dialect.MYSQL);
    assertThat(GuardProperty.PROFILE.parse("guard.profile", "READ-ONLY")).isEqualTo(Profile.READ_ONLY);
    assertThat(GuardProperty.MAX_AFFECTED_ROWS.parse("guard.maxAffectedRows", " 5 ")).isEqualTo(5L);
    assertThat(GuardProperty.CACHE_SIZE.parse("guard.cacheSize", "0")).isEqualTo(0);
    assertThat(GuardProperty.PROTECT.parse("guard.protect", "*Prod*, db?")).isEqualTo(List.of("*prod*", "db?"));
  }
}
