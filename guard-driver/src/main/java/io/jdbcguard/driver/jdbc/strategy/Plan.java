package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.Dialect;
import java.util.List;

/**
 * How to measure one call, from what the entries' texts say and what the catalog says about their
 * target tables.
 *
 * @param how the way chosen
 * @param bound for {@link How#BOUNDED}, the most rows the call can change
 * @param facts for {@link How#NOT_TRANSACTIONAL}, the table whose storage cannot roll back
 * @param entry for the refusals, the entry concerned
 * @param ownRows rows of plain {@code INSERT ... VALUES} among the entries: not limited, so not
 *     counted when the whole effect is
 */
record Plan(How how, long bound, TableFacts facts, Entry entry, long ownRows) {

  enum How {
    /** Provably within the limit: run directly, no undo boundary, no extra round trip. */
    BOUNDED,
    /** The update counts are the whole effect: measure them. */
    COUNTS,
    /** Something else may change rows: count every row from the database's statistics. */
    EFFECTS,
    /** The target's storage cannot roll back: refuse before running. */
    NOT_TRANSACTIONAL,
    /** The database cannot report what the write would change (MariaDB cascades): refuse. */
    UNCOUNTABLE
  }

  static Plan of(Session session, List<Entry> entries, long limit) {
    if (session.effects() == null) {
      // No statistics to count every row: the update counts of UPDATE, DELETE and MERGE, as ever.
      for (Entry entry : entries) {
        if (Tally.limited(entry.verdict())) {
          return new Plan(How.COUNTS, 0, null, null, 0);
        }
      }
      return new Plan(How.BOUNDED, 0, null, null, 0);
    }
    long bound = 0;
    boolean bounded = true;
    boolean exact = true;
    long own = 0;
    boolean mysql = session.database() == Dialect.MYSQL;
    TableFacts nonTransactional = null;
    Entry nonTransactionalEntry = null;
    for (Entry entry : entries) {
      WriteText text = entry.text();
      TableFacts facts = session.facts(text);
      boolean contained = facts != null && facts.contained() && text.plain();
      WriteText.Kind kind = text.kind();
      if (kind == WriteText.Kind.INSERT_VALUES) {
        own = saturated(own, text.rows(), entry.repeat());
      }
      if (contained && (kind == WriteText.Kind.UPDATE || kind == WriteText.Kind.DELETE)) {
        long rows = text.pins() == null ? -1 : facts.bound(text.pins());
        if (rows >= 0) {
          bound = saturated(bound, rows, entry.repeat());
          continue;
        }
      } else if (contained && kind == WriteText.Kind.INSERT_VALUES) {
        continue;
      }
      bounded = false;
      if (facts != null && !facts.transactional() && nonTransactional == null) {
        nonTransactional = facts;
        nonTransactionalEntry = entry.once();
      }
      if (mysql && facts != null && facts.cascades()) {
        return new Plan(How.UNCOUNTABLE, 0, facts, entry.once(), 0);
      }
      if (!(contained && (kind == WriteText.Kind.UPDATE || kind == WriteText.Kind.DELETE))) {
        exact = false;
      }
    }
    if (bounded && (limit <= 0 || bound <= limit)) {
      return new Plan(How.BOUNDED, bound, null, null, own);
    }
    if (nonTransactional != null) {
      return new Plan(How.NOT_TRANSACTIONAL, 0, nonTransactional, nonTransactionalEntry, own);
    }
    if (exact || session.effects() == null) {
      return new Plan(How.COUNTS, 0, null, null, own);
    }
    return new Plan(How.EFFECTS, 0, null, null, own);
  }

  /**
   * For a dry run or sandbox mode, which must undo everything: the plan {@link
   * How#NOT_TRANSACTIONAL} if any target's storage cannot roll back, else how to count ({@link
   * How#COUNTS} or {@link How#EFFECTS}).
   */
  static Plan undoable(Session session, List<Entry> entries) {
    boolean exact = true;
    long own = 0;
    for (Entry entry : entries) {
      WriteText text = entry.text();
      TableFacts facts = session.facts(text);
      if (facts != null && !facts.transactional()) {
        return new Plan(How.NOT_TRANSACTIONAL, 0, facts, entry.once(), 0);
      }
      if (text.kind() == WriteText.Kind.INSERT_VALUES) {
        own = saturated(own, text.rows(), entry.repeat());
      }
      exact &= facts != null && facts.contained() && text.plain();
    }
    return new Plan(
        exact || session.effects() == null ? How.COUNTS : How.EFFECTS, 0, null, null, own);
  }

  private static long saturated(long sum, long rows, int repeat) {
    long add = rows > Long.MAX_VALUE / Math.max(repeat, 1) ? Long.MAX_VALUE : rows * repeat;
    return Long.MAX_VALUE - sum < add ? Long.MAX_VALUE : sum + add;
  }
}
