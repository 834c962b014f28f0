package io.jdbcguard.driver.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.driver.config.UnwrapPolicy;
import io.jdbcguard.driver.testing.Guarded;
import io.jdbcguard.driver.testing.Recorder;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import org.junit.jupiter.api.Test;

/** {@code unwrap}/{@code isWrapperFor} never hand out a raw vendor object unless allowed. */
class UnwrapTest {

  /** Stands in for a vendor extension interface such as {@code org.postgresql.PGConnection}. */
  interface VendorExtension {}

  private final Recorder recorder = new Recorder();
  private final Connection raw = recorder.stub(Connection.class, VendorExtension.class);

  @Test
  void connectionUnwrapsToItselfForJdbcAndGuardedTypes() throws SQLException {
    GuardedConnection connection = Guarded.connection(raw, UnwrapPolicy.DENY);

    assertThat(connection.unwrap(Connection.class)).isSameAs(connection);
    assertThat(connection.unwrap(GuardedConnection.class)).isSameAs(connection);
    assertThat(connection.unwrap(Wrapper.class)).isSameAs(connection);
    assertThat(connection.isWrapperFor(Connection.class)).isTrue();
  }

  @Test
  void connectionRefusesToHandOutAVendorInterfaceByDefault() throws SQLException {
    Connection connection = Guarded.connection(raw, UnwrapPolicy.DENY);

    assertThat(connection.isWrapperFor(VendorExtension.class)).isFalse();
    assertThatThrownBy(() -> connection.unwrap(VendorExtension.class))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining(VendorExtension.class.getName())
        .hasMessageContaining("guard.unwrap=allow")
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("42JG2");
  }

  @Test
  void connectionHandsOutTheVendorInterfaceWhenAllowed() throws SQLException {
    Connection connection = Guarded.connection(raw, UnwrapPolicy.ALLOW);

    assertThat(connection.isWrapperFor(VendorExtension.class)).isTrue();
    assertThat(connection.unwrap(VendorExtension.class)).isSameAs(raw);
  }

  @Test
  void statementsResultSetsAndMetaDataFollowTheSamePolicy() throws SQLException {
    Connection connection = Guarded.connection(recorder, UnwrapPolicy.DENY);
    Statement statement = connection.createStatement();
    ResultSet resultSet = statement.getResultSet();
    DatabaseMetaData metaData = connection.getMetaData();

    for (Wrapper wrapper : new Wrapper[] {statement, resultSet, metaData}) {
      assertThat(wrapper.isWrapperFor(VendorExtension.class)).isFalse();
      assertThatThrownBy(() -> wrapper.unwrap(VendorExtension.class))
          .hasMessageContaining("guard.unwrap=allow");
    }
    assertThat(statement.unwrap(Statement.class)).isSameAs(statement);
    assertThat(resultSet.unwrap(ResultSet.class)).isSameAs(resultSet);
    assertThat(metaData.unwrap(DatabaseMetaData.class)).isSameAs(metaData);
  }
}
