package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhereMatchesAllTest {

  private static final String RULE = "where-matches-all";

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id IS NOT NULL",
    "DELETE FROM t WHERE name LIKE '%'",
    "DELETE FROM t WHERE name LIKE '%%'",
    "DELETE FROM t WHERE id > 0",
    "DELETE FROM t WHERE id >= 0",
    "DELETE FROM t WHERE id >= 1",
    "DELETE FROM t WHERE pk > 0",
    "DELETE FROM t WHERE user_id > -1",
    "DELETE FROM t WHERE id IN (SELECT id FROM t)",
    "DELETE FROM t WHERE id <> 0",
    "DELETE FROM t WHERE id != -1",
    "DELETE FROM t WHERE id = 1 OR id IS NOT NULL",
    "UPDATE t SET a = 1 WHERE id IS NOT NULL AND name LIKE '%'",
  })
  void blocksConditionsMatchingAlmostEverything(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id IS NOT NULL AND id = 3",
    "DELETE FROM t WHERE name LIKE 'a%'",
    "DELETE FROM t WHERE id > 100",
    "DELETE FROM t WHERE amount > 0",
    "DELETE FROM t WHERE id <> 5",
    "DELETE FROM t WHERE status <> 0",
    "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE expired)",
    "DELETE FROM t WHERE id IN (SELECT t_id FROM u)",
    "SELECT * FROM t WHERE id IS NOT NULL",
  })
  void allowsSelectiveConditions(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // IS NULL negations on columns taken as keys
    "DELETE FROM t WHERE NOT (id IS NULL)",
    "DELETE FROM t WHERE NOT (t.id IS NULL)",
    "DELETE FROM t WHERE NOT (pk IS NULL)",
    "DELETE FROM users WHERE user_id IS NOT NULL",
    "DELETE FROM categories WHERE category_id IS NOT NULL",
    // patterns that match every string
    "DELETE FROM t WHERE email ~ '.*'",
    "DELETE FROM t WHERE email ~ ''",
    "DELETE FROM t WHERE email ~* '.*'",
    "DELETE FROM t WHERE email ~ '^.*$'",
    "DELETE FROM t WHERE email ~ '(.*)'",
    "DELETE FROM t WHERE email ~ 'a*'",
    "DELETE FROM t WHERE email ~ '^'",
    "DELETE FROM t WHERE email ~ '^[\\s\\S]*$'",
    "DELETE FROM t WHERE NOT (email !~ '.*')",
    "DELETE FROM t WHERE email SIMILAR TO '%'",
    "DELETE FROM t WHERE email SIMILAR TO '%%'",
    "DELETE FROM t WHERE email ILIKE '%%%'",
    "DELETE FROM t WHERE email LIKE '%' OR id = 2",
    // ranges over the whole domain
    "DELETE FROM t WHERE id BETWEEN 1 AND 2147483647",
    "DELETE FROM t WHERE id BETWEEN 0 AND 9223372036854775807",
    "DELETE FROM t WHERE amount BETWEEN -9223372036854775808 AND 9223372036854775807",
    "DELETE FROM t WHERE id < 2147483648",
    "DELETE FROM t WHERE id >= -2147483648",
    "DELETE FROM t WHERE 0 < id",
    "DELETE FROM t WHERE NOT (id <= 0)",
    "DELETE FROM t WHERE id NOT BETWEEN -10 AND 0",
    // keys compared with values no key takes
    "DELETE FROM t WHERE id NOT IN (-1)",
    "DELETE FROM t WHERE id NOT IN (0, -1)",
    "DELETE FROM t WHERE NOT (id IN (-1))",
    "DELETE FROM t WHERE NOT (id = -1)",
    // far-away date bounds
    "DELETE FROM t WHERE created_at < now() + interval '100 years'",
    "DELETE FROM t WHERE created_at < now() + interval '200 years'",
    "DELETE FROM t WHERE created_at < current_timestamp + interval '100 year'",
    "DELETE FROM t WHERE created_at < '9999-12-31'",
    "DELETE FROM t WHERE created_at < DATE '3000-01-01'",
    "DELETE FROM t WHERE created_at > '0001-01-01'",
    "DELETE FROM t WHERE created_at > now() - interval '500 years'",
    // empty JSON / array containment
    "DELETE FROM t WHERE payload @> '{}'",
    "DELETE FROM t WHERE payload @> '{}'::jsonb",
    "DELETE FROM t WHERE '{}' <@ payload",
    "DELETE FROM t WHERE tags @> '{}'",
    // subqueries over the same table without a further condition
    "DELETE FROM t WHERE id = ANY (SELECT id FROM t)",
    "DELETE FROM t WHERE id = SOME (SELECT id FROM t)",
    "DELETE FROM t WHERE id IN (SELECT t.id FROM t)",
    "DELETE FROM t WHERE id IN (SELECT x.id FROM t x)",
    "DELETE FROM public.t WHERE id IN (SELECT id FROM public.t)",
    "DELETE FROM t WHERE id IN (SELECT DISTINCT id FROM t)",
    "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE 1 = 1)",
    "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE id > 0)",
    "DELETE FROM t WHERE id IN (SELECT id FROM (SELECT id FROM t) s)",
    "DELETE FROM t WHERE id IN (SELECT id FROM (SELECT id FROM (SELECT id FROM t) a) b)",
    "DELETE FROM t WHERE id IN (SELECT s.id FROM (SELECT * FROM t) s)",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM t x WHERE x.id = t.id)",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM t AS x WHERE t.id = x.id)",
    "DELETE FROM t WHERE EXISTS (SELECT * FROM t x WHERE x.id = t.id AND x.email = t.email)",
    "DELETE FROM t a WHERE EXISTS (SELECT 1 FROM t b WHERE b.id = a.id)",
    "UPDATE t SET a = 1 WHERE EXISTS (SELECT 1 FROM t x WHERE x.id = t.id)",
    // self-joins whose condition every row satisfies with itself
    "DELETE FROM users a USING users b WHERE a.email = b.email",
    "DELETE FROM users a USING users b WHERE a.id = b.id",
    "DELETE FROM users a USING users b WHERE b.email = a.email AND a.name = b.name",
    "DELETE FROM users a USING users b WHERE a.id <= b.id",
    "DELETE FROM users USING users b WHERE users.email = b.email",
    "UPDATE users a SET x = 1 FROM users b WHERE a.email = b.email",
  })
  void blocksConditionsThatHoldForEveryOrdinaryRow(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE email REGEXP '.*'",
    "DELETE FROM t WHERE email REGEXP ''",
    "DELETE FROM t WHERE email REGEXP '^.*$'",
    "DELETE FROM t WHERE email RLIKE '(.*)'",
    "DELETE FROM t WHERE REGEXP_LIKE(email, '.*')",
    "DELETE FROM t WHERE id IN (SELECT id FROM (SELECT id FROM t) AS s)",
    "DELETE FROM t WHERE created_at < NOW() + INTERVAL 100 YEAR",
    "DELETE FROM t WHERE created_at < DATE_ADD(NOW(), INTERVAL 100 YEAR)",
    "DELETE a FROM users a INNER JOIN users b ON a.email = b.email WHERE b.email = a.email",
    "DELETE a FROM users a, users b WHERE a.email = b.email",
    "UPDATE users a JOIN users b ON a.email = b.email SET a.x = 1 WHERE a.name = b.name",
    "DELETE FROM t WHERE id NOT IN (-1)",
  })
  void blocksMysqlConditionsThatHoldForEveryOrdinaryRow(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE deleted_at IS NOT NULL",
    "DELETE FROM orders WHERE user_id IS NOT NULL",
    "DELETE FROM t WHERE id IS NULL",
    "DELETE FROM t WHERE NOT (id IS NOT NULL)",
    "DELETE FROM t WHERE email ~ '^a.*'",
    "DELETE FROM t WHERE email ~ '.+'",
    "DELETE FROM t WHERE email ~ '^$'",
    "DELETE FROM t WHERE email !~ '.*'",
    "DELETE FROM t WHERE email LIKE '%@example.com'",
    "DELETE FROM t WHERE email LIKE '%' AND id = 4",
    "DELETE FROM t WHERE payload @> '{\"a\": 1}'",
    "DELETE FROM t WHERE id BETWEEN 1 AND 1000",
    "DELETE FROM t WHERE id BETWEEN 100 AND 2147483647",
    "DELETE FROM t WHERE amount BETWEEN 1 AND 2147483647",
    "DELETE FROM t WHERE id NOT IN (5)",
    "DELETE FROM t WHERE id NOT IN (-1, 5)",
    "DELETE FROM t WHERE created_at < now() - interval '100 years'",
    "DELETE FROM t WHERE created_at < now() + interval '1 day'",
    "DELETE FROM t WHERE created_at <= CURRENT_DATE + INTERVAL '1000 days'",
    "DELETE FROM t WHERE created_at < '2024-01-01'",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM other o WHERE o.t_id = t.id)",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM t x WHERE x.parent_id = t.id)",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM t x WHERE x.email = t.email AND x.id <> t.id)",
    "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE flag)",
    "DELETE FROM t WHERE id IN (SELECT id FROM t ORDER BY id LIMIT 10)",
    "DELETE FROM t WHERE id IN (SELECT id FROM (SELECT id FROM t WHERE created_at < now() - interval '30 days') s)",
    "DELETE FROM t WHERE id = ANY (SELECT id FROM u)",
    "DELETE FROM t WHERE id = ANY (?)",
    "DELETE FROM t WHERE ctid IN (SELECT ctid FROM t WHERE flag LIMIT 100)",
    "DELETE FROM users a USING users b WHERE a.email = b.email AND a.id < b.id",
    "DELETE FROM users a USING users b WHERE a.email = b.email AND a.id > b.id",
    "DELETE FROM users a USING orders o WHERE a.id = o.user_id",
  })
  void allowsRealFiltersThatLookAlike(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE a FROM users a JOIN users b ON a.email = b.email WHERE a.id < b.id",
    "DELETE a FROM users a LEFT JOIN users b ON a.email = b.email AND a.id < b.id WHERE b.id IS NULL",
    "DELETE FROM t WHERE email NOT REGEXP 'x'",
    "DELETE FROM t WHERE email REGEXP '^a'",
  })
  void allowsMysqlRealFilters(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @org.junit.jupiter.api.Test
  void findsTheMatchAllBranchOfALongOrChainWhereverItStands() {
    StringBuilder tail = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      tail.append(" OR id = ").append(i);
    }
    assertBlocks(Dialect.POSTGRES, RULE, "DELETE FROM t WHERE id IS NOT NULL" + tail);
    assertBlocks(Dialect.POSTGRES, RULE, "DELETE FROM t WHERE email LIKE '%'" + tail);
    assertSilent(Dialect.POSTGRES, RULE, "DELETE FROM t WHERE email LIKE 'a%'" + tail);
  }
}
