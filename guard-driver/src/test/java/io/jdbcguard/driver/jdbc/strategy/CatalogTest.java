package io.jdbcguard.driver.jdbc.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.driver.testing.Recorder;
import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private final Recorder database = new Recorder();
  private final Connection raw = database.stub(Connection.class);
  private static final WriteText UPDATE =
      WriteText.of("UPDATE t SET v = 1 WHERE id = 1", Dialect.POSTGRES);

  private static TableFacts plain(long loadedAt) {
    return new TableFacts("t", true, List.of(), false, true, null, List.of(), loadedAt);
  }

  @Test
  void freshFactsAreAnsweredWithoutAskingTheDatabase() {
    Catalog catalog = new Catalog();
    catalog.remember("t", plain(System.nanoTime()));

    assertThat(catalog.lookup(raw, Dialect.POSTGRES, UPDATE)).isNotNull();
    assertThat(database.calls()).isEmpty();
  }

  @Test
  void staleFactsAreReadAgainAndUnreadableFactsAreNone() {
    Catalog catalog = new Catalog(1);
    catalog.remember("t", plain(System.nanoTime() - 1_000_000));

    // the stub's catalog answers nothing: no facts, so the guard measures
    assertThat(catalog.lookup(raw, Dialect.POSTGRES, UPDATE)).isNull();
    assertThat(database.calls()).anyMatch(c -> c.contains("to_regclass('t')"));
  }

  @Test
  void ddlThroughTheGuardDropsEveryFact() {
    Catalog catalog = new Catalog();
    catalog.remember("t", plain(System.nanoTime()));
    catalog.invalidate();

    assertThat(catalog.lookup(raw, Dialect.POSTGRES, UPDATE)).isNull();
    assertThat(database.calls()).isNotEmpty();
  }

  @Test
  void aDatabaseWithoutAKnownCatalogHasNoFacts() {
    assertThat(new Catalog().lookup(raw, Dialect.GENERIC, UPDATE)).isNull();
    assertThat(database.calls()).isEmpty();
  }
}
