package io.jdbcguard.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The parse watchdog and the long-parse pool belong to their parser: started on use, closed with it. */
class StatementParserResourcesTest {

  @Test
  void aNewParserHoldsNoThreadUntilItParses() {
    StatementParser parser = new StatementParser(Duration.ofSeconds(2));
    try {
      assertThat(parser.holdsThreads()).isFalse();
      assertThat(parser.parse("SELECT 1")).isInstanceOf(ParseResult.Parsed.class);
      assertThat(parser.holdsThreads()).isTrue();
    } finally {
      parser.close();
    }
    assertThat(parser.holdsThreads()).isFalse();
  }

  @Test
  void closingStopsTheLongParsePoolToo() {
    StatementParser parser = new StatementParser(Duration.ofSeconds(5));
    String longSelect = "SELECT " + "1 + ".repeat(StatementParser.CALLER_THREAD_LIMIT / 4) + "1";
    assertThat(parser.parse(longSelect)).isInstanceOf(ParseResult.Parsed.class);
    assertThat(parser.holdsThreads()).isTrue();
    parser.close();
    assertThat(parser.holdsThreads()).isFalse();
  }

  @Test
  void aClosedParserRefusesShortAndLongStatements() {
    StatementParser parser = new StatementParser(Duration.ofSeconds(2));
    parser.close();
    assertThat(parser.parse("SELECT 1")).isInstanceOf(ParseResult.Failed.class);
    String longSelect = "SELECT " + "1 + ".repeat(StatementParser.CALLER_THREAD_LIMIT / 4) + "1";
    assertThat(parser.parse(longSelect)).isInstanceOf(ParseResult.Failed.class);
  }

  @Test
  void aClosedEngineBlocksWhatItWouldHaveToParse() {
    GuardEngine engine = GuardEngine.forDialect(Dialect.POSTGRES);
    assertThat(engine.check("SELECT a FROM t WHERE id = 1").isAllowed()).isTrue();
    engine.close();
    engine.close();
    assertThat(engine.check("SELECT a FROM t WHERE id = 1").isAllowed()).isTrue(); // cached
    assertThat(engine.check("SELECT b FROM t WHERE id = 2").ruleIds()).containsExactly("unparseable");
  }
}
