package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.ServerVersion.Product;
import org.junit.jupiter.api.Test;

class ServerVersionTest {

  @Test
  void parsesTheFormsASettingOrAServerGives() {
    assertThat(ServerVersion.parse("mysql 8.0.29", Dialect.MYSQL)).isEqualTo(new ServerVersion(Product.MYSQL, 8, 0, 29));
    assertThat(ServerVersion.parse("MariaDB-10.11", Dialect.MYSQL)).isEqualTo(new ServerVersion(Product.MARIADB, 10, 11, 0));
    assertThat(ServerVersion.parse("MariaDB 10.11.19-MariaDB-0+deb12u1", Dialect.MYSQL))
        .isEqualTo(new ServerVersion(Product.MARIADB, 10, 11, 19));
    assertThat(ServerVersion.parse("8.0.35", Dialect.MYSQL)).isEqualTo(new ServerVersion(Product.MYSQL, 8, 0, 35));
    assertThat(ServerVersion.parse("postgres 15", Dialect.MYSQL).product()).isEqualTo(Product.POSTGRES);
    assertThat(ServerVersion.parse("15.4", Dialect.POSTGRES)).isEqualTo(new ServerVersion(Product.POSTGRES, 15, 4, 0));
  }

  @Test
  void knowsWhereAddColumnAnywhereIsInstant() {
    assertThat(ServerVersion.parse("mysql 8.0.29", Dialect.MYSQL).instantAnyPosition()).isTrue();
    assertThat(ServerVersion.parse("mysql 8.4", Dialect.MYSQL).instantAnyPosition()).isTrue();
    assertThat(ServerVersion.parse("mysql 8.0.28", Dialect.MYSQL).instantAnyPosition()).isFalse();
    assertThat(ServerVersion.parse("mariadb 10.4", Dialect.MYSQL).instantAnyPosition()).isTrue();
    assertThat(ServerVersion.parse("mariadb 10.3.9", Dialect.MYSQL).instantAnyPosition()).isFalse();
    assertThat(ServerVersion.MYSQL_DEFAULT.instantAnyPosition()).isFalse();
    assertThat(Policy.defaults(Dialect.MYSQL).serverVersion()).isEqualTo(ServerVersion.MYSQL_DEFAULT);
  }

  @Test
  void rejectsWhatIsNoVersion() {
    assertThatThrownBy(() -> ServerVersion.parse("latest", Dialect.MYSQL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'latest'");
  }
}
