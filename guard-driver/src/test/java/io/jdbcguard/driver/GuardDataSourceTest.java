package io.jdbcguard.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.jdbc.GuardedConnection;
import io.jdbcguard.driver.testing.Recorder;
import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class GuardDataSourceTest {

  private final Recorder recorder = new Recorder();
  private final DataSource raw = recorder.stub(DataSource.class);

  private static Properties props(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return p;
  }

  @Test
  void everyGetConnectionOverloadReturnsAGuardedConnection() throws SQLException {
    GuardDataSource dataSource = new GuardDataSource(raw, Dialect.POSTGRES);

    Connection plain = dataSource.getConnection();
    Connection withCredentials = dataSource.getConnection("app", "secret");

    assertThat(plain).isInstanceOf(GuardedConnection.class);
    assertThat(withCredentials).isInstanceOf(GuardedConnection.class);
    assertThat(recorder.calls()).containsSubsequence("getConnection()", "getConnection(app, secret)");
  }

  @Test
  void blocksDropThroughItsConnections() throws SQLException {
    Connection connection = new GuardDataSource(raw, Dialect.POSTGRES).getConnection();
    recorder.clear();

    assertThatThrownBy(() -> connection.createStatement().execute("DROP TABLE accounts"))
        .isInstanceOf(GuardViolationException.class);
    assertThat(recorder.calls()).containsExactly("createStatement()");
  }

  @Test
  void sharesOneEngineAcrossItsConnections() throws SQLException {
    GuardDataSource dataSource = new GuardDataSource(raw, Dialect.POSTGRES);

    GuardedConnection first = (GuardedConnection) dataSource.getConnection();
    GuardedConnection second = (GuardedConnection) dataSource.getConnection();

    assertThat(second.gate().engine()).isSameAs(first.gate().engine());
    assertThat(first.gate().connectionId()).isEqualTo("conn-1");
    assertThat(second.gate().connectionId()).isEqualTo("conn-2");
  }

  @Test
  void guardDialectSettingOverridesTheConstructorDialect() throws SQLException {
    GuardedConnection connection =
        (GuardedConnection)
            new GuardDataSource(raw, Dialect.POSTGRES, props("guard.dialect", "mysql"))
                .getConnection();

    assertThat(connection.gate().engine().policy().dialect()).isEqualTo(Dialect.MYSQL);
  }

  @Test
  void rejectsSettingsOutsideTheGuardNamespace() {
    assertThatThrownBy(() -> new GuardDataSource(raw, Dialect.POSTGRES, props("user", "app")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("user");
  }

  @Test
  void rejectsABadValueAtConstruction() {
    assertThatThrownBy(
            () -> new GuardDataSource(raw, Dialect.POSTGRES, props("guard.profile", "yolo")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("guard.profile")
        .hasMessageContaining("yolo");
  }

  @Test
  void doesNotHandOutTheWrappedDataSourceByDefault() throws SQLException {
    GuardDataSource dataSource = new GuardDataSource(raw, Dialect.POSTGRES);

    assertThat(dataSource.unwrap(DataSource.class)).isSameAs(dataSource);
    assertThat(dataSource.isWrapperFor(Recorder.class)).isFalse();
    assertThatThrownBy(() -> dataSource.unwrap(Runnable.class))
        .hasMessageContaining("guard.unwrap=allow");
  }

  @Test
  void handsOutTheWrappedDataSourceWhenAllowed() throws SQLException {
    DataSource rawWithExtension = recorder.stub(DataSource.class, Runnable.class);
    GuardDataSource dataSource =
        new GuardDataSource(rawWithExtension, Dialect.POSTGRES, props("guard.unwrap", "allow"));

    assertThat(dataSource.unwrap(Runnable.class)).isSameAs(rawWithExtension);
  }
}
