package io.jdbcguard.driver.jdbc.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteTextTest {

  private static WriteText pg(String sql) {
    return WriteText.of(sql, Dialect.POSTGRES);
  }

  @Test
  void readsTheTargetAndTheKeyAWherePins() {
    WriteText update = pg("UPDATE accounts SET abalance = abalance + ? WHERE aid = ?");

    assertThat(update.kind()).isEqualTo(WriteText.Kind.UPDATE);
    assertThat(update.table()).isEqualTo("accounts");
    assertThat(update.plain()).isTrue();
    assertThat(update.pins()).isEqualTo(Map.of("aid", 1L));
    assertThat(pg("DELETE FROM s.t AS x WHERE x.id IN (1, 2, ?) AND x.k = 'a'").pins())
        .isEqualTo(Map.of("id", 3L, "k", 1L));
    assertThat(pg("DELETE FROM s.t WHERE id = -5").schema()).isEqualTo("s");
    assertThat(pg("UPDATE \"Odd\" SET v = 1 WHERE \"Id\" = 1").pins()).isEqualTo(Map.of("Id", 1L));
  }

  @Test
  void aWhereThatIsNotAConjunctionOfPinsPinsNothing() {
    for (String sql :
        List.of(
            "UPDATE t SET v = 1 WHERE id = 1 OR id = 2",
            "UPDATE t SET v = 1 WHERE id < 3",
            "UPDATE t SET v = 1 WHERE id = id",
            "UPDATE t SET v = 1 WHERE (id = 1)",
            "UPDATE t SET v = 1 WHERE id = 1 + 0",
            "UPDATE t SET v = 1 WHERE id = (SELECT 1)",
            "UPDATE t SET v = 1 WHERE other.id = 1",
            "UPDATE t SET v = 1 FROM u WHERE id = 1",
            "DELETE FROM t USING u WHERE id = 1",
            "UPDATE t SET v = 1 WHERE id IN (SELECT id FROM t)",
            "UPDATE t SET v = 1 WHERE id = 1 RETURNING v",
            "UPDATE t SET v = 1")) {
      assertThat(pg(sql).pins()).as(sql).isNull();
    }
  }

  @Test
  void aFunctionCallACteOrAnUnknownFormIsNotPlain() {
    assertThat(pg("UPDATE t SET v = f(v) WHERE id = 1").plain()).isFalse();
    assertThat(pg("UPDATE t SET v = s.f(v) WHERE id = 1").plain()).isFalse();
    assertThat(pg("UPDATE t SET v = DEFAULT WHERE id = 1").plain()).isFalse();
    assertThat(pg("UPDATE t SET v = 1 WHERE id = 1 RETURNING g(v)").plain()).isFalse();
    assertThat(pg("WITH d AS (DELETE FROM t) UPDATE u SET v = 1").kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(pg("UPDATE ONLY t SET v = 1 WHERE id = 1").kind()).isEqualTo(WriteText.Kind.OTHER);
    assertThat(pg("UPDATE t SET v = 1 WHERE id = 1; DELETE FROM u").kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(pg("UPDATE t /* x */ SET v = 1 WHERE id = 1").kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(WriteText.of("UPDATE t1, t2 SET t1.v = 1 WHERE t1.id = 1", Dialect.MYSQL).kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(WriteText.of("UPDATE t1 JOIN t2 ON 1 = 1 SET v = 1", Dialect.MYSQL).kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(WriteText.of("DELETE t1 FROM t1 WHERE id = 1", Dialect.MYSQL).kind())
        .isEqualTo(WriteText.Kind.OTHER);
  }

  @Test
  void aPlainInsertCountsItsRowsAndUpsertsAndSelectsAreNotPlainInserts() {
    WriteText insert = pg("INSERT INTO h (a, b) VALUES (?, CURRENT_TIMESTAMP), (2, 'x')");

    assertThat(insert.kind()).isEqualTo(WriteText.Kind.INSERT_VALUES);
    assertThat(insert.rows()).isEqualTo(2);
    assertThat(insert.plain()).isTrue();
    assertThat(pg("INSERT INTO h VALUES (1) ON CONFLICT (a) DO UPDATE SET b = 1").kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(
            WriteText.of("INSERT INTO h VALUES (1) ON DUPLICATE KEY UPDATE b = 1", Dialect.MYSQL)
                .kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(pg("INSERT INTO h SELECT * FROM g").kind()).isEqualTo(WriteText.Kind.OTHER);
    assertThat(WriteText.of("REPLACE INTO h VALUES (1)", Dialect.MYSQL).kind())
        .isEqualTo(WriteText.Kind.OTHER);
    assertThat(pg("INSERT INTO h VALUES (nextval('s'))").plain()).isFalse();
  }

  @Test
  void readsThatMayCallAWritingRoutineAreTold() {
    assertThat(WriteText.mayCallWritingRoutine("SELECT purge()", Dialect.POSTGRES)).isTrue();
    assertThat(WriteText.mayCallWritingRoutine("SELECT s.lower(x) FROM t", Dialect.POSTGRES))
        .isTrue();
    assertThat(WriteText.mayCallWritingRoutine("SET @x = f()", Dialect.MYSQL)).isTrue();
    assertThat(WriteText.mayCallWritingRoutine("SELECT \"f\"(1)", Dialect.POSTGRES)).isTrue();
    assertThat(
            WriteText.mayCallWritingRoutine(
                "SELECT lower(name), count(*) FROM t WHERE id IN (1, 2) AND EXISTS (SELECT 1)",
                Dialect.POSTGRES))
        .isFalse();
    assertThat(
            WriteText.mayCallWritingRoutine(
                "SELECT CAST(x AS varchar(10)), pg_catalog.lower(y) FROM t", Dialect.POSTGRES))
        .isFalse();
    assertThat(WriteText.mayCallWritingRoutine("SELECT 'purge()' FROM t", Dialect.POSTGRES))
        .isFalse();
  }

  @Test
  void aTablesBoundIsTheSmallestFullyPinnedKey() {
    TableFacts facts =
        new TableFacts(
            "t", true, List.of(), false, true, null, List.of(Set.of("a", "b"), Set.of("id")), 0);

    assertThat(facts.bound(Map.of("id", 3L))).isEqualTo(3);
    assertThat(facts.bound(Map.of("a", 2L, "b", 5L))).isEqualTo(10);
    assertThat(facts.bound(Map.of("a", 2L))).isEqualTo(-1);
    assertThat(facts.bound(Map.of("a", 2L, "b", 5L, "id", 4L))).isEqualTo(4);
  }
}
