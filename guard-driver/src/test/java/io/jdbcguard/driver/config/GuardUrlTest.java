package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuardUrlTest {

  @Test
  void acceptsOnlyUrlsStartingWithTheGuardPrefix() {
    assertThat(GuardUrl.accepts("jdbc:guard:postgresql://h/db")).isTrue();
    assertThat(GuardUrl.accepts("jdbc:postgresql://h/db")).isFalse();
    assertThat(GuardUrl.accepts("jdbc:p6spy:guard:postgresql://h/db")).isFalse();
    assertThat(GuardUrl.accepts(null)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:guard:postgresql://h/db | jdbc:postgresql://h/db",
        "jdbc:guard:postgresql://h:5432/db?sslmode=off | jdbc:postgresql://h:5432/db?sslmode=off",
        "jdbc:guard:mariadb://h:3306/test?user=root | jdbc:mariadb://h:3306/test?user=root",
        "jdbc:guard:mysql://h1,h2/db | jdbc:mysql://h1,h2/db",
        "jdbc:guard:jdbc:postgresql://h/db | jdbc:postgresql://h/db",
        "jdbc:guard:h2:mem:test;MODE=MySQL | jdbc:h2:mem:test;MODE=MySQL",
        "jdbc:guard:postgresql://h/jdbc:guard:x | jdbc:postgresql://h/jdbc:guard:x",
      })
  void stripsOnlyTheLeadingGuardPrefix(String url, String delegateUrl) throws SQLException {
    assertThat(GuardUrl.parse(url).delegateUrl()).isEqualTo(delegateUrl);
  }

  @Test
  void removesGuardParametersAndKeepsTheOthersInOrder() throws SQLException {
    GuardUrl url =
        GuardUrl.parse(
            "jdbc:guard:postgresql://h/db?a=1&guard.dialect=mysql&sslmode=off"
                + "&guard.unwrap=allow&b");

    assertThat(url.delegateUrl()).isEqualTo("jdbc:postgresql://h/db?a=1&sslmode=off&b");
    assertThat(url.settings())
        .containsExactly(Map.entry("guard.dialect", "mysql"), Map.entry("guard.unwrap", "allow"));
  }

  @Test
  void dropsTheQuestionMarkWhenOnlyGuardParametersWereThere() throws SQLException {
    GuardUrl url = GuardUrl.parse("jdbc:guard:mariadb://h:3306/test?guard.cacheSize=5");

    assertThat(url.delegateUrl()).isEqualTo("jdbc:mariadb://h:3306/test");
    assertThat(url.settings()).containsExactly(Map.entry("guard.cacheSize", "5"));
  }

  @Test
  void decodesPercentEncodedGuardValuesAndLeavesOtherParametersUntouched() throws SQLException {
    GuardUrl url =
        GuardUrl.parse(
            "jdbc:guard:postgresql://h/db?options=-c%20x%3D1&guard.connectionIdPrefix=a%2Fb");

    assertThat(url.delegateUrl()).isEqualTo("jdbc:postgresql://h/db?options=-c%20x%3D1");
    assertThat(url.settings()).containsEntry("guard.connectionIdPrefix", "a/b");
  }

  @Test
  void readsSemicolonStyleParameters() throws SQLException {
    GuardUrl url = GuardUrl.parse("jdbc:guard:h2:mem:test;guard.dialect=generic;MODE=MySQL");

    assertThat(url.delegateUrl()).isEqualTo("jdbc:h2:mem:test;MODE=MySQL");
    assertThat(url.settings()).containsExactly(Map.entry("guard.dialect", "generic"));
  }

  @Test
  void treatsGuardKeysCaseInsensitivelySoTheyNeverReachTheRealDriver() throws SQLException {
    GuardUrl url = GuardUrl.parse("jdbc:guard:postgresql://h/db?GUARD.dialect=mysql");

    assertThat(url.delegateUrl()).isEqualTo("jdbc:postgresql://h/db");
    assertThat(url.settings()).containsKey("GUARD.dialect");
  }

  @Test
  void aRepeatedGuardKeyTakesTheLastValue() throws SQLException {
    GuardUrl url =
        GuardUrl.parse("jdbc:guard:postgresql://h/db?guard.unwrap=allow&guard.unwrap=deny");

    assertThat(url.settings()).containsExactly(Map.entry("guard.unwrap", "deny"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:guard:",
        "jdbc:guard:postgresql",
        "jdbc:guard::x",
        "jdbc:guard:jdbc:",
        "jdbc:guard:guard:postgresql://h/db",
        "jdbc:guard:jdbc:guard:postgresql://h/db",
      })
  void rejectsUrlsThatDoNotNameARealDriver(String url) {
    assertThatThrownBy(() -> GuardUrl.parse(url))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("jdbc:guard:<the real driver's URL")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void namesTheSubprotocolOfTheRealDriver() throws SQLException {
    assertThat(GuardUrl.parse("jdbc:guard:mariadb://h/db").subprotocol()).isEqualTo("mariadb");
  }
}
