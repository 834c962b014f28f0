package io.jdbcguard.driver.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseTargetTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://prod-db-1:5432/orders?sslmode=require | prod-db-1 | orders",
        "jdbc:postgresql://h1:5432,h2:5433/shop | h1,h2 | shop",
        "jdbc:postgresql:orders | localhost | orders",
        "jdbc:mariadb://app:secret@Db.Internal:3306/Sales | db.internal | sales",
        "jdbc:mysql:loadbalance://a,b/crm | a,b | crm",
        "jdbc:mariadb://address=(host=prod-x)(port=3306)/billing | prod-x | billing",
        "jdbc:postgresql://[::1]:5432/test | ::1 | test",
        "jdbc:h2:mem:demo;MODE=PostgreSQL | '' | mem:demo",
        "jdbc:mysql://replica/ | replica | ''",
      })
  void readsHostsAndDatabaseFromCommonUrlShapes(String url, String hosts, String database) {
    DatabaseTarget target = DatabaseTarget.parse(url);

    assertThat(target.hosts()).isEqualTo(hosts.isEmpty() ? List.of() : List.of(hosts.split(",")));
    assertThat(target.database()).isEqualTo(database);
  }
}
