-- ==== legitimate bit_value_literal.sql
SELECT b'01'
-- ==== legitimate bit_value_literal.sql
SELECT B'01'
-- ==== legitimate bit_value_literal.sql
SELECT 0b01
-- ==== legitimate cast.sql
SELECT CAST(col AS SIGNED)
-- ==== legitimate cast.sql
SELECT CAST(col AS UNSIGNED)
-- ==== legitimate cast.sql
SELECT CAST(col AS SIGNED INTEGER)
-- ==== legitimate cast.sql
SELECT CAST(col AS UNSIGNED INTEGER)
-- ==== legitimate collate.sql
SELECT "a string" COLLATE "utf8mb4_general_ci"
-- ==== legitimate column_alias.sql
SELECT 1 AS `one`
-- ==== legitimate column_alias.sql
SELECT 2 AS 'two'
-- ==== legitimate column_alias.sql
SELECT 3 AS "three"
-- ==== legitimate column_alias.sql
SELECT 4 AS "four""_with_escaped_double_quotes"
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, SIGNED)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, SIGNED INTEGER)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, UNSIGNED)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, UNSIGNED INTEGER)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, BINARY)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, BINARY(10))
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, CHAR)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, CHAR(10))
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, NCHAR)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, DATE)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, DATETIME)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, DATETIME(6))
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, TIME)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, DECIMAL)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, DECIMAL(10, 2))
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, DOUBLE)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col, FLOAT)
-- ==== legitimate convert_function.sql
SELECT CONVERT(a + 1, SIGNED)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col USING utf8mb4)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col USING latin1)
-- ==== legitimate convert_function.sql
SELECT CONVERT(col USING BINARY)
-- ==== legitimate create_database.sql
CREATE SCHEMA my_database
DEFAULT CHARACTER SET utf8mb4
COLLATE utf8mb4_0900_ai_ci
DEFAULT ENCRYPTION 'N'
-- ==== destructive create_event.sql
DELETE FROM site_activity.sessions
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col)
-- ==== legitimate create_index.sql
CREATE UNIQUE INDEX idx ON tbl (col)
-- ==== legitimate create_index.sql
CREATE INDEX idx USING BTREE ON tbl (col)
-- ==== legitimate create_index.sql
CREATE INDEX idx USING HASH ON tbl (col)
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col ASC)
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col DESC)
-- ==== legitimate create_index.sql
CREATE INDEX part_of_name ON customer (name(10))
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col) ALGORITHM DEFAULT
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col) ALGORITHM NOCOPY
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col) ALGORITHM INSTANT
-- ==== legitimate create_index.sql
CREATE INDEX idx ON tbl (col) LOCK DEFAULT
-- ==== legitimate create_table.sql
CREATE TABLE `foo` (
  b VARCHAR(255) BINARY,
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
-- ==== legitimate create_table.sql
CREATE TABLE `foo` (
  b VARCHAR(255) BINARY,
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=`utf8mb4` COLLATE=`utf8mb4_unicode_ci`
-- ==== legitimate create_table.sql
CREATE TABLE `foo` (
  b VARCHAR(255) BINARY,
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET='utf8mb4' COLLATE='utf8mb4_unicode_ci'
-- ==== legitimate create_table.sql
CREATE TABLE `foo` (
  b VARCHAR(255) BINARY,
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET="utf8mb4" COLLATE="utf8mb4_unicode_ci"
-- ==== legitimate create_table.sql
create table `tickets` (
    `id` serial primary key,
    `material_number` varchar(255) default null,
    `material_name` varchar(255) default null,
    `date_created` date not null default (current_date),
    `date_closed` date default null
)
-- ==== legitimate create_table.sql
create table _ (a int)
-- ==== legitimate create_table.sql
CREATE TABLE foo SELECT * FROM bar
-- ==== legitimate create_table.sql
CREATE TEMPORARY TABLE tbl_name (
    id INT PRIMARY KEY AUTO_INCREMENT,
    col VARCHAR(255) DEFAULT '' NOT NULL,
    INDEX(col)
) AS SELECT id, col FROM table_name
-- ==== legitimate create_table.sql
CREATE TEMPORARY TABLE tbl_name (
    id INT PRIMARY KEY AUTO_INCREMENT,
    col VARCHAR(255) DEFAULT '' NOT NULL,
    INDEX(col)
) SELECT id, col FROM table_name
-- ==== legitimate create_table.sql
CREATE TEMPORARY TABLE tbl_name (INDEX(col)) AS
    SELECT id, col FROM table_name
-- ==== legitimate create_table.sql
CREATE TEMPORARY TABLE tbl_name (INDEX(col))
    SELECT id, col FROM table_name
-- ==== legitimate create_table.sql
CREATE TABLE my_table (num INT(5) SIGNED)
-- ==== legitimate create_table.sql
CREATE TABLE my_table (num INT(5) UNSIGNED)
-- ==== legitimate create_table.sql
CREATE TABLE my_table (num INT(5) ZEROFILL)
-- ==== legitimate create_table.sql
CREATE TABLE my_table (num INT(5) UNSIGNED ZEROFILL)
-- ==== legitimate create_table.sql
CREATE TABLE my_table (num INT(5) ZEROFILL UNSIGNED)
-- ==== legitimate create_table.sql
CREATE TABLE foo_min_1 (
    id INT PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
-- ==== legitimate create_table.sql
CREATE TABLE foo_min_2 (
    id INT PRIMARY KEY
) ENGINE = InnoDB CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci
-- ==== legitimate create_table.sql
CREATE TABLE foo_min_3 (
    id INT PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci
-- ==== legitimate create_table.sql
CREATE TABLE foo_min_4 (
    id INT PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET DEFAULT COLLATE DEFAULT
-- ==== legitimate create_table_column_charset.sql
CREATE TABLE t1
(
    col1 VARCHAR(5)
      CHARACTER SET latin1
      COLLATE latin1_german1_ci
)
-- ==== legitimate create_table_column_charset.sql
CREATE TABLE t1
(
    col1 VARCHAR(5)
      CHARACTER SET `latin1`
      COLLATE `latin1_german1_ci`
)
-- ==== legitimate create_table_column_charset.sql
CREATE TABLE t1
(
    col1 VARCHAR(5)
      CHARACTER SET 'latin1'
      COLLATE 'latin1_german1_ci'
)
-- ==== legitimate create_table_column_charset.sql
CREATE TABLE t1
(
    col1 VARCHAR(5)
      CHARACTER SET "latin1"
      COLLATE "latin1_german1_ci"
)
-- ==== legitimate create_table_column_charset.sql
CREATE TABLE t2
(
    col1 TEXT CHARACTER SET ascii COLLATE ascii_bin
)
-- ==== legitimate create_table_column_charset.sql
CREATE TABLE t3
(
    col1 TEXT CHARACTER SET binary,
    col2 TEXT COLLATE binary
)
-- ==== legitimate create_table_constraint_unique.sql
CREATE TABLE a(
    a INT NOT NULL,
    UNIQUE (a),
    UNIQUE idx_c(a),
    UNIQUE KEY (a),
    UNIQUE KEY idx_a(a),
    UNIQUE INDEX (a),
    UNIQUE INDEX idx_b(a)
)
-- ==== legitimate create_table_equals_optional.sql
CREATE TABLE a (
    id INT
) COLLATE utf8_general_ci
-- ==== legitimate create_table_generated_column.sql
CREATE TABLE t1 (
   a INT,
   b INT,
   c TEXT,
   d INT GENERATED ALWAYS AS (a*abs(b)) VIRTUAL,
   e TEXT GENERATED ALWAYS AS (substr(c,b,b+1)) STORED,
   PRIMARY KEY (a)
)
-- ==== legitimate create_table_generated_column.sql
CREATE TABLE t1 (
   a INT,
   b INT,
   c TEXT,
   d INT AS (a*abs(b)),
   e TEXT AS (substr(c,b,b+1)) STORED COMMENT 'foo',
   PRIMARY KEY (a)
)
-- ==== legitimate create_table_index.sql
CREATE TABLE foo (
  id INT UNSIGNED AUTO_INCREMENT NOT NULL,
  a TEXT(500),
  b INT,
  c INT,
  PRIMARY KEY (id) COMMENT 'primary key (id)',
  FULLTEXT `idx_a` (a) COMMENT 'index (a)',
  INDEX `idx_prefix_a` (a(20)),
  INDEX `idx_b` (b) COMMENT 'index (b)',
  INDEX `idx_desc_b` (b DESC),
  INDEX `idx_asc_c` (c ASC)
) ENGINE=InnoDB
-- ==== legitimate create_table_null_position.sql
CREATE TABLE IF NOT EXISTS db_name.table_name
(
    updated_at1   timestamp default CURRENT_TIMESTAMP not null on update CURRENT_TIMESTAMP,
    updated_at2   timestamp not null default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
    updated_at3   timestamp default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP not null,
    updated_at4   timestamp
)
-- ==== legitimate create_table_partition_list.sql
CREATE TABLE t (id INT) PARTITION BY LIST (id) (PARTITION p0 VALUES IN (0))
-- ==== legitimate create_table_partition_list.sql
CREATE TABLE t (id INT) PARTITION BY LIST (id) (PARTITION p0 VALUES IN (1, 2, 3), PARTITION p1 VALUES IN (4, 5, 6))
-- ==== legitimate create_table_partition_list.sql
CREATE TABLE t (name VARCHAR(30)) PARTITION BY LIST (name) (PARTITION p0 VALUES IN ('a', 'b'), PARTITION p1 VALUES IN ('c'))
-- ==== legitimate create_table_partition_list.sql
CREATE TABLE t (id INT) PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN MAXVALUE)
-- ==== legitimate create_table_primary_foreign_keys.sql
CREATE TABLE parent (
    id INT NOT NULL,
    PRIMARY KEY (id)
)
-- ==== legitimate create_table_primary_foreign_keys.sql
CREATE TABLE child (
    id INT,
    parent_id INT,
    INDEX par_ind (parent_id),
    FOREIGN KEY (parent_id)
        REFERENCES parent(id)
        ON DELETE CASCADE
)
-- ==== legitimate create_table_primary_foreign_keys.sql
CREATE TABLE product (
    category INT NOT NULL, id INT NOT NULL,
    price DECIMAL,
    PRIMARY KEY(category, id)
)
-- ==== legitimate create_table_primary_foreign_keys.sql
CREATE TABLE customer (
    id INT NOT NULL,
    PRIMARY KEY (id)
)
-- ==== legitimate create_table_primary_foreign_keys.sql
CREATE TABLE product_order (
    product_category INT NOT NULL,
    product_id INT NOT NULL,
    customer_id INT NOT NULL,

    PRIMARY KEY(no),
    -- INDEX (product_category, product_id),
    -- INDEX (customer_id),

    FOREIGN KEY (product_category, product_id)
      REFERENCES product(category, id)
      ON UPDATE CASCADE ON DELETE RESTRICT,

    FOREIGN KEY (customer_id)
      REFERENCES customer(id)
)
-- ==== legitimate create_table_primary_foreign_keys.sql
CREATE TABLE source_tag_assoc (
    source_id INT UNSIGNED NOT NULL,
    tag_id INT UNSIGNED NOT NULL,
    PRIMARY KEY (source_id, tag_id),
    FOREIGN KEY (source_id) REFERENCES source (id) ON DELETE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES source_tag (id) ON DELETE CASCADE
)
-- ==== legitimate create_table_unique_key.sql
create table a(
    b int unique key
)
-- ==== legitimate create_view.sql
CREATE VIEW v1 (c,d) AS
  SELECT a,b FROM t1
-- ==== legitimate create_view.sql
CREATE VIEW v2 AS SELECT a FROM t1 WITH CASCADED CHECK OPTION
-- ==== legitimate create_view.sql
CREATE VIEW v2 AS (SELECT a FROM t1) WITH CASCADED CHECK OPTION
-- ==== legitimate create_view.sql
CREATE VIEW v2 AS
  SELECT 1 UNION SELECT 2
-- ==== legitimate create_view.sql
CREATE VIEW vw_test AS
  WITH testing_cte as (
    SELECT
      a
      , b
      FROM t1
  )
  SELECT a, b from testing_cte
-- ==== legitimate delete_multitable.sql
DELETE a FROM a JOIN b USING (id) WHERE b.name = 'example'
-- ==== legitimate delete_multitable.sql
DELETE FROM somelog WHERE user = 'jcole'
ORDER BY timestamp_column LIMIT 1
-- ==== legitimate delete_multitable.sql
DELETE LOW_PRIORITY QUICK IGNORE a FROM a JOIN b USING (id) WHERE b.name = 'example'
-- ==== legitimate delete_multitable.sql
DELETE FROM a PARTITION (p) WHERE b.name = 'example'
-- ==== legitimate delete_multitable.sql
DELETE t1, t2 FROM t1 INNER JOIN t2 INNER JOIN t3
WHERE t1.id=t2.id AND t2.id=t3.id
-- ==== legitimate delete_multitable.sql
DELETE LOW_PRIORITY QUICK IGNORE t1, t2 FROM t1 INNER JOIN t2 INNER JOIN t3
WHERE t1.id=t2.id AND t2.id=t3.id
-- ==== legitimate delete_multitable.sql
DELETE FROM t1, t2 USING t1 INNER JOIN t2 INNER JOIN t3
WHERE t1.id=t2.id AND t2.id=t3.id
-- ==== legitimate delete_multitable.sql
DELETE LOW_PRIORITY QUICK IGNORE FROM t1, t2 USING t1 INNER JOIN t2 INNER JOIN t3
WHERE t1.id=t2.id AND t2.id=t3.id
-- ==== legitimate delete_multitable.sql
DELETE a1, a2 FROM t1 AS a1 INNER JOIN t2 AS a2
WHERE a1.id=a2.id
-- ==== legitimate delete_multitable.sql
DELETE t1.*, t2.* FROM t1 INNER JOIN t2 INNER JOIN t3
WHERE t1.id=t2.id AND t2.id=t3.id
-- ==== legitimate delete_multitable.sql
DELETE FROM t1.*, t2.* USING t1 INNER JOIN t2 INNER JOIN t3
WHERE t1.id=t2.id AND t2.id=t3.id
-- ==== legitimate delimiter_select.sql
SELECT 1
-- ==== legitimate derived_tables.sql
SELECT * FROM (SELECT 1, 2, 3, 4) AS dt
-- ==== legitimate derived_tables.sql
SELECT * FROM (SELECT 1, 2, 3, 4) AS `dt`
-- ==== destructive drop_event.sql
DROP EVENT test
-- ==== destructive drop_event.sql
DROP EVENT IF EXISTS test
-- ==== destructive drop_function.sql
DROP FUNCTION IF EXISTS `testfunction`
-- ==== destructive drop_index.sql
DROP INDEX `test` ON `table1`.`foo`
-- ==== destructive drop_prepare.sql
DROP PREPARE dynam
-- ==== destructive drop_procedure.sql
DROP PROCEDURE IF EXISTS `testprocedure`
-- ==== destructive drop_table.sql
DROP TEMPORARY TABLE IF EXISTS t
-- ==== destructive drop_table.sql
DROP TEMPORARY TABLE IF EXISTS t, t2
-- ==== destructive drop_table.sql
DROP TABLE IF EXISTS t RESTRICT
-- ==== destructive drop_table.sql
DROP TABLE IF EXISTS t CASCADE
-- ==== destructive drop_trigger.sql
DROP TRIGGER trigger_name
-- ==== destructive drop_trigger.sql
DROP TRIGGER schema_name.trigger_name
-- ==== destructive drop_trigger.sql
DROP TRIGGER IF EXISTS trigger_name
-- ==== legitimate force_index.sql
SELECT * FROM onetable FORCE INDEX (idx_index)
-- ==== legitimate force_index_for_group_by.sql
SELECT * FROM onetable FORCE INDEX FOR GROUP BY (i2)
-- ==== legitimate force_index_for_join.sql
SELECT * FROM onetable FORCE INDEX FOR JOIN (i2)
-- ==== legitimate force_index_for_order_by.sql
SELECT * FROM onetable FORCE INDEX FOR ORDER BY (i2)
-- ==== legitimate force_index_inner_join.sql
SELECT onetable.f1, twotable.f1 FROM onetable FORCE INDEX (idx_index) inner join twotable on onetable.f1 = twotable.f1
-- ==== legitimate force_index_left_join.sql
SELECT onetable.f1, twotable.f1 FROM onetable left join twotable FORCE INDEX (idx_index) on onetable.f1 = twotable.f1
-- ==== legitimate force_key.sql
SELECT * FROM onetable FORCE KEY (idx_index)
-- ==== legitimate group_by_with_rollup.sql
SELECT a, SUM(b) FROM t GROUP BY a WITH ROLLUP
-- ==== legitimate group_by_with_rollup.sql
SELECT a, b, SUM(c) FROM t GROUP BY a, b WITH ROLLUP
-- ==== legitimate group_by_with_rollup.sql
SELECT a, SUM(b) FROM t GROUP BY 1 WITH ROLLUP HAVING SUM(b) > 10
-- ==== legitimate group_by_with_rollup.sql
SELECT a, SUM(b) FROM t GROUP BY a WITH ROLLUP ORDER BY a
-- ==== legitimate hexadecimal_literal.sql
SELECT X'01AF'
-- ==== legitimate hexadecimal_literal.sql
SELECT X'01af'
-- ==== legitimate hexadecimal_literal.sql
SELECT x'01AF'
-- ==== legitimate hexadecimal_literal.sql
SELECT x'01af'
-- ==== legitimate hexadecimal_literal.sql
SELECT 0x01AF
-- ==== legitimate hexadecimal_literal.sql
SELECT 0x01af
-- ==== legitimate if.sql
select 1
-- ==== legitimate if_else.sql
select 1
-- ==== legitimate if_elseif.sql
select 1
-- ==== legitimate if_multiple_expression.sql
select 1
-- ==== legitimate if_nested.sql
select 1
-- ==== legitimate if_session_variable.sql
select 1
-- ==== legitimate if_subquery_expression.sql
select 1
-- ==== legitimate ignore_index.sql
SELECT * FROM onetable IGNORE INDEX (i2)
-- ==== legitimate ignore_index_for_group_by.sql
SELECT * FROM onetable IGNORE INDEX FOR GROUP BY (i2)
-- ==== legitimate ignore_index_for_join.sql
SELECT * FROM onetable IGNORE INDEX FOR JOIN (i2)
-- ==== legitimate ignore_index_for_order_by.sql
SELECT * FROM onetable IGNORE INDEX FOR ORDER BY (i2)
-- ==== legitimate ignore_key.sql
SELECT * FROM onetable IGNORE KEY (i2)
-- ==== legitimate insert.sql
INSERT INTO t1 (a,b,c) VALUES (1,2,3),(4,5,6)
-- ==== legitimate insert.sql
INSERT INTO t1
SELECT * FROM (SELECT c, c+d AS e FROM t2) AS dt
-- ==== legitimate insert.sql
INSERT INTO t1
SELECT * FROM (SELECT c, c+d AS e FROM t2) AS dt
ON DUPLICATE KEY UPDATE b = e
-- ==== legitimate interval.sql
SELECT DATE_ADD(CURDATE(), INTERVAL -30 DAY)
-- ==== legitimate interval.sql
SELECT SUBDATE('2008-01-02', INTERVAL 31 DAY)
-- ==== legitimate interval.sql
SELECT ADDDATE(CURDATE(), INTERVAL -30 DAY)
-- ==== legitimate interval.sql
SELECT DATE_SUB('1992-12-31 23:59:59.000002', INTERVAL '1.999999' SECOND_MICROSECOND)
-- ==== legitimate interval.sql
SELECT DATE_ADD('2100-12-31 23:59:59', INTERVAL '1:1' MINUTE_SECOND)
-- ==== legitimate interval.sql
SELECT DATE_ADD(CURDATE(), INTERVAL 7 * 4 DAY)
-- ==== legitimate interval.sql
SELECT
    ADDDATE(CURDATE(), INTERVAL col1 DAY)
FROM
    tbl1
-- ==== legitimate interval.sql
SELECT
    SUBDATE(CURDATE(), INTERVAL col1 + col2 DAY)
FROM
    tbl1
-- ==== legitimate json.sql
CREATE TABLE facts (sentence JSON)
-- ==== legitimate json.sql
INSERT INTO facts VALUES
(JSON_OBJECT("mascot", "Our mascot is a dolphin named \"Sakila\"."))
-- ==== legitimate json_table.sql
SELECT
    `jt`.`name`,
    `jt`.`color`,
    `jt`.`price`
FROM JSON_TABLE(
    @json,
    '$[*]'
    COLUMNS(
        `name` VARCHAR(10) PATH '$.name',
        `color` VARCHAR(10) PATH '$.color',
        `price` DECIMAL(8, 2) PATH '$.price'
    )
) AS `jt`
-- ==== legitimate json_table.sql
SELECT
    `jt`.`name`,
    `sub`.`size`
FROM (
    SELECT `items`.`size`
    FROM `items`
) AS `sub`
CROSS JOIN JSON_TABLE(
    @json,
    '$[*]'
    COLUMNS(`name` VARCHAR(50) PATH '$.name')
) AS `jt`
-- ==== legitimate json_table.sql
SELECT
    `jt`.`id`,
    `jt`.`name`,
    `jt`.`has_price`,
    `jt`.`tag`
FROM JSON_TABLE(
    @json,
    '$[*]'
    COLUMNS(
        `id` FOR ORDINALITY,
        `name` VARCHAR(40) PATH '$.name' DEFAULT '0' ON EMPTY NULL ON ERROR,
        `has_price` VARCHAR(10) EXISTS PATH '$.price',
        NESTED PATH '$.tags[*]' COLUMNS(
            `tag` VARCHAR(40) PATH '$.tag'
        )
    )
) AS `jt`
-- ==== legitimate json_value_returning.sql
SELECT JSON_VALUE('{"a":"b"}', '$.a') AS basic_example
-- ==== legitimate loop_multiple_statements.sql
select * from onetable
-- ==== legitimate null_safe_equal.sql
SELECT 1 <=> 1, NULL <=> NULL, 1 <=> NULL
-- ==== legitimate null_safe_equal.sql
SELECT 1 WHERE NULL <=> 1
-- ==== legitimate quoted_literal.sql
SELECT ''
-- ==== legitimate quoted_literal.sql
SELECT ""
-- ==== legitimate quoted_literal.sql
SELECT ''''
-- ==== legitimate quoted_literal.sql
SELECT """"
-- ==== legitimate quoted_literal.sql
SELECT '

'
-- ==== legitimate quoted_literal.sql
SELECT "

"
-- ==== legitimate quoted_literal.sql
SELECT '''aaa'''
-- ==== legitimate quoted_literal.sql
SELECT """aaa"""
-- ==== legitimate quoted_literal.sql
SELECT '
''
'
-- ==== legitimate quoted_literal.sql
SELECT "
""
"
-- ==== legitimate quoted_literal.sql
SELECT 'foo'
'bar'
-- ==== legitimate quoted_literal.sql
SELECT "foo"
"bar"
-- ==== legitimate quoted_literal.sql
SELECT 'foo'   'bar'
-- ==== legitimate quoted_literal.sql
SELECT "foo"   "bar"
-- ==== legitimate quoted_literal.sql
SELECT 'foo'   "bar"
-- ==== legitimate quoted_literal.sql
SELECT 'foo'


'bar'
-- ==== legitimate quoted_literal.sql
SELECT "foo"


"bar"
-- ==== legitimate quoted_literal.sql
SELECT 'foo' -- some comment
'bar'
-- ==== legitimate quoted_literal.sql
SELECT "foo" -- some comment
"bar"
-- ==== legitimate quoted_literal.sql
SELECT 'foo' /*  some comment */ 'bar'
-- ==== legitimate quoted_literal.sql
SELECT "foo" /*  some comment */ "bar"
-- ==== destructive quoted_literal.sql
UPDATE table1 SET column1 = 'baz\'s'
-- ==== destructive quoted_literal.sql
UPDATE table1 SET column1 = "baz\"s"
-- ==== legitimate quoted_literal.sql
SELECT 'terminating MySQL-y escaped single-quote bazs\''
-- ==== legitimate quoted_literal.sql
SELECT "terminating MySQL-y escaped double-quote bazs\""
-- ==== legitimate quoted_literal.sql
SELECT 'terminating ANSI-ish escaped single-quote '''
-- ==== legitimate quoted_literal.sql
SELECT "terminating ANSI-ish escaped double-quote """
-- ==== legitimate quoted_literal.sql
SELECT '\\'
-- ==== legitimate quoted_literal.sql
SELECT "\\"
-- ==== legitimate repeat_multiple_statements.sql
select 1
-- ==== legitimate replace.sql
REPLACE tbl_name VALUES (1, 2)
-- ==== legitimate replace.sql
REPLACE tbl_name VALUES (DEFAULT, DEFAULT)
-- ==== legitimate replace.sql
REPLACE tbl_name VALUES (1, 2), (11, 22)
-- ==== legitimate replace.sql
REPLACE tbl_name VALUE (1, 2), (11, 22)
-- ==== legitimate replace.sql
REPLACE tbl_name (col1, col2) VALUES (1, 2)
-- ==== legitimate replace.sql
REPLACE LOW_PRIORITY tbl_name VALUES (1, 2)
-- ==== legitimate replace.sql
REPLACE DELAYED tbl_name VALUES (1, 2)
-- ==== legitimate replace.sql
REPLACE LOW_PRIORITY INTO tbl_name VALUES (1, 2)
-- ==== legitimate replace.sql
REPLACE tbl_name PARTITION (partition_name) VALUES (1, 2)
-- ==== legitimate replace.sql
REPLACE tbl_name SET col1 = 1, col2 = 2
-- ==== legitimate replace.sql
REPLACE LOW_PRIORITY tbl_name SET col1 = 1, col2 = 2
-- ==== legitimate replace.sql
REPLACE DELAYED tbl_name SET col1 = 1, col2 = 2
-- ==== legitimate replace.sql
REPLACE LOW_PRIORITY INTO tbl_name SET col1 = 1, col2 = 2
-- ==== legitimate replace.sql
REPLACE tbl_name PARTITION (partition_name) SET col1 = 1, col2 = 2
-- ==== legitimate replace.sql
REPLACE tbl_name SELECT * FROM table_name
-- ==== legitimate select_distinctrow.sql
select distinctrow * from table1
-- ==== legitimate select_for_update.sql
SELECT 1 FROM table1 FOR UPDATE
-- ==== legitimate select_for_update_lock_in_share_mode.sql
SELECT 1 FROM table1 LOCK IN SHARE MODE
-- ==== legitimate select_for_update_nowait.sql
SELECT 1 FROM table1 FOR UPDATE NOWAIT
-- ==== legitimate select_for_update_skip_locked.sql
SELECT 1 FROM table1 FOR UPDATE SKIP LOCKED
-- ==== legitimate select_from_dual.sql
SELECT 'Dummy'
FROM dual
WHERE NOT EXISTS (SELECT 1 FROM a_table)
-- ==== legitimate select_from_dual.sql
INSERT INTO a_table (col1)
SELECT 'Dummy'
FROM dual
WHERE NOT EXISTS (SELECT 1 FROM a_table)
-- ==== legitimate select_high_priority.sql
select HIGH_PRIORITY * from table1
-- ==== legitimate select_into_dumpfile.sql
select * into dumpfile '' from table1
-- ==== legitimate select_into_multiple_variable.sql
select 1, @test2, _test3, 'test4', func(test5) into @test1, @test2, _test3, @test4, @test5 from table1
-- ==== legitimate select_into_outfile.sql
select * into outfile 'a' from table1
-- ==== legitimate select_into_outfile_fields_enclosed.sql
select * into outfile 'a' fields enclosed by '"' from table1
-- ==== legitimate select_into_outfile_fields_escaped.sql
select * into outfile 'a' fields escaped by '-' from table1
-- ==== legitimate select_into_outfile_fields_optionally_enclosed.sql
select * into outfile 'a' fields optionally enclosed by '"' from table1
-- ==== legitimate select_into_outfile_fields_terminated.sql
select * into outfile 'a' fields terminated by '"' from table1
-- ==== legitimate select_into_outfile_lines_starting.sql
select * into outfile 'a' lines starting by '\n' from table1
-- ==== legitimate select_into_outfile_lines_terminated.sql
select * into outfile 'a' lines terminated by '\n' from table1
-- ==== legitimate select_into_session_variable.sql
select 1 into @dumpfile from table1
-- ==== legitimate select_into_session_variable.sql
SELECT name
INTO @name
FROM t
WHERE id = 1
-- ==== legitimate select_into_session_variable.sql
SELECT name
FROM t
WHERE id = 1
INTO @name
-- ==== legitimate select_local_variable.sql
select test2
-- ==== legitimate select_lock_in_share_mode.sql
select 1 from table1 lock in share mode
-- ==== legitimate select_multiple_partition.sql
select * from table1 PARTITION(part1, part2)
-- ==== legitimate select_operators.sql
SELECT !1
-- ==== legitimate select_operators.sql
SELECT 1 && 1
-- ==== legitimate select_operators.sql
SELECT 1 && 0
-- ==== legitimate select_operators.sql
SELECT 1 XOR 1
-- ==== legitimate select_operators.sql
SELECT 1 || 1
-- ==== legitimate select_operators.sql
SELECT col_1 && 1
-- ==== legitimate select_operators.sql
SELECT (col_1 = col_2) || col_3
-- ==== legitimate select_operators.sql
SELECT 5 DIV 2
-- ==== legitimate select_operators.sql
SELECT 5 MOD 2
-- ==== legitimate select_partition.sql
select * from table1 PARTITION(part1)
-- ==== legitimate select_partition_left_join.sql
select * from table1 PARTITION(part1) left join table2 PARTITION(part2) on table1.id = table2.id
-- ==== legitimate select_session_variable.sql
select @test2
-- ==== legitimate select_sql_big_result.sql
select SQL_BIG_RESULT * from table1
-- ==== legitimate select_sql_buffer_result.sql
select SQL_BUFFER_RESULT * from table1
-- ==== legitimate select_sql_cache.sql
select SQL_CACHE * from table1
-- ==== legitimate select_sql_calc_found_rows.sql
select SQL_CALC_FOUND_ROWS * from table1
-- ==== legitimate select_sql_no_cache.sql
select SQL_NO_CACHE * from table1
-- ==== legitimate select_sql_small_result.sql
select SQL_SMALL_RESULT * from table1
-- ==== legitimate select_straight_join.sql
select STRAIGHT_JOIN * from table1
-- ==== legitimate select_with_date_part_function.sql
SELECT EXTRACT(YEAR FROM '2019-07-02')
-- ==== legitimate select_with_date_part_function.sql
SELECT TIMESTAMPADD(MINUTE, 1, '2003-01-02')
-- ==== legitimate select_with_date_part_function.sql
SELECT TIMESTAMPDIFF(MONTH, '2003-02-01', '2003-05-01')
-- ==== legitimate select_with_date_part_function.sql
SELECT TIMESTAMPDIFF(HOUR, x.time_created, x.time_updated)
FROM example_table AS x
-- ==== legitimate select_with_date_part_function.sql
SELECT TIMESTAMPADD(SECOND, 1, x.some_timestamp_field)
FROM example_table AS x
-- ==== legitimate select_with_regexp.sql
SELECT *
FROM `db`.tbl
WHERE col REGEXP '^[0-9]*$'
-- ==== legitimate system_variables.sql
SELECT @@global.time_zone
-- ==== legitimate system_variables.sql
SELECT @@session.time_zone
-- ==== legitimate system_variables.sql
SELECT @@global.version
-- ==== legitimate system_variables.sql
SELECT @@session.rand_seed1
-- ==== legitimate system_variables.sql
SELECT CONVERT_TZ(NOW(), @@global.time_zone, '+00:00')
-- ==== destructive update.sql
UPDATE t1 SET col1 = col1 + 1
-- ==== destructive update.sql
UPDATE t1 SET col1 = col1 + 1, col2 = col1
-- ==== legitimate update.sql
UPDATE items,month SET items.price=month.price
WHERE items.id=month.id
-- ==== destructive update.sql
UPDATE t SET id = id + 1 ORDER BY id DESC
-- ==== legitimate update.sql
UPDATE items
SET retail = retail * 0.9
WHERE id IN
(SELECT id FROM items
WHERE retail / wholesale >= 1.3 AND quantity > 100)
-- ==== legitimate update.sql
UPDATE items,
       (SELECT id FROM items
        WHERE id IN
            (SELECT id FROM items
             WHERE retail / wholesale >= 1.3 AND quantity < 100))
        AS discounted
SET items.retail = items.retail * 0.9
WHERE items.id = discounted.id
-- ==== legitimate update.sql
UPDATE items,
       (SELECT id, retail / wholesale AS markup, quantity FROM items)
       AS discounted
    SET items.retail = items.retail * 0.9
    WHERE discounted.markup >= 1.3
    AND discounted.quantity < 100
    AND items.id = discounted.id
-- ==== destructive update.sql
UPDATE LOW_PRIORITY foo
SET bar = 7
LIMIT 4
-- ==== legitimate update.sql
UPDATE a, b SET a.name = b.name WHERE a.id = b.id
-- ==== legitimate update.sql
UPDATE a join b on a.id = b.id set a.type = b.type where a.type is null
-- ==== legitimate use_index.sql
SELECT * FROM t1 test USE INDEX (i2)
-- ==== legitimate use_index_for_group_by.sql
SELECT * FROM t1 test USE INDEX FOR GROUP BY (i2)
-- ==== legitimate use_index_for_join.sql
SELECT * FROM t1 test USE INDEX FOR JOIN (i2)
-- ==== legitimate use_index_for_order_by.sql
SELECT * FROM t1 test USE INDEX FOR ORDER BY (i2)
-- ==== legitimate use_key.sql
SELECT * FROM t1 test USE KEY (i2)
-- ==== legitimate variable_assignment.sql
SELECT @var1:=COUNT(*) FROM t1
-- ==== legitimate variable_assignment.sql
UPDATE t1 SET c1 = 2 WHERE c1 = @var1:= 1
