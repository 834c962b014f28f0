package io.jdbcguard.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.contract.ContractTable.Case;
import io.jdbcguard.rules.contract.ContractTable.Row;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the contract tables honest: they parse, they cover every item of section 1 in both main
 * dialects, and no statement is labelled both "must block" and "must allow" in the same dialect.
 * These tests do not need the engine.
 */
class ContractTablesTest {

  @Test
  void mustBlockTableCoversSectionOneWithAtLeastThreeHundredRows() {
    assertThat(ContractTable.rows(ContractTable.MUST_BLOCK)).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void mustAllowTableCoversSectionTwoWithAtLeastTwoHundredFiftyRows() {
    assertThat(ContractTable.rows(ContractTable.MUST_ALLOW)).hasSizeGreaterThanOrEqualTo(250);
  }

  @Test
  void shouldBlockTableCoversSectionThree() {
    assertThat(ContractTable.rows(ContractTable.SHOULD_BLOCK)).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void everySectionOneItemHasRowsInPostgresAndMysql() {
    Map<String, Set<Dialect>> dialectsByItem = new HashMap<>();
    for (Row row : ContractTable.rows(ContractTable.MUST_BLOCK)) {
      String item = row.note().split(" ", 2)[0];
      dialectsByItem.computeIfAbsent(item, k -> EnumSet.noneOf(Dialect.class))
          .addAll(row.dialects());
    }
    for (int i = 1; i <= 14; i++) {
      assertThat(dialectsByItem.get("1." + i))
          .as("dialects with rows for contract item 1.%d", i)
          .isNotNull()
          .contains(Dialect.POSTGRES, Dialect.MYSQL);
    }
  }

  @Test
  void everyNoteStartsWithItsContractSection() {
    for (String file : List.of(
        ContractTable.MUST_BLOCK, ContractTable.MUST_ALLOW, ContractTable.SHOULD_BLOCK)) {
      String section =
          file.equals(ContractTable.MUST_BLOCK) ? "1." : file.equals(ContractTable.MUST_ALLOW)
              ? "2" : "3";
      for (Row row : ContractTable.rows(file)) {
        assertThat(row.note()).as(row.where()).startsWith(section);
      }
    }
  }

  @Test
  void noStatementIsBothMustBlockAndMustAllowInTheSameDialect() {
    Set<String> blocked = new HashSet<>();
    for (Case c : ContractTable.cases(ContractTable.MUST_BLOCK)) {
      blocked.add(c.dialect() + "\u0000" + c.row().sql());
    }
    List<String> contradictions = new ArrayList<>();
    for (String file : List.of(ContractTable.MUST_ALLOW, ContractTable.SHOULD_BLOCK)) {
      for (Case c : ContractTable.cases(file)) {
        if (blocked.contains(c.dialect() + "\u0000" + c.row().sql())) {
          contradictions.add(c.toString());
        }
      }
    }
    assertThat(contradictions).isEmpty();
  }

  @Test
  void noTableRepeatsAStatementInTheSameDialect() {
    for (String file : List.of(
        ContractTable.MUST_BLOCK, ContractTable.MUST_ALLOW, ContractTable.SHOULD_BLOCK)) {
      Set<String> seen = new HashSet<>();
      List<String> repeats = new ArrayList<>();
      for (Case c : ContractTable.cases(file)) {
        if (!seen.add(c.dialect() + "\u0000" + c.row().sql())) {
          repeats.add(c.toString());
        }
      }
      assertThat(repeats).as(file).isEmpty();
    }
  }

  @Test
  void decodesTheDocumentedEscapes() {
    assertThat(ContractTable.unescape("a\\nb\\rc\\td\\0e\\\\f\\u041Eg", "x"))
        .isEqualTo("a\nb\rc\td\0e\\f\u041Eg");
  }

  @Test
  void rejectsAnUnknownEscapeSoATypoCannotChangeAStatementSilently() {
    assertThatThrownBy(() -> ContractTable.unescape("SELECT 'it\\'s'", "f:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f:1");
    assertThatThrownBy(() -> ContractTable.unescape("x\\u12", "f:2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContractTable.unescape("x\\", "f:3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsPipesInsideTheSqlField() {
    Row row = ContractTable.parse("f", 7, "postgres | * | 1.1 x | SELECT a || b", true);
    assertThat(row.sql()).isEqualTo("SELECT a || b");
    assertThat(row.dialects()).containsExactly(Dialect.POSTGRES);
  }

  @Test
  void readsAnEmptySqlFieldAsTheEmptyString() {
    Row row = ContractTable.parse("f", 1, "all | 2 empty |", false);
    assertThat(row.sql()).isEmpty();
    assertThat(row.dialects()).containsExactlyInAnyOrder(Dialect.values());
  }

  @Test
  void rejectsAnUnknownDialect() {
    assertThatThrownBy(() -> ContractTable.parse("f", 3, "oracle | * | 1.1 x | DROP TABLE t", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f:3")
        .hasMessageContaining("oracle");
  }
}
