package io.jdbcguard.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.driver.testing.StubDriver;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuardDriverTest {

  private static StubDriver stub;
  private final GuardDriver driver = new GuardDriver();

  @BeforeAll
  static void registerStubDriver() throws SQLException {
    stub = StubDriver.register();
  }

  @AfterAll
  static void deregisterStubDriver() throws SQLException {
    stub.deregister();
  }

  private static Properties props(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  @Test
  void returnsNullForForeignUrl() throws SQLException {
    assertThat(driver.connect("jdbc:postgresql://127.0.0.1:1/db", new Properties())).isNull();
    assertThat(driver.connect("jdbc:stub:x", new Properties())).isNull();
  }

  @Test
  void acceptsOnlyGuardUrls() throws SQLException {
    assertThat(driver.acceptsURL("jdbc:guard:postgresql://h/db")).isTrue();
    assertThat(driver.acceptsURL("jdbc:postgresql://h/db")).isFalse();
  }

  @Test
  void throwsSqlExceptionForANullUrl() {
    assertThatThrownBy(() -> driver.acceptsURL(null)).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> driver.connect(null, new Properties()))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void isRegisteredWithDriverManagerWhenLoaded() throws SQLException {
    assertThat(DriverManager.getDriver("jdbc:guard:postgresql://h/db"))
        .isInstanceOf(GuardDriver.class);
  }

  @Test
  void isListedAsAJavaSqlDriverService() {
    assertThat(ServiceLoader.load(Driver.class).stream().map(ServiceLoader.Provider::type))
        .contains(GuardDriver.class);
  }

  @Test
  void connectsThroughTheRealDriverWithoutAnyGuardSetting() throws SQLException {
    Properties info = props("user", "app", "guard.unwrap", "allow");

    Connection connection =
        driver.connect("jdbc:guard:stub://h/db?a=1&guard.dialect=mysql&b=2", info);

    assertThat(connection).isInstanceOf(GuardedConnection.class);
    StubDriver.ConnectCall call = stub.connects().get(stub.connects().size() - 1);
    assertThat(call.url()).isEqualTo("jdbc:stub://h/db?a=1&b=2");
    assertThat(call.info()).containsOnlyKeys("user");
    assertThat(info).containsEntry("guard.unwrap", "allow");
  }

  @Test
  void rejectsAnUnknownGuardKeyBeforeConnecting() {
    int before = stub.connects().size();

    assertThatThrownBy(() -> driver.connect("jdbc:guard:stub://h/db?guard.dialekt=mysql", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.dialekt")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
    assertThat(stub.connects()).hasSize(before);
  }

  @Test
  void rejectsABadValueNamingKeyValueAndChoices() {
    assertThatThrownBy(
            () -> driver.connect("jdbc:guard:stub://h/db", props("guard.unwrap", "sometimes")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.unwrap")
        .hasMessageContaining("sometimes")
        .hasMessageContaining("deny, allow");
  }

  @Test
  void rejectsAnUnknownRuleIdAtConnectTime() {
    assertThatThrownBy(
            () -> driver.connect("jdbc:guard:stub://h/db?guard.rule.no-such-rule=allow", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("no-such-rule")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("22023");
  }

  @Test
  void sharesOneEngineBetweenConnectionsWithTheSamePolicy() throws SQLException {
    GuardedConnection first = (GuardedConnection) driver.connect("jdbc:guard:stub://a/db", null);
    GuardedConnection second =
        (GuardedConnection) driver.connect("jdbc:guard:stub://b/db", props("user", "x"));
    GuardedConnection other =
        (GuardedConnection) driver.connect("jdbc:guard:stub://a/db?guard.cacheSize=3", null);

    assertThat(second.gate().engine()).isSameAs(first.gate().engine());
    assertThat(other.gate().engine()).isNotSameAs(first.gate().engine());
  }

  @Test
  void givesEveryConnectionItsOwnCountedId() throws SQLException {
    GuardedConnection first =
        (GuardedConnection)
            driver.connect("jdbc:guard:stub://h/db?guard.connectionIdPrefix=app-", null);
    GuardedConnection second =
        (GuardedConnection)
            driver.connect("jdbc:guard:stub://h/db?guard.connectionIdPrefix=app-", null);

    assertThat(first.gate().connectionId()).isEqualTo("app-1");
    assertThat(second.gate().connectionId()).isEqualTo("app-2");
  }

  @Test
  void explainsWhenNoRealDriverAcceptsTheUrl() {
    assertThatThrownBy(() -> driver.connect("jdbc:guard:nosuchdb://h/db", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("jdbc:nosuchdb:")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("08001");
  }

  @Test
  void reportsTheRealDriversPropertiesAndTheGuardKeys() throws SQLException {
    DriverPropertyInfo[] infos =
        driver.getPropertyInfo(
            "jdbc:guard:stub://h/db?guard.rule.null-comparison=warn",
            props("guard.unwrap", "allow"));

    Map<String, String> byName =
        Arrays.stream(infos)
            .collect(Collectors.toMap(i -> i.name, i -> String.valueOf(i.value), (a, b) -> a));
    assertThat(byName)
        .containsEntry("stubOption", "x")
        .containsEntry("guard.dialect", "generic")
        .containsEntry("guard.profile", "agent")
        .containsEntry("guard.unwrap", "allow")
        .containsEntry("guard.cacheSize", "10000")
        .containsEntry("guard.rule.null-comparison", "warn")
        .containsKey("guard.connectionIdPrefix");
    Function<String, DriverPropertyInfo> info =
        name -> Arrays.stream(infos).filter(i -> i.name.equals(name)).findFirst().orElseThrow();
    assertThat(info.apply("guard.dialect").choices).containsExactly("postgres", "mysql", "generic");
    assertThat(info.apply("guard.dialect").description).isNotBlank();
  }

  @Test
  void infersTheDialectFromTheRealUrlInPropertyInfo() throws SQLException {
    DriverPropertyInfo dialect =
        Arrays.stream(driver.getPropertyInfo("jdbc:guard:postgresql://h/db", new Properties()))
            .filter(i -> i.name.equals("guard.dialect"))
            .findFirst()
            .orElseThrow();

    assertThat(dialect.value).isEqualTo("postgres");
  }

  @Test
  void reportsNoPropertiesForAForeignUrl() throws SQLException {
    assertThat(driver.getPropertyInfo("jdbc:stub://h/db", new Properties())).isEmpty();
  }

  @Test
  void declaresItsVersionAndThatItIsNotJdbcCompliantItself() {
    assertThat(driver.getMajorVersion()).isZero();
    assertThat(driver.getMinorVersion()).isEqualTo(1);
    assertThat(driver.jdbcCompliant()).isFalse();
    assertThatThrownBy(driver::getParentLogger).isInstanceOf(SQLFeatureNotSupportedException.class);
  }
}
