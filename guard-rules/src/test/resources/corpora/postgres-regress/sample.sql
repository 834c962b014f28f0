-- ==== legitimate comments.sql
SELECT 'trailing' AS first
-- ==== legitimate comments.sql
SELECT /* embedded single line */ 'embedded' AS second
-- ==== legitimate comments.sql
SELECT /* both embedded and trailing single line */ 'both' AS third
-- ==== legitimate comments.sql
SELECT 'before multi-line' AS fourth
-- ==== legitimate comments.sql
SELECT 'after multi-line' AS fifth
-- ==== legitimate comments.sql
SELECT -- continued after the following block comments...
/* Deeply nested comment.
   This includes a single apostrophe to make sure we aren't decoding this part as a string.
SELECT 'deep nest' AS n1;
/* Second level of nesting...
SELECT 'deeper nest' as n2;
/* Third level of nesting...
SELECT 'deepest nest' as n3;
*/
Hoo boy. Still two deep...
*/
Now just one deep...
*/
'deeply nested example' AS sixth
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION regress_create_schema_role
  CREATE SEQUENCE schema_not_existing.seq
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION regress_create_schema_role
  CREATE TABLE schema_not_existing.tab (id int)
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION regress_create_schema_role
  CREATE VIEW schema_not_existing.view AS SELECT 1
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION regress_create_schema_role
  CREATE INDEX ON schema_not_existing.tab (id)
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION regress_create_schema_role
  CREATE TRIGGER schema_trig BEFORE INSERT ON schema_not_existing.tab
  EXECUTE FUNCTION schema_trig.no_func()
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION CURRENT_ROLE
  CREATE SEQUENCE schema_not_existing.seq
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION CURRENT_ROLE
  CREATE TABLE schema_not_existing.tab (id int)
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION CURRENT_ROLE
  CREATE VIEW schema_not_existing.view AS SELECT 1
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION CURRENT_ROLE
  CREATE INDEX ON schema_not_existing.tab (id)
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION CURRENT_ROLE
  CREATE TRIGGER schema_trig BEFORE INSERT ON schema_not_existing.tab
  EXECUTE FUNCTION schema_trig.no_func()
-- ==== legitimate create_schema.sql
CREATE SCHEMA regress_schema_1 AUTHORIZATION CURRENT_ROLE
  CREATE SEQUENCE schema_not_existing.seq
-- ==== legitimate create_schema.sql
CREATE SCHEMA regress_schema_1 AUTHORIZATION CURRENT_ROLE
  CREATE TABLE schema_not_existing.tab (id int)
-- ==== legitimate create_schema.sql
CREATE SCHEMA regress_schema_1 AUTHORIZATION CURRENT_ROLE
  CREATE VIEW schema_not_existing.view AS SELECT 1
-- ==== legitimate create_schema.sql
CREATE SCHEMA regress_schema_1 AUTHORIZATION CURRENT_ROLE
  CREATE INDEX ON schema_not_existing.tab (id)
-- ==== legitimate create_schema.sql
CREATE SCHEMA regress_schema_1 AUTHORIZATION CURRENT_ROLE
  CREATE TRIGGER schema_trig BEFORE INSERT ON schema_not_existing.tab
  EXECUTE FUNCTION schema_trig.no_func()
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION regress_create_schema_role
  CREATE TABLE regress_create_schema_role.tab (id int)
-- ==== destructive create_schema.sql
DROP SCHEMA regress_create_schema_role CASCADE
-- ==== legitimate create_schema.sql
CREATE SCHEMA AUTHORIZATION CURRENT_ROLE
  CREATE TABLE regress_create_schema_role.tab (id int)
-- ==== destructive create_schema.sql
DROP SCHEMA regress_create_schema_role CASCADE
-- ==== legitimate create_schema.sql
CREATE SCHEMA regress_schema_1 AUTHORIZATION CURRENT_ROLE
  CREATE TABLE regress_schema_1.tab (id int)
-- ==== destructive create_schema.sql
DROP SCHEMA regress_schema_1 CASCADE
-- ==== destructive create_schema.sql
DROP ROLE regress_create_schema_role
-- ==== legitimate delete.sql
CREATE TABLE delete_test (
    id SERIAL PRIMARY KEY,
    a INT,
    b text
)
-- ==== legitimate delete.sql
INSERT INTO delete_test (a) VALUES (10)
-- ==== legitimate delete.sql
INSERT INTO delete_test (a, b) VALUES (50, repeat('x', 10000))
-- ==== legitimate delete.sql
INSERT INTO delete_test (a) VALUES (100)
-- ==== legitimate delete.sql
DELETE FROM delete_test AS dt WHERE dt.a > 75
-- ==== legitimate delete.sql
DELETE FROM delete_test dt WHERE delete_test.a > 25
-- ==== legitimate delete.sql
SELECT id, a, char_length(b) FROM delete_test
-- ==== legitimate delete.sql
DELETE FROM delete_test WHERE a > 25
-- ==== legitimate delete.sql
SELECT id, a, char_length(b) FROM delete_test
-- ==== destructive delete.sql
DROP TABLE delete_test
-- ==== legitimate insert.sql
create table inserttest (col1 int4, col2 int4 NOT NULL, col3 text default 'testing')
-- ==== legitimate insert.sql
insert into inserttest (col1, col2, col3) values (DEFAULT, DEFAULT, DEFAULT)
-- ==== legitimate insert.sql
insert into inserttest (col2, col3) values (3, DEFAULT)
-- ==== legitimate insert.sql
insert into inserttest (col1, col2, col3) values (DEFAULT, 5, DEFAULT)
-- ==== legitimate insert.sql
insert into inserttest values (DEFAULT, 5, 'test')
-- ==== legitimate insert.sql
insert into inserttest values (DEFAULT, 7)
-- ==== legitimate insert.sql
select * from inserttest
-- ==== legitimate insert.sql
insert into inserttest (col1, col2, col3) values (DEFAULT, DEFAULT)
-- ==== legitimate insert.sql
insert into inserttest (col1, col2, col3) values (1, 2)
-- ==== legitimate insert.sql
insert into inserttest (col1) values (1, 2)
-- ==== legitimate insert.sql
insert into inserttest (col1) values (DEFAULT, DEFAULT)
-- ==== legitimate insert.sql
select * from inserttest
-- ==== legitimate insert.sql
insert into inserttest values(10, 20, '40'), (-1, 2, DEFAULT),
    ((select 2), (select i from (values(3)) as foo (i)), 'values are fun!')
-- ==== legitimate insert.sql
select * from inserttest
-- ==== legitimate insert.sql
insert into inserttest values(30, 50, repeat('x', 10000))
-- ==== legitimate insert.sql
select col1, col2, char_length(col3) from inserttest
-- ==== destructive insert.sql
drop table inserttest
-- ==== legitimate insert.sql
CREATE TABLE large_tuple_test (a int, b text) WITH (fillfactor = 10)
-- ==== legitimate insert.sql
INSERT INTO large_tuple_test (select 1, NULL)
-- ==== legitimate insert.sql
INSERT INTO large_tuple_test (select 2, repeat('a', 1000))
-- ==== legitimate insert.sql
SELECT pg_size_pretty(pg_relation_size('large_tuple_test'::regclass, 'main'))
-- ==== legitimate insert.sql
INSERT INTO large_tuple_test (select 3, NULL)
-- ==== legitimate insert.sql
INSERT INTO large_tuple_test (select 4, repeat('a', 8126))
-- ==== destructive insert.sql
DROP TABLE large_tuple_test
-- ==== legitimate insert.sql
create type insert_test_type as (if1 int, if2 text[])
-- ==== legitimate insert.sql
create table inserttest (f1 int, f2 int[],
                         f3 insert_test_type, f4 insert_test_type[])
-- ==== legitimate insert.sql
insert into inserttest (f2[1], f2[2]) values (1,2)
-- ==== legitimate insert.sql
insert into inserttest (f2[1], f2[2]) values (3,4), (5,6)
-- ==== legitimate insert.sql
insert into inserttest (f2[1], f2[2]) select 7,8
-- ==== legitimate insert.sql
insert into inserttest (f2[1], f2[2]) values (1,default)
-- ==== legitimate insert.sql
insert into inserttest (f3.if1, f3.if2) values (1,array['foo'])
-- ==== legitimate insert.sql
insert into inserttest (f3.if1, f3.if2) values (1,'{foo}'), (2,'{bar}')
-- ==== legitimate insert.sql
insert into inserttest (f3.if1, f3.if2) select 3, '{baz,quux}'
-- ==== legitimate insert.sql
insert into inserttest (f3.if1, f3.if2) values (1,default)
-- ==== legitimate insert.sql
insert into inserttest (f3.if2[1], f3.if2[2]) values ('foo', 'bar')
-- ==== legitimate insert.sql
insert into inserttest (f3.if2[1], f3.if2[2]) values ('foo', 'bar'), ('baz', 'quux')
-- ==== legitimate insert.sql
insert into inserttest (f3.if2[1], f3.if2[2]) select 'bear', 'beer'
-- ==== legitimate insert.sql
insert into inserttest (f4[1].if2[1], f4[1].if2[2]) values ('foo', 'bar')
-- ==== legitimate insert.sql
insert into inserttest (f4[1].if2[1], f4[1].if2[2]) values ('foo', 'bar'), ('baz', 'quux')
-- ==== legitimate insert.sql
insert into inserttest (f4[1].if2[1], f4[1].if2[2]) select 'bear', 'beer'
-- ==== legitimate insert.sql
select * from inserttest
-- ==== legitimate insert.sql
create table inserttest2 (f1 bigint, f2 text)
-- ==== destructive insert.sql
drop table inserttest2
-- ==== destructive insert.sql
drop table inserttest
-- ==== destructive insert.sql
drop type insert_test_type
-- ==== legitimate insert.sql
create table range_parted (
	a text,
	b int
) partition by range (a, (b+0))
-- ==== legitimate insert.sql
insert into range_parted values ('a', 11)
-- ==== legitimate insert.sql
create table part1 partition of range_parted for values from ('a', 1) to ('a', 10)
-- ==== legitimate insert.sql
create table part2 partition of range_parted for values from ('a', 10) to ('a', 20)
-- ==== legitimate insert.sql
create table part3 partition of range_parted for values from ('b', 1) to ('b', 10)
-- ==== legitimate insert.sql
create table part4 partition of range_parted for values from ('b', 10) to ('b', 20)
-- ==== legitimate insert.sql
insert into part1 values ('a', 11)
-- ==== legitimate insert.sql
insert into part1 values ('b', 1)
-- ==== legitimate insert.sql
insert into part1 values ('a', 1)
-- ==== legitimate insert.sql
insert into part4 values ('b', 21)
-- ==== legitimate insert.sql
insert into part4 values ('a', 10)
-- ==== legitimate insert.sql
insert into part4 values ('b', 10)
-- ==== legitimate insert.sql
insert into part1 values (null)
-- ==== legitimate insert.sql
insert into part1 values (1)
-- ==== legitimate insert.sql
create table list_parted (
	a text,
	b int
) partition by list (lower(a))
-- ==== legitimate insert.sql
create table part_aa_bb partition of list_parted FOR VALUES IN ('aa', 'bb')
-- ==== legitimate insert.sql
create table part_cc_dd partition of list_parted FOR VALUES IN ('cc', 'dd')
-- ==== legitimate insert.sql
create table part_null partition of list_parted FOR VALUES IN (null)
-- ==== legitimate insert.sql
insert into part_aa_bb values ('cc', 1)
-- ==== legitimate insert.sql
insert into part_aa_bb values ('AAa', 1)
-- ==== legitimate insert.sql
insert into part_aa_bb values (null)
-- ==== legitimate insert.sql
insert into part_cc_dd values ('cC', 1)
-- ==== legitimate insert.sql
insert into part_null values (null, 0)
-- ==== legitimate insert.sql
create table part_ee_ff partition of list_parted for values in ('ee', 'ff') partition by range (b)
-- ==== legitimate insert.sql
create table part_ee_ff1 partition of part_ee_ff for values from (1) to (10)
-- ==== legitimate insert.sql
create table part_ee_ff2 partition of part_ee_ff for values from (10) to (20)
-- ==== legitimate insert.sql
create table part_default partition of list_parted default
-- ==== legitimate insert.sql
insert into part_default values ('aa', 2)
-- ==== legitimate insert.sql
insert into part_default values (null, 2)
-- ==== legitimate insert.sql
insert into part_default values ('Zz', 2)
-- ==== destructive insert.sql
drop table part_default
-- ==== legitimate insert.sql
create table part_xx_yy partition of list_parted for values in ('xx', 'yy') partition by list (a)
-- ==== legitimate insert.sql
create table part_xx_yy_p1 partition of part_xx_yy for values in ('xx')
-- ==== legitimate insert.sql
create table part_xx_yy_defpart partition of part_xx_yy default
-- ==== legitimate insert.sql
create table part_default partition of list_parted default partition by range(b)
-- ==== legitimate insert.sql
create table part_default_p1 partition of part_default for values from (20) to (30)
-- ==== legitimate insert.sql
create table part_default_p2 partition of part_default for values from (30) to (40)
-- ==== legitimate insert.sql
insert into part_ee_ff1 values ('EE', 11)
-- ==== legitimate insert.sql
insert into part_default_p2 values ('gg', 43)
-- ==== legitimate insert.sql
insert into part_ee_ff1 values ('cc', 1)
-- ==== legitimate insert.sql
insert into part_default values ('gg', 43)
-- ==== legitimate insert.sql
insert into part_ee_ff1 values ('ff', 1)
-- ==== legitimate insert.sql
insert into part_ee_ff2 values ('ff', 11)
-- ==== legitimate insert.sql
insert into part_default_p1 values ('cd', 25)
-- ==== legitimate insert.sql
insert into part_default_p2 values ('de', 35)
-- ==== legitimate insert.sql
insert into list_parted values ('ab', 21)
-- ==== legitimate insert.sql
insert into list_parted values ('xx', 1)
-- ==== legitimate insert.sql
insert into list_parted values ('yy', 2)
-- ==== legitimate insert.sql
select tableoid::regclass, * from list_parted
-- ==== legitimate insert.sql
insert into range_parted values ('a', 0)
-- ==== legitimate insert.sql
insert into range_parted values ('a', 1)
-- ==== legitimate insert.sql
insert into range_parted values ('a', 10)
-- ==== legitimate insert.sql
insert into range_parted values ('a', 20)
-- ==== legitimate insert.sql
insert into range_parted values ('b', 1)
-- ==== legitimate insert.sql
insert into range_parted values ('b', 10)
-- ==== legitimate insert.sql
insert into range_parted values ('a')
-- ==== legitimate insert.sql
create table part_def partition of range_parted default
-- ==== legitimate insert.sql
insert into part_def values ('b', 10)
-- ==== legitimate insert.sql
insert into part_def values ('c', 10)
-- ==== legitimate insert.sql
insert into range_parted values (null, null)
-- ==== legitimate insert.sql
insert into range_parted values ('a', null)
-- ==== legitimate insert.sql
insert into range_parted values (null, 19)
-- ==== legitimate insert.sql
insert into range_parted values ('b', 20)
-- ==== legitimate insert.sql
select tableoid::regclass, * from range_parted
-- ==== legitimate insert.sql
insert into list_parted values (null, 1)
-- ==== legitimate insert.sql
insert into list_parted (a) values ('aA')
-- ==== legitimate insert.sql
insert into list_parted values ('EE', 0)
-- ==== legitimate insert.sql
insert into part_ee_ff values ('EE', 0)
-- ==== legitimate insert.sql
insert into list_parted values ('EE', 1)
-- ==== legitimate insert.sql
insert into part_ee_ff values ('EE', 10)
-- ==== legitimate insert.sql
select tableoid::regclass, * from list_parted
-- ==== legitimate insert.sql
create table part_gg partition of list_parted for values in ('gg') partition by range (b)
-- ==== legitimate insert.sql
create table part_gg1 partition of part_gg for values from (minvalue) to (1)
-- ==== legitimate insert.sql
create table part_gg2 partition of part_gg for values from (1) to (10) partition by range (b)
-- ==== legitimate insert.sql
create table part_gg2_1 partition of part_gg2 for values from (1) to (5)
-- ==== legitimate insert.sql
create table part_gg2_2 partition of part_gg2 for values from (5) to (10)
-- ==== legitimate insert.sql
create table part_ee_ff3 partition of part_ee_ff for values from (20) to (30) partition by range (b)
-- ==== legitimate insert.sql
create table part_ee_ff3_1 partition of part_ee_ff3 for values from (20) to (25)
-- ==== legitimate insert.sql
create table part_ee_ff3_2 partition of part_ee_ff3 for values from (25) to (30)
-- ==== destructive insert.sql
truncate list_parted
-- ==== legitimate insert.sql
insert into list_parted values ('aa'), ('cc')
-- ==== legitimate insert.sql
insert into list_parted select 'Ff', s.a from generate_series(1, 29) s(a)
-- ==== legitimate insert.sql
insert into list_parted select 'gg', s.a from generate_series(1, 9) s(a)
-- ==== legitimate insert.sql
insert into list_parted (b) values (1)
-- ==== legitimate insert.sql
select tableoid::regclass::text, a, min(b) as min_b, max(b) as max_b from list_parted group by 1, 2 order by 1
-- ==== legitimate insert.sql
create table hash_parted (
	a int
) partition by hash (a part_test_int4_ops)
-- ==== legitimate insert.sql
create table hpart0 partition of hash_parted for values with (modulus 4, remainder 0)
-- ==== legitimate insert.sql
create table hpart1 partition of hash_parted for values with (modulus 4, remainder 1)
-- ==== legitimate insert.sql
create table hpart2 partition of hash_parted for values with (modulus 4, remainder 2)
-- ==== legitimate insert.sql
create table hpart3 partition of hash_parted for values with (modulus 4, remainder 3)
-- ==== legitimate insert.sql
insert into hash_parted values(generate_series(1,10))
-- ==== legitimate insert.sql
insert into hpart0 values(12),(16)
-- ==== legitimate insert.sql
insert into hpart0 values(11)
-- ==== legitimate insert.sql
insert into hpart3 values(11)
-- ==== legitimate insert.sql
select tableoid::regclass as part, a, a%4 as "remainder = a % 4"
from hash_parted order by part
-- ==== destructive insert.sql
drop table range_parted, list_parted
-- ==== destructive insert.sql
drop table hash_parted
-- ==== legitimate insert.sql
create table list_parted (a int) partition by list (a)
-- ==== legitimate insert.sql
create table part_default partition of list_parted default
-- ==== legitimate insert.sql
insert into part_default values (null)
-- ==== legitimate insert.sql
insert into part_default values (1)
-- ==== legitimate insert.sql
insert into part_default values (-1)
-- ==== legitimate insert.sql
select tableoid::regclass, a from list_parted
-- ==== destructive insert.sql
drop table list_parted
-- ==== legitimate insert.sql
create table mlparted (a int, b int) partition by range (a, b)
-- ==== legitimate insert.sql
create table mlparted1 (b int not null, a int not null) partition by range ((b+0))
-- ==== legitimate insert.sql
create table mlparted11 (like mlparted1)
-- ==== legitimate insert.sql
select attrelid::regclass, attname, attnum
from pg_attribute
where attname = 'a'
 and (attrelid = 'mlparted'::regclass
   or attrelid = 'mlparted1'::regclass
   or attrelid = 'mlparted11'::regclass)
order by attrelid::regclass::text
-- ==== legitimate insert.sql
insert into mlparted values (1, 2)
-- ==== legitimate insert.sql
select tableoid::regclass, * from mlparted
-- ==== legitimate insert.sql
insert into mlparted (a, b) values (1, 5)
-- ==== destructive insert.sql
truncate mlparted
-- ==== legitimate insert.sql
insert into mlparted values (1, 2)
-- ==== destructive insert.sql
drop trigger mlparted11_trig on mlparted11
-- ==== destructive insert.sql
drop function mlparted11_trig_fn()
-- ==== legitimate insert.sql
insert into mlparted1 (a, b) values (2, 3)
-- ==== legitimate insert.sql
create table lparted_nonullpart (a int, b char) partition by list (b)
-- ==== legitimate insert.sql
create table lparted_nonullpart_a partition of lparted_nonullpart for values in ('a')
-- ==== legitimate insert.sql
insert into lparted_nonullpart values (1)
-- ==== destructive insert.sql
drop table lparted_nonullpart
-- ==== legitimate insert.sql
create table mlparted12 partition of mlparted1 for values from (5) to (10)
-- ==== legitimate insert.sql
create table mlparted2 (b int not null, a int not null)
-- ==== legitimate insert.sql
create table mlparted3 partition of mlparted for values from (1, 20) to (1, 30)
-- ==== legitimate insert.sql
create table mlparted4 (like mlparted)
-- ==== legitimate insert.sql
with ins (a, b, c) as
  (insert into mlparted (b, a) select s.a, 1 from generate_series(2, 39) s(a) returning tableoid::regclass, *)
  select a, b, min(c), max(c) from ins group by a, b order by 1
-- ==== legitimate insert.sql
create table mlparted5 (c text, a int not null, b int not null) partition by list (c)
-- ==== legitimate insert.sql
create table mlparted5a (a int not null, c text, b int not null)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'a')
-- ==== legitimate insert.sql
insert into mlparted5 (a, b, c) values (1, 40, 'a')
-- ==== destructive insert.sql
drop table mlparted5
-- ==== legitimate insert.sql
create table mlparted_def partition of mlparted default partition by range(a)
-- ==== legitimate insert.sql
create table mlparted_def1 partition of mlparted_def for values from (40) to (50)
-- ==== legitimate insert.sql
create table mlparted_def2 partition of mlparted_def for values from (50) to (60)
-- ==== legitimate insert.sql
insert into mlparted values (40, 100)
-- ==== legitimate insert.sql
insert into mlparted_def1 values (42, 100)
-- ==== legitimate insert.sql
insert into mlparted_def2 values (54, 50)
-- ==== legitimate insert.sql
insert into mlparted values (70, 100)
-- ==== legitimate insert.sql
insert into mlparted_def1 values (52, 50)
-- ==== legitimate insert.sql
insert into mlparted_def2 values (34, 50)
-- ==== legitimate insert.sql
create table mlparted_defd partition of mlparted_def default
-- ==== legitimate insert.sql
insert into mlparted values (70, 100)
-- ==== legitimate insert.sql
select tableoid::regclass, * from mlparted_def
-- ==== legitimate insert.sql
create table mlparted5 partition of mlparted
  for values from (1, 40) to (1, 50) partition by range (c)
-- ==== legitimate insert.sql
create table mlparted5_ab partition of mlparted5
  for values from ('a') to ('c') partition by list (c)
-- ==== legitimate insert.sql
create table mlparted5_cd partition of mlparted5
  for values from ('c') to ('e') partition by list (c)
-- ==== legitimate insert.sql
create table mlparted5_a partition of mlparted5_ab for values in ('a')
-- ==== legitimate insert.sql
create table mlparted5_b (d int, b int, c text, a int)
-- ==== destructive insert.sql
truncate mlparted
-- ==== legitimate insert.sql
insert into mlparted values (1, 2, 'a', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 40, 'a', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'b', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'c', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'f', 1)
-- ==== legitimate insert.sql
select tableoid::regclass, * from mlparted order by a, b, c, d
-- ==== destructive insert.sql
truncate mlparted
-- ==== legitimate insert.sql
insert into mlparted values (1, 2, 'a', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 40, 'a', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'b', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'c', 1)
-- ==== legitimate insert.sql
insert into mlparted values (1, 45, 'f', 1)
-- ==== legitimate insert.sql
select tableoid::regclass, * from mlparted order by a, b, c, d
-- ==== destructive insert.sql
drop table mlparted5
-- ==== legitimate insert.sql
create table key_desc (a int, b int) partition by list ((a+0))
-- ==== legitimate insert.sql
create table key_desc_1 partition of key_desc for values in (1) partition by range (b)
-- ==== legitimate insert.sql
insert into key_desc values (1, 1)
-- ==== legitimate insert.sql
insert into key_desc values (1, 1)
-- ==== legitimate insert.sql
insert into key_desc values (2, 1)
-- ==== destructive insert.sql
drop role regress_insert_other_user
-- ==== destructive insert.sql
drop table key_desc, key_desc_1
-- ==== legitimate insert.sql
create table mcrparted (a int, b int, c int) partition by range (a, abs(b), c)
-- ==== legitimate insert.sql
create table mcrparted0 partition of mcrparted for values from (minvalue, 0, 0) to (1, maxvalue, maxvalue)
-- ==== legitimate insert.sql
create table mcrparted2 partition of mcrparted for values from (10, 6, minvalue) to (10, maxvalue, minvalue)
-- ==== legitimate insert.sql
create table mcrparted4 partition of mcrparted for values from (21, minvalue, 0) to (30, 20, minvalue)
-- ==== legitimate insert.sql
create table mcrparted0 partition of mcrparted for values from (minvalue, minvalue, minvalue) to (1, maxvalue, maxvalue)
-- ==== legitimate insert.sql
create table mcrparted1 partition of mcrparted for values from (2, 1, minvalue) to (10, 5, 10)
-- ==== legitimate insert.sql
create table mcrparted2 partition of mcrparted for values from (10, 6, minvalue) to (10, maxvalue, maxvalue)
-- ==== legitimate insert.sql
create table mcrparted3 partition of mcrparted for values from (11, 1, 1) to (20, 10, 10)
-- ==== legitimate insert.sql
create table mcrparted4 partition of mcrparted for values from (21, minvalue, minvalue) to (30, 20, maxvalue)
-- ==== legitimate insert.sql
create table mcrparted5 partition of mcrparted for values from (30, 21, 20) to (maxvalue, maxvalue, maxvalue)
-- ==== legitimate insert.sql
insert into mcrparted values (null, null, null)
-- ==== legitimate insert.sql
insert into mcrparted values (0, 1, 1)
-- ==== legitimate insert.sql
insert into mcrparted0 values (0, 1, 1)
-- ==== legitimate insert.sql
insert into mcrparted values (9, 1000, 1)
-- ==== legitimate insert.sql
insert into mcrparted1 values (9, 1000, 1)
-- ==== legitimate insert.sql
insert into mcrparted values (10, 5, -1)
-- ==== legitimate insert.sql
insert into mcrparted1 values (10, 5, -1)
-- ==== legitimate insert.sql
insert into mcrparted values (2, 1, 0)
-- ==== legitimate insert.sql
insert into mcrparted1 values (2, 1, 0)
-- ==== legitimate insert.sql
insert into mcrparted values (10, 6, 1000)
-- ==== legitimate insert.sql
insert into mcrparted2 values (10, 6, 1000)
-- ==== legitimate insert.sql
insert into mcrparted values (10, 1000, 1000)
-- ==== legitimate insert.sql
insert into mcrparted2 values (10, 1000, 1000)
-- ==== legitimate insert.sql
insert into mcrparted values (11, 1, -1)
-- ==== legitimate insert.sql
insert into mcrparted3 values (11, 1, -1)
-- ==== legitimate insert.sql
insert into mcrparted values (30, 21, 20)
-- ==== legitimate insert.sql
insert into mcrparted5 values (30, 21, 20)
-- ==== legitimate insert.sql
insert into mcrparted4 values (30, 21, 20)
-- ==== legitimate insert.sql
select tableoid::regclass::text, * from mcrparted order by 1
-- ==== destructive insert.sql
drop table mcrparted
-- ==== legitimate insert.sql
create table brtrigpartcon (a int, b text) partition by list (a)
-- ==== legitimate insert.sql
create table brtrigpartcon1 partition of brtrigpartcon for values in (1)
-- ==== legitimate insert.sql
insert into brtrigpartcon values (1, 'hi there')
-- ==== legitimate insert.sql
insert into brtrigpartcon1 values (1, 'hi there')
-- ==== legitimate insert.sql
create table inserttest3 (f1 text default 'foo', f2 text default 'bar', f3 int)
-- ==== legitimate insert.sql
with result as (insert into brtrigpartcon values (1, 'hi there') returning 1)
  insert into inserttest3 (f3) select * from result
-- ==== destructive insert.sql
drop role regress_coldesc_role
-- ==== destructive insert.sql
drop table inserttest3
-- ==== destructive insert.sql
drop table brtrigpartcon
-- ==== destructive insert.sql
drop function brtrigpartcon1trigf()
-- ==== legitimate insert.sql
create table donothingbrtrig_test (a int, b text) partition by list (a)
-- ==== legitimate insert.sql
create table donothingbrtrig_test1 (b text, a int)
-- ==== legitimate insert.sql
create table donothingbrtrig_test2 (c text, b text, a int)
-- ==== legitimate insert.sql
insert into donothingbrtrig_test values (1, 'foo'), (2, 'bar')
-- ==== destructive insert.sql
drop table donothingbrtrig_test
-- ==== destructive insert.sql
drop function donothingbrtrig_func()
-- ==== legitimate insert.sql
create table mcrparted (a text, b int) partition by range(a, b)
-- ==== legitimate insert.sql
create table mcrparted1_lt_b partition of mcrparted for values from (minvalue, minvalue) to ('b', minvalue)
-- ==== legitimate insert.sql
create table mcrparted2_b partition of mcrparted for values from ('b', minvalue) to ('c', minvalue)
-- ==== legitimate insert.sql
create table mcrparted3_c_to_common partition of mcrparted for values from ('c', minvalue) to ('common', minvalue)
-- ==== legitimate insert.sql
create table mcrparted4_common_lt_0 partition of mcrparted for values from ('common', minvalue) to ('common', 0)
-- ==== legitimate insert.sql
create table mcrparted5_common_0_to_10 partition of mcrparted for values from ('common', 0) to ('common', 10)
-- ==== legitimate insert.sql
create table mcrparted6_common_ge_10 partition of mcrparted for values from ('common', 10) to ('common', maxvalue)
-- ==== legitimate insert.sql
create table mcrparted7_gt_common_lt_d partition of mcrparted for values from ('common', maxvalue) to ('d', minvalue)
-- ==== legitimate insert.sql
create table mcrparted8_ge_d partition of mcrparted for values from ('d', minvalue) to (maxvalue, maxvalue)
-- ==== legitimate insert.sql
insert into mcrparted values ('aaa', 0), ('b', 0), ('bz', 10), ('c', -10),
    ('comm', -10), ('common', -10), ('common', 0), ('common', 10),
    ('commons', 0), ('d', -10), ('e', 0)
-- ==== legitimate insert.sql
select tableoid::regclass, * from mcrparted order by a, b
-- ==== destructive insert.sql
drop table mcrparted
-- ==== legitimate insert.sql
create table returningwrtest (a int) partition by list (a)
-- ==== legitimate insert.sql
create table returningwrtest1 partition of returningwrtest for values in (1)
-- ==== legitimate insert.sql
insert into returningwrtest values (1) returning returningwrtest
-- ==== legitimate insert.sql
create table returningwrtest2 (b text, c int, a int)
-- ==== legitimate insert.sql
insert into returningwrtest values (2, 'foo') returning returningwrtest
-- ==== destructive insert.sql
drop table returningwrtest
-- ==== destructive merge.sql
DROP TABLE IF EXISTS target
-- ==== destructive merge.sql
DROP TABLE IF EXISTS source
-- ==== legitimate merge.sql
CREATE TABLE target (tid integer, balance integer)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE source (sid integer, delta integer) -- no index
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO target VALUES (1, 10)
-- ==== legitimate merge.sql
INSERT INTO target VALUES (2, 20)
-- ==== legitimate merge.sql
INSERT INTO target VALUES (3, 30)
-- ==== legitimate merge.sql
SELECT t.ctid is not null as matched, t.*, s.* FROM source s FULL OUTER JOIN target t ON s.sid = t.tid ORDER BY t.tid, s.sid
-- ==== legitimate merge.sql
CREATE TABLE target2 (tid integer, balance integer)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE source2 (sid integer, delta integer)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
MERGE INTO target
USING target
ON tid = tid
WHEN MATCHED THEN DO NOTHING
-- ==== legitimate merge.sql
WITH foo AS (
  MERGE INTO target USING source ON (true)
  WHEN MATCHED THEN DELETE
) SELECT * FROM foo
-- ==== legitimate merge.sql
CREATE VIEW tv AS SELECT * FROM target
-- ==== legitimate merge.sql
MERGE INTO tv t
USING source s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT DEFAULT VALUES
-- ==== destructive merge.sql
DROP VIEW tv
-- ==== legitimate merge.sql
CREATE MATERIALIZED VIEW mv AS SELECT * FROM target
-- ==== legitimate merge.sql
MERGE INTO mv t
USING source s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT DEFAULT VALUES
-- ==== destructive merge.sql
DROP MATERIALIZED VIEW mv
-- ==== legitimate merge.sql
MERGE INTO target
USING source2
ON target.tid = source2.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
MERGE INTO target
USING source2
ON target.tid = source2.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
MERGE INTO target2
USING source
ON target2.tid = source.sid
WHEN MATCHED THEN
	DELETE
-- ==== legitimate merge.sql
MERGE INTO target2
USING source
ON target2.tid = source.sid
WHEN NOT MATCHED THEN
	INSERT DEFAULT VALUES
-- ==== legitimate merge.sql
MERGE INTO target t
USING (SELECT * FROM source WHERE t.tid > sid) s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT DEFAULT VALUES
-- ==== legitimate merge.sql
MERGE INTO target
USING source
ON target.tid = source.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	DELETE
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT DEFAULT VALUES
-- ==== legitimate merge.sql
INSERT INTO source VALUES (4, 40)
-- ==== legitimate merge.sql
SELECT * FROM source ORDER BY sid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	DO NOTHING
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	DELETE
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT DEFAULT VALUES
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
INSERT INTO target SELECT generate_series(1000,2500), 0
-- ==== legitimate merge.sql
DELETE FROM target WHERE tid > 100
-- ==== legitimate merge.sql
INSERT INTO source VALUES (2, 5)
-- ==== legitimate merge.sql
INSERT INTO source VALUES (3, 20)
-- ==== legitimate merge.sql
SELECT * FROM source ORDER BY sid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	DELETE
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	DO NOTHING
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT VALUES (4, NULL)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
INSERT INTO source VALUES (2, 5)
-- ==== legitimate merge.sql
SELECT * FROM source ORDER BY sid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	DELETE
-- ==== legitimate merge.sql
DELETE FROM source WHERE sid = 2
-- ==== legitimate merge.sql
INSERT INTO source VALUES (2, 5)
-- ==== legitimate merge.sql
SELECT * FROM source ORDER BY sid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
INSERT INTO source VALUES (4, 40)
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
  INSERT VALUES (4, NULL)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
DELETE FROM source WHERE sid = 4
-- ==== legitimate merge.sql
INSERT INTO source VALUES (4, 40)
-- ==== legitimate merge.sql
SELECT * FROM source ORDER BY sid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT VALUES (4, 4)
WHEN MATCHED THEN
	UPDATE SET balance = 0
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = 0
WHEN NOT MATCHED THEN
	INSERT VALUES (4, 4)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = t.balance + s.delta
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
INSERT INTO source VALUES (5, 50)
-- ==== legitimate merge.sql
INSERT INTO source VALUES (5, 50)
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
  INSERT VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
DELETE FROM source WHERE sid = 5
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (t.tid, s.delta)
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON (SELECT true)
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (t.tid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = t.balance + s.delta
WHEN NOT MATCHED THEN
	INSERT VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
CREATE TABLE wq_target (tid integer not null, balance integer DEFAULT -1)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE wq_source (balance integer, sid integer)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO wq_source (sid, balance) VALUES (1, 100)
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid) VALUES (s.sid)
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN NOT MATCHED AND FALSE THEN
	INSERT (tid) VALUES (s.sid)
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN NOT MATCHED AND s.balance <> 100 THEN
	INSERT (tid) VALUES (s.sid)
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN NOT MATCHED AND s.balance = 100 THEN
	INSERT (tid) VALUES (s.sid)
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN NOT MATCHED AND t.balance = 100 THEN
	INSERT (tid) VALUES (s.sid)
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN NOT MATCHED AND s.balance = 100 THEN
	INSERT (tid) VALUES (s.sid)
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
SELECT * FROM wq_source
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND s.balance = 100 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.balance = 100 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.balance = 99 AND s.balance > 100 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.balance = 99 AND s.balance = 100 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.balance = 99 OR s.balance > 100 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.balance = 199 OR s.balance > 100 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON (t.tid = s.sid)
WHEN matched and t = s or t.tid = s.sid THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.balance > (SELECT max(balance) FROM target) THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.xmin = t.xmax THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
MERGE INTO wq_target t
USING wq_source s ON t.tid = s.sid
WHEN MATCHED AND t.tableoid >= 0 THEN
	UPDATE SET balance = t.balance + s.balance
-- ==== legitimate merge.sql
SELECT * FROM wq_target
-- ==== destructive merge.sql
DROP TABLE wq_target, wq_source
-- ==== legitimate merge.sql
UPDATE target SET balance = 0 WHERE tid = 3
-- ==== legitimate merge.sql
MERGE INTO target t
USING source AS s
ON t.tid = s.sid
WHEN MATCHED AND t.balance > s.delta THEN
	UPDATE SET balance = t.balance - s.delta
WHEN MATCHED THEN
	DELETE
WHEN NOT MATCHED THEN
	INSERT VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
SELECT * FROM target full outer join source on (sid = tid)
-- ==== legitimate merge.sql
SELECT * FROM target FULL OUTER JOIN source ON (sid = tid)
-- ==== destructive merge.sql
DROP TRIGGER merge_skip ON target
-- ==== destructive merge.sql
DROP FUNCTION skip_merge_op()
-- ==== legitimate merge.sql
MERGE INTO target t
USING (SELECT 9 AS sid, 57 AS delta) AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING (SELECT sid, delta FROM source WHERE delta > 0) AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING (SELECT sid, delta as newname FROM source WHERE delta > 0) AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (s.sid, s.newname)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t1
USING target t2
ON t1.tid = t2.tid
WHEN MATCHED THEN
	UPDATE SET balance = t1.balance + t2.balance
WHEN NOT MATCHED THEN
	INSERT VALUES (t2.tid, t2.balance)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING (SELECT tid as sid, balance as delta FROM target WHERE balance > 0) AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO target t
USING
(SELECT sid, max(delta) AS delta
 FROM source
 GROUP BY sid
 HAVING count(*) = 1
 ORDER BY sid ASC) AS s
ON t.tid = s.sid
WHEN NOT MATCHED THEN
	INSERT (tid, balance) VALUES (s.sid, s.delta)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
SELECT merge_func(3, 4)
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
SELECT * FROM target ORDER BY tid
-- ==== legitimate merge.sql
CREATE TABLE sq_target (tid integer NOT NULL, balance integer)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE sq_source (delta integer, sid integer, balance integer DEFAULT 0)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO sq_target(tid, balance) VALUES (1,100), (2,200), (3,300)
-- ==== legitimate merge.sql
INSERT INTO sq_source(sid, delta) VALUES (1,10), (2,20), (4,40)
-- ==== legitimate merge.sql
MERGE INTO sq_target t
USING (SELECT * FROM sq_source) s
ON tid = sid
WHEN MATCHED AND t.balance > delta THEN
	UPDATE SET balance = t.balance + delta
-- ==== legitimate merge.sql
SELECT * FROM sq_target
-- ==== legitimate merge.sql
CREATE VIEW v AS SELECT * FROM sq_source WHERE sid < 2
-- ==== legitimate merge.sql
MERGE INTO sq_target
USING v
ON tid = sid
WHEN MATCHED THEN
    UPDATE SET balance = v.balance + delta
-- ==== legitimate merge.sql
SELECT * FROM sq_target
-- ==== legitimate merge.sql
MERGE INTO sq_target
USING v
ON tid = sid
WHEN MATCHED AND tid > 2 THEN
    UPDATE SET balance = balance + delta
WHEN NOT MATCHED THEN
	INSERT (balance, tid) VALUES (balance + delta, sid)
WHEN MATCHED AND tid < 2 THEN
	DELETE
-- ==== legitimate merge.sql
INSERT INTO sq_source (sid, balance, delta) VALUES (-1, -1, -10)
-- ==== legitimate merge.sql
MERGE INTO sq_target t
USING v
ON tid = sid
WHEN MATCHED AND tid > 2 THEN
    UPDATE SET balance = t.balance + delta
WHEN NOT MATCHED THEN
	INSERT (balance, tid) VALUES (balance + delta, sid)
WHEN MATCHED AND tid < 2 THEN
	DELETE
-- ==== legitimate merge.sql
SELECT * FROM sq_target
-- ==== legitimate merge.sql
INSERT INTO sq_source (sid, balance, delta) VALUES (-1, -1, -10)
-- ==== legitimate merge.sql
WITH targq AS (
	SELECT * FROM v
)
MERGE INTO sq_target t
USING v
ON tid = sid
WHEN MATCHED AND tid > 2 THEN
    UPDATE SET balance = t.balance + delta
WHEN NOT MATCHED THEN
	INSERT (balance, tid) VALUES (balance + delta, sid)
WHEN MATCHED AND tid < 2 THEN
	DELETE
-- ==== legitimate merge.sql
INSERT INTO sq_source (sid, balance, delta) VALUES (-1, -1, -10)
-- ==== legitimate merge.sql
CREATE TABLE ex_mtarget (a int, b int)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE ex_msource (a int, b int)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO ex_mtarget SELECT i, i*10 FROM generate_series(1,100,2) i
-- ==== legitimate merge.sql
INSERT INTO ex_msource SELECT i, i*10 FROM generate_series(1,100,1) i
-- ==== legitimate merge.sql
SELECT explain_merge('
MERGE INTO ex_mtarget t USING ex_msource s ON t.a = s.a
WHEN MATCHED THEN
	UPDATE SET b = t.b + 1')
-- ==== legitimate merge.sql
SELECT explain_merge('
MERGE INTO ex_mtarget t USING ex_msource s ON t.a = s.a
WHEN MATCHED AND t.a < 10 THEN
	UPDATE SET b = t.b + 1')
-- ==== legitimate merge.sql
SELECT explain_merge('
MERGE INTO ex_mtarget t USING ex_msource s ON t.a = s.a
WHEN MATCHED AND t.a < 10 THEN
	UPDATE SET b = t.b + 1
WHEN MATCHED AND t.a >= 10 AND t.a <= 20 THEN
	DELETE')
-- ==== legitimate merge.sql
SELECT explain_merge('
MERGE INTO ex_mtarget t USING ex_msource s ON t.a = s.a
WHEN NOT MATCHED AND s.a < 10 THEN
	INSERT VALUES (a, b)')
-- ==== legitimate merge.sql
SELECT explain_merge('
MERGE INTO ex_mtarget t USING ex_msource s ON t.a = s.a
WHEN MATCHED AND t.a < 10 THEN
	UPDATE SET b = t.b + 1
WHEN MATCHED AND t.a >= 30 AND t.a <= 40 THEN
	DELETE
WHEN NOT MATCHED AND s.a < 20 THEN
	INSERT VALUES (a, b)')
-- ==== legitimate merge.sql
SELECT explain_merge('
MERGE INTO ex_mtarget t USING ex_msource s ON t.a = s.a AND t.a < -1000
WHEN MATCHED AND t.a < 10 THEN
	DO NOTHING')
-- ==== destructive merge.sql
DROP TABLE ex_msource, ex_mtarget
-- ==== destructive merge.sql
DROP FUNCTION explain_merge(text)
-- ==== legitimate merge.sql
MERGE INTO sq_target t
USING v
ON tid = sid
WHEN MATCHED THEN
    UPDATE SET balance = (SELECT count(*) FROM sq_target)
-- ==== legitimate merge.sql
SELECT * FROM sq_target WHERE tid = 1
-- ==== legitimate merge.sql
MERGE INTO sq_target t
USING v
ON tid = sid
WHEN MATCHED AND (SELECT count(*) > 0 FROM sq_target) THEN
    UPDATE SET balance = 42
-- ==== legitimate merge.sql
SELECT * FROM sq_target WHERE tid = 1
-- ==== legitimate merge.sql
MERGE INTO sq_target t
USING v
ON tid = sid AND (SELECT count(*) > 0 FROM sq_target)
WHEN MATCHED THEN
    UPDATE SET balance = 42
-- ==== legitimate merge.sql
SELECT * FROM sq_target WHERE tid = 1
-- ==== destructive merge.sql
DROP TABLE sq_target, sq_source CASCADE
-- ==== legitimate merge.sql
CREATE TABLE pa_target (tid integer, balance float, val text)
	PARTITION BY LIST (tid)
-- ==== legitimate merge.sql
CREATE TABLE part1 PARTITION OF pa_target FOR VALUES IN (1,4)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part2 PARTITION OF pa_target FOR VALUES IN (2,5,6)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part3 PARTITION OF pa_target FOR VALUES IN (3,8,9)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part4 PARTITION OF pa_target DEFAULT
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE pa_source (sid integer, delta float)
-- ==== legitimate merge.sql
INSERT INTO pa_source SELECT id, id * 10  FROM generate_series(1,14) AS id
-- ==== legitimate merge.sql
INSERT INTO pa_target SELECT id, id * 100, 'initial' FROM generate_series(1,14,2) AS id
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid
  WHEN MATCHED THEN
    UPDATE SET balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (sid, delta, 'inserted by merge')
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid AND tid = 1
  WHEN MATCHED THEN
    UPDATE SET balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (sid, delta, 'inserted by merge')
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== legitimate merge.sql
SELECT merge_func()
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== destructive merge.sql
DROP TABLE pa_target CASCADE
-- ==== legitimate merge.sql
CREATE TABLE pa_target (tid integer, balance float, val text)
	PARTITION BY LIST (tid)
-- ==== legitimate merge.sql
CREATE TABLE part1 (tid integer, balance float, val text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part2 (balance float, tid integer, val text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part3 (tid integer, balance float, val text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part4 (extraid text, tid integer, balance float, val text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO pa_target SELECT id, id * 100, 'initial' FROM generate_series(1,14,2) AS id
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid
  WHEN MATCHED THEN
    UPDATE SET balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (sid, delta, 'inserted by merge')
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid AND tid IN (1, 5)
  WHEN MATCHED AND tid % 5 = 0 THEN DELETE
  WHEN MATCHED THEN
    UPDATE SET balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (sid, delta, 'inserted by merge')
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid
  WHEN MATCHED THEN
    UPDATE SET tid = tid + 1, balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (sid, delta, 'inserted by merge')
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid AND t.tid IN (1,2,3,4)
  WHEN MATCHED THEN
    UPDATE SET tid = tid - 1
-- ==== destructive merge.sql
DROP TABLE pa_source
-- ==== destructive merge.sql
DROP TABLE pa_target CASCADE
-- ==== legitimate merge.sql
CREATE TABLE pa_target (logts timestamp, tid integer, balance float, val text)
	PARTITION BY RANGE (logts)
-- ==== legitimate merge.sql
CREATE TABLE part_m01 PARTITION OF pa_target
	FOR VALUES FROM ('2017-01-01') TO ('2017-02-01')
	PARTITION BY LIST (tid)
-- ==== legitimate merge.sql
CREATE TABLE part_m01_odd PARTITION OF part_m01
	FOR VALUES IN (1,3,5,7,9) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part_m01_even PARTITION OF part_m01
	FOR VALUES IN (2,4,6,8) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part_m02 PARTITION OF pa_target
	FOR VALUES FROM ('2017-02-01') TO ('2017-03-01')
	PARTITION BY LIST (tid)
-- ==== legitimate merge.sql
CREATE TABLE part_m02_odd PARTITION OF part_m02
	FOR VALUES IN (1,3,5,7,9) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE part_m02_even PARTITION OF part_m02
	FOR VALUES IN (2,4,6,8) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE pa_source (sid integer, delta float)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO pa_source SELECT id, id * 10  FROM generate_series(1,14) AS id
-- ==== legitimate merge.sql
INSERT INTO pa_target SELECT '2017-01-31', id, id * 100, 'initial' FROM generate_series(1,9,3) AS id
-- ==== legitimate merge.sql
INSERT INTO pa_target SELECT '2017-02-28', id, id * 100, 'initial' FROM generate_series(2,9,3) AS id
-- ==== legitimate merge.sql
MERGE INTO pa_target t
  USING (SELECT '2017-01-15' AS slogts, * FROM pa_source WHERE sid < 10) s
  ON t.tid = s.sid
  WHEN MATCHED THEN
    UPDATE SET balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (slogts::timestamp, sid, delta, 'inserted by merge')
-- ==== legitimate merge.sql
SELECT * FROM pa_target ORDER BY tid
-- ==== destructive merge.sql
DROP TABLE pa_source
-- ==== destructive merge.sql
DROP TABLE pa_target CASCADE
-- ==== legitimate merge.sql
CREATE TABLE pa_target (tid integer PRIMARY KEY) PARTITION BY LIST (tid)
-- ==== legitimate merge.sql
CREATE TABLE pa_targetp PARTITION OF pa_target DEFAULT
-- ==== legitimate merge.sql
CREATE TABLE pa_source (sid integer)
-- ==== legitimate merge.sql
INSERT INTO pa_source VALUES (1), (2)
-- ==== legitimate merge.sql
MERGE INTO pa_target t USING pa_source s ON t.tid = s.sid
  WHEN NOT MATCHED THEN INSERT VALUES (s.sid)
-- ==== legitimate merge.sql
TABLE pa_target
-- ==== destructive merge.sql
DROP TABLE pa_targetp
-- ==== legitimate merge.sql
MERGE INTO pa_target t USING pa_source s ON t.tid = s.sid
  WHEN NOT MATCHED THEN INSERT VALUES (s.sid)
-- ==== destructive merge.sql
DROP TABLE pa_source
-- ==== destructive merge.sql
DROP TABLE pa_target CASCADE
-- ==== legitimate merge.sql
CREATE TABLE cj_target (tid integer, balance float, val text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE cj_source1 (sid1 integer, scat integer, delta integer)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE cj_source2 (sid2 integer, sval text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO cj_source1 VALUES (1, 10, 100)
-- ==== legitimate merge.sql
INSERT INTO cj_source1 VALUES (1, 20, 200)
-- ==== legitimate merge.sql
INSERT INTO cj_source1 VALUES (2, 20, 300)
-- ==== legitimate merge.sql
INSERT INTO cj_source1 VALUES (3, 10, 400)
-- ==== legitimate merge.sql
INSERT INTO cj_source2 VALUES (1, 'initial source2')
-- ==== legitimate merge.sql
INSERT INTO cj_source2 VALUES (2, 'initial source2')
-- ==== legitimate merge.sql
INSERT INTO cj_source2 VALUES (3, 'initial source2')
-- ==== legitimate merge.sql
MERGE INTO cj_target t
USING cj_source1 s1
	INNER JOIN cj_source2 s2 ON sid1 = sid2
ON t.tid = sid1
WHEN NOT MATCHED THEN
	INSERT VALUES (sid1, delta, sval)
-- ==== legitimate merge.sql
MERGE INTO cj_target t
USING cj_source2 s2
	INNER JOIN cj_source1 s1 ON sid1 = sid2 AND scat = 20
ON t.tid = sid1
WHEN NOT MATCHED THEN
	INSERT VALUES (sid2, delta, sval)
WHEN MATCHED THEN
	DELETE
-- ==== legitimate merge.sql
MERGE INTO cj_target t
USING cj_source2 s2
	INNER JOIN cj_source1 s1 ON sid1 = sid2
ON t.tid = sid1
WHEN NOT MATCHED THEN
	INSERT VALUES (sid2, delta + scat, sval)
WHEN MATCHED THEN
	UPDATE SET val = val || ' updated by merge'
-- ==== legitimate merge.sql
MERGE INTO cj_target t
USING cj_source2 s2
	INNER JOIN cj_source1 s1 ON sid1 = sid2 AND scat = 20
ON t.tid = sid1
WHEN MATCHED THEN
	UPDATE SET val = val || ' ' || delta::text
-- ==== legitimate merge.sql
SELECT * FROM cj_target
-- ==== legitimate merge.sql
MERGE INTO cj_target t
USING (SELECT *, 'join input'::text AS phv FROM cj_source1) fj
	FULL JOIN cj_source2 fj2 ON fj.scat = fj2.sid2 * 10
ON t.tid = fj.scat
WHEN NOT MATCHED THEN
	INSERT (tid, balance, val) VALUES (fj.scat, fj.delta, fj.phv)
-- ==== legitimate merge.sql
SELECT * FROM cj_target
-- ==== destructive merge.sql
TRUNCATE cj_target
-- ==== legitimate merge.sql
MERGE INTO cj_target t
USING cj_source1 s1
	INNER JOIN cj_source2 s2 ON s1.sid = s2.sid
ON t.tid = s1.sid
WHEN NOT MATCHED THEN
	INSERT VALUES (s2.sid, delta, sval)
-- ==== destructive merge.sql
DROP TABLE cj_source2, cj_source1, cj_target
-- ==== legitimate merge.sql
CREATE TABLE fs_target (a int, b int, c text)
  WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
MERGE INTO fs_target t
USING generate_series(1,100,1) AS id
ON t.a = id
WHEN MATCHED THEN
	UPDATE SET b = b + id
WHEN NOT MATCHED THEN
	INSERT VALUES (id, -1)
-- ==== legitimate merge.sql
MERGE INTO fs_target t
USING generate_series(1,100,2) AS id
ON t.a = id
WHEN MATCHED THEN
	UPDATE SET b = b + id, c = 'updated '|| id.*::text
WHEN NOT MATCHED THEN
	INSERT VALUES (id, -1, 'inserted ' || id.*::text)
-- ==== legitimate merge.sql
SELECT count(*) FROM fs_target
-- ==== destructive merge.sql
DROP TABLE fs_target
-- ==== legitimate merge.sql
CREATE TABLE measurement (
    city_id         int not null,
    logdate         date not null,
    peaktemp        int,
    unitsales       int
) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE measurement_y2006m02 (
    CHECK ( logdate >= DATE '2006-02-01' AND logdate < DATE '2006-03-01' )
) INHERITS (measurement) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE measurement_y2006m03 (
    CHECK ( logdate >= DATE '2006-03-01' AND logdate < DATE '2006-04-01' )
) INHERITS (measurement) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
CREATE TABLE measurement_y2007m01 (
    filler          text,
    peaktemp        int,
    logdate         date not null,
    city_id         int not null,
    unitsales       int
    CHECK ( logdate >= DATE '2007-01-01' AND logdate < DATE '2007-02-01')
) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (0, '2005-07-21', 5, 15)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (1, '2006-02-10', 35, 10)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (1, '2006-02-16', 45, 20)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (1, '2006-03-17', 25, 10)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (1, '2006-03-27', 15, 40)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (1, '2007-01-15', 10, 10)
-- ==== legitimate merge.sql
INSERT INTO measurement VALUES (1, '2007-01-17', 10, 10)
-- ==== legitimate merge.sql
SELECT tableoid::regclass, * FROM measurement ORDER BY city_id, logdate
-- ==== legitimate merge.sql
CREATE TABLE new_measurement (LIKE measurement) WITH (autovacuum_enabled=off)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (0, '2005-07-21', 25, 20)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (1, '2006-03-01', 20, 10)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (1, '2006-02-16', 50, 10)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (2, '2006-02-10', 20, 20)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (1, '2006-03-27', NULL, NULL)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (1, '2007-01-17', NULL, NULL)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (1, '2007-01-15', 5, NULL)
-- ==== legitimate merge.sql
INSERT INTO new_measurement VALUES (1, '2007-01-16', 10, 10)
-- ==== legitimate merge.sql
MERGE INTO ONLY measurement m
 USING new_measurement nm ON
      (m.city_id = nm.city_id and m.logdate=nm.logdate)
WHEN MATCHED AND nm.peaktemp IS NULL THEN DELETE
WHEN MATCHED THEN UPDATE
     SET peaktemp = greatest(m.peaktemp, nm.peaktemp),
        unitsales = m.unitsales + coalesce(nm.unitsales, 0)
WHEN NOT MATCHED THEN INSERT
     (city_id, logdate, peaktemp, unitsales)
   VALUES (city_id, logdate, peaktemp, unitsales)
-- ==== legitimate merge.sql
SELECT tableoid::regclass, * FROM measurement ORDER BY city_id, logdate, peaktemp
-- ==== legitimate merge.sql
MERGE into measurement m
 USING new_measurement nm ON
      (m.city_id = nm.city_id and m.logdate=nm.logdate)
WHEN MATCHED AND nm.peaktemp IS NULL THEN DELETE
WHEN MATCHED THEN UPDATE
     SET peaktemp = greatest(m.peaktemp, nm.peaktemp),
        unitsales = m.unitsales + coalesce(nm.unitsales, 0)
WHEN NOT MATCHED THEN INSERT
     (city_id, logdate, peaktemp, unitsales)
   VALUES (city_id, logdate, peaktemp, unitsales)
-- ==== legitimate merge.sql
SELECT tableoid::regclass, * FROM measurement ORDER BY city_id, logdate
-- ==== legitimate merge.sql
MERGE INTO new_measurement nm
 USING ONLY measurement m ON
      (nm.city_id = m.city_id and nm.logdate=m.logdate)
WHEN MATCHED THEN DELETE
-- ==== legitimate merge.sql
SELECT * FROM new_measurement ORDER BY city_id, logdate
-- ==== legitimate merge.sql
MERGE INTO new_measurement nm
 USING measurement m ON
      (nm.city_id = m.city_id and nm.logdate=m.logdate)
WHEN MATCHED THEN DELETE
-- ==== legitimate merge.sql
SELECT * FROM new_measurement ORDER BY city_id, logdate
-- ==== destructive merge.sql
DROP TABLE measurement, new_measurement CASCADE
-- ==== destructive merge.sql
DROP FUNCTION measurement_insert_trigger()
-- ==== destructive merge.sql
DROP TABLE target, target2
-- ==== destructive merge.sql
DROP TABLE source, source2
-- ==== destructive merge.sql
DROP FUNCTION merge_trigfunc()
-- ==== destructive merge.sql
DROP USER regress_merge_privs
-- ==== destructive merge.sql
DROP USER regress_merge_no_privs
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY 1
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors
-- ==== legitimate portals.sql
SELECT declares_cursor('AB%')
-- ==== legitimate portals.sql
create temp table tt1(f1 int)
-- ==== legitimate portals.sql
insert into tt1 values(1)
-- ==== legitimate portals.sql
insert into tt1 values(2)
-- ==== legitimate portals.sql
insert into tt1 values(1)
-- ==== legitimate portals.sql
insert into tt1 values(2)
-- ==== destructive portals.sql
delete from tt1
-- ==== destructive portals.sql
drop function count_tt1_v()
-- ==== destructive portals.sql
drop function count_tt1_s()
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors
-- ==== legitimate portals.sql
SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY 1
-- ==== legitimate portals.sql
SELECT name FROM pg_cursors ORDER BY 1
-- ==== legitimate portals.sql
SELECT name FROM pg_cursors ORDER BY 1
-- ==== legitimate portals.sql
SELECT name FROM pg_cursors ORDER BY 1
-- ==== legitimate portals.sql
SELECT name FROM pg_cursors ORDER BY 1
-- ==== legitimate portals.sql
CREATE TEMP TABLE uctest(f1 int, f2 text)
-- ==== legitimate portals.sql
INSERT INTO uctest VALUES (1, 'one'), (2, 'two'), (3, 'three')
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = 8 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
INSERT INTO uctest VALUES (10, 'ten')
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE f1 = 10
-- ==== legitimate portals.sql
CREATE TEMP TABLE ucchild () inherits (uctest)
-- ==== legitimate portals.sql
INSERT INTO ucchild values(100, 'hundred')
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
UPDATE uctest SET f1 = f1 + 10 WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF cx
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c
-- ==== legitimate portals.sql
DELETE FROM tenk1 WHERE CURRENT OF c
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c
-- ==== legitimate portals.sql
DELETE FROM uctest WHERE CURRENT OF c1
-- ==== legitimate portals.sql
CREATE TEMP VIEW ucview AS SELECT * FROM uctest
-- ==== legitimate portals.sql
DELETE FROM ucview WHERE CURRENT OF c1
-- ==== legitimate portals.sql
DELETE FROM onek WHERE CURRENT OF c1
-- ==== legitimate portals.sql
SELECT stringu1 FROM onek WHERE stringu1 = 'DZAAAA'
-- ==== legitimate portals.sql
CREATE TABLE current_check (currentid int, payload text)
-- ==== legitimate portals.sql
CREATE TABLE current_check_1 () INHERITS (current_check)
-- ==== legitimate portals.sql
CREATE TABLE current_check_2 () INHERITS (current_check)
-- ==== legitimate portals.sql
INSERT INTO current_check_1 SELECT i, 'p' || i FROM generate_series(1,9) i
-- ==== legitimate portals.sql
INSERT INTO current_check_2 SELECT i, 'P' || i FROM generate_series(10,19) i
-- ==== legitimate portals.sql
DELETE FROM current_check WHERE CURRENT OF c1 RETURNING *
-- ==== legitimate portals.sql
DELETE FROM current_check WHERE CURRENT OF c1 RETURNING *
-- ==== legitimate portals.sql
SELECT * FROM current_check
-- ==== legitimate portals.sql
CREATE TABLE cursor (a int)
-- ==== legitimate portals.sql
INSERT INTO cursor VALUES (1)
-- ==== destructive portals.sql
UPDATE cursor SET a = 2
-- ==== destructive portals.sql
DROP TABLE cursor
-- ==== legitimate portals.sql
create table toasted_data (f1 int[])
-- ==== legitimate portals.sql
insert into toasted_data
  select array_agg(i) from generate_series(12345678, 12345678 + 1000) i
-- ==== destructive portals.sql
drop table toasted_data
-- ==== legitimate returning.sql
CREATE TEMP TABLE foo (f1 serial, f2 text, f3 int default 42)
-- ==== legitimate returning.sql
INSERT INTO foo (f2,f3)
  VALUES ('test', DEFAULT), ('More', 11), (upper('more'), 7+9)
  RETURNING *, f1+f3 AS sum
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== destructive returning.sql
UPDATE foo SET f2 = lower(f2), f3 = DEFAULT RETURNING foo.*, f1+f3 AS sum13
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
DELETE FROM foo WHERE f1 > 2 RETURNING f3, f2, f1, least(f1,f3)
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
INSERT INTO foo SELECT f1+10, f2, f3+99 FROM foo
  RETURNING *, f1+112 IN (SELECT q1 FROM int8_tbl) AS subplan,
    EXISTS(SELECT * FROM int4_tbl) AS initplan
-- ==== legitimate returning.sql
UPDATE foo SET f3 = f3 * 2
  WHERE f1 > 10
  RETURNING *, f1+112 IN (SELECT q1 FROM int8_tbl) AS subplan,
    EXISTS(SELECT * FROM int4_tbl) AS initplan
-- ==== legitimate returning.sql
DELETE FROM foo
  WHERE f1 > 10
  RETURNING *, f1+112 IN (SELECT q1 FROM int8_tbl) AS subplan,
    EXISTS(SELECT * FROM int4_tbl) AS initplan
-- ==== legitimate returning.sql
UPDATE foo SET f3 = f3*2
  FROM int4_tbl i
  WHERE foo.f1 + 123455 = i.f1
  RETURNING foo.*, i.f1 as "i.f1"
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
DELETE FROM foo
  USING int4_tbl i
  WHERE foo.f1 + 123455 = i.f1
  RETURNING foo.*, i.f1 as "i.f1"
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
CREATE TEMP TABLE foochild (fc int) INHERITS (foo)
-- ==== legitimate returning.sql
INSERT INTO foochild VALUES(123,'child',999,-123)
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM foochild
-- ==== legitimate returning.sql
UPDATE foo SET f4 = f4 + f3 WHERE f4 = 99 RETURNING *
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM foochild
-- ==== legitimate returning.sql
UPDATE foo SET f3 = f3*2
  FROM int8_tbl i
  WHERE foo.f1 = i.q2
  RETURNING *
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM foochild
-- ==== legitimate returning.sql
DELETE FROM foo
  USING int8_tbl i
  WHERE foo.f1 = i.q2
  RETURNING *
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM foochild
-- ==== destructive returning.sql
DROP TABLE foochild
-- ==== legitimate returning.sql
CREATE TEMP VIEW voo AS SELECT f1, f2 FROM foo
-- ==== legitimate returning.sql
INSERT INTO voo VALUES(11,'zit')
-- ==== legitimate returning.sql
INSERT INTO voo VALUES(12,'zoo') RETURNING *, f1*2
-- ==== legitimate returning.sql
INSERT INTO voo VALUES(13,'zit2')
-- ==== legitimate returning.sql
INSERT INTO voo VALUES(14,'zoo2') RETURNING *
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM voo
-- ==== legitimate returning.sql
update voo set f1 = f1 + 1 where f2 = 'zoo2'
-- ==== legitimate returning.sql
update voo set f1 = f1 + 1 where f2 = 'zoo2' RETURNING *, f1*2
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM voo
-- ==== legitimate returning.sql
DELETE FROM foo WHERE f1 = 13
-- ==== legitimate returning.sql
DELETE FROM foo WHERE f2 = 'zit' RETURNING *
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM voo
-- ==== legitimate returning.sql
CREATE TEMP TABLE joinme (f2j text, other int)
-- ==== legitimate returning.sql
INSERT INTO joinme VALUES('more', 12345)
-- ==== legitimate returning.sql
INSERT INTO joinme VALUES('zoo2', 54321)
-- ==== legitimate returning.sql
INSERT INTO joinme VALUES('other', 0)
-- ==== legitimate returning.sql
CREATE TEMP VIEW joinview AS
  SELECT foo.*, other FROM foo JOIN joinme ON (f2 = f2j)
-- ==== legitimate returning.sql
SELECT * FROM joinview
-- ==== legitimate returning.sql
UPDATE joinview SET f1 = f1 + 1 WHERE f3 = 57 RETURNING *, other + 1
-- ==== legitimate returning.sql
SELECT * FROM joinview
-- ==== legitimate returning.sql
SELECT * FROM foo
-- ==== legitimate returning.sql
SELECT * FROM voo
-- ==== legitimate returning.sql
INSERT INTO foo AS bar DEFAULT VALUES RETURNING *
-- ==== legitimate returning.sql
INSERT INTO foo AS bar DEFAULT VALUES RETURNING foo.*
-- ==== legitimate returning.sql
INSERT INTO foo AS bar DEFAULT VALUES RETURNING bar.*
-- ==== legitimate returning.sql
INSERT INTO foo AS bar DEFAULT VALUES RETURNING bar.f3
-- ==== legitimate select.sql
SELECT * FROM onek
   WHERE onek.unique1 < 10
   ORDER BY onek.unique1
-- ==== legitimate select.sql
SELECT onek.unique1, onek.stringu1 FROM onek
   WHERE onek.unique1 < 20
   ORDER BY unique1 using >
-- ==== legitimate select.sql
SELECT onek.unique1, onek.stringu1 FROM onek
   WHERE onek.unique1 > 980
   ORDER BY stringu1 using <
-- ==== legitimate select.sql
SELECT onek.unique1, onek.string4 FROM onek
   WHERE onek.unique1 > 980
   ORDER BY string4 using <, unique1 using >
-- ==== legitimate select.sql
SELECT onek.unique1, onek.string4 FROM onek
   WHERE onek.unique1 > 980
   ORDER BY string4 using >, unique1 using <
-- ==== legitimate select.sql
SELECT onek.unique1, onek.string4 FROM onek
   WHERE onek.unique1 < 20
   ORDER BY unique1 using >, string4 using <
-- ==== legitimate select.sql
SELECT onek.unique1, onek.string4 FROM onek
   WHERE onek.unique1 < 20
   ORDER BY unique1 using <, string4 using >
-- ==== legitimate select.sql
SELECT onek2.* FROM onek2 WHERE onek2.unique1 < 10
-- ==== legitimate select.sql
SELECT onek2.unique1, onek2.stringu1 FROM onek2
    WHERE onek2.unique1 < 20
    ORDER BY unique1 using >
-- ==== legitimate select.sql
SELECT onek2.unique1, onek2.stringu1 FROM onek2
   WHERE onek2.unique1 > 980
-- ==== legitimate select.sql
SELECT p.name, p.age FROM person* p
-- ==== legitimate select.sql
SELECT p.name, p.age FROM person* p ORDER BY age using >, name
-- ==== legitimate select.sql
select foo from (select 1 offset 0) as foo
-- ==== legitimate select.sql
select foo from (select null offset 0) as foo
-- ==== legitimate select.sql
select foo from (select 'xyzzy',1,null offset 0) as foo
-- ==== legitimate select.sql
select * from onek, (values(147, 'RFAAAA'), (931, 'VJAAAA')) as v (i, j)
    WHERE onek.unique1 = v.i and onek.stringu1 = v.j
-- ==== legitimate select.sql
select * from onek,
  (values ((select i from
    (values(10000), (2), (389), (1000), (2000), ((select 10029))) as foo(i)
    order by i asc limit 1))) bar (i)
  where onek.unique1 = bar.i
-- ==== legitimate select.sql
select * from onek
    where (unique1,ten) in (values (1,1), (20,0), (99,9), (17,99))
    order by unique1
-- ==== legitimate select.sql
VALUES (1,2), (3,4+4), (7,77.7)
-- ==== legitimate select.sql
VALUES (1,2), (3,4+4), (7,77.7)
UNION ALL
SELECT 2+2, 57
UNION ALL
TABLE int8_tbl
-- ==== legitimate select.sql
CREATE TEMP TABLE nocols()
-- ==== legitimate select.sql
INSERT INTO nocols DEFAULT VALUES
-- ==== legitimate select.sql
SELECT * FROM nocols n, LATERAL (VALUES(n.*)) v
-- ==== legitimate select.sql
CREATE TEMP TABLE foo (f1 int)
-- ==== legitimate select.sql
INSERT INTO foo VALUES (42),(3),(10),(7),(null),(null),(1)
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 ASC
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 NULLS FIRST
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC NULLS LAST
-- ==== legitimate select.sql
CREATE INDEX fooi ON foo (f1)
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 NULLS FIRST
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC NULLS LAST
-- ==== destructive select.sql
DROP INDEX fooi
-- ==== legitimate select.sql
CREATE INDEX fooi ON foo (f1 DESC)
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 NULLS FIRST
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC NULLS LAST
-- ==== destructive select.sql
DROP INDEX fooi
-- ==== legitimate select.sql
CREATE INDEX fooi ON foo (f1 DESC NULLS LAST)
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 NULLS FIRST
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC
-- ==== legitimate select.sql
SELECT * FROM foo ORDER BY f1 DESC NULLS LAST
-- ==== legitimate select.sql
select * from onek2 where unique2 = 11 and stringu1 = 'ATAAAA'
-- ==== legitimate select.sql
select unique2 from onek2 where unique2 = 11 and stringu1 = 'ATAAAA'
-- ==== legitimate select.sql
select * from onek2 where unique2 = 11 and stringu1 < 'B'
-- ==== legitimate select.sql
select unique2 from onek2 where unique2 = 11 and stringu1 < 'B'
-- ==== legitimate select.sql
select unique2 from onek2 where unique2 = 11 and stringu1 < 'B' for update
-- ==== legitimate select.sql
select unique2 from onek2 where unique2 = 11 and stringu1 < 'C'
-- ==== legitimate select.sql
select unique2 from onek2 where unique2 = 11 and stringu1 < 'B'
-- ==== legitimate select.sql
select unique1, unique2 from onek2
  where (unique2 = 11 or unique1 = 0) and stringu1 < 'B'
-- ==== legitimate select.sql
select unique1, unique2 from onek2
  where (unique2 = 11 and stringu1 < 'B') or unique1 = 0
-- ==== legitimate select.sql
SELECT 1 AS x ORDER BY x
-- ==== legitimate select.sql
select sillysrf(42)
-- ==== legitimate select.sql
select sillysrf(-1) order by 1
-- ==== destructive select.sql
drop function sillysrf(int)
-- ==== legitimate select.sql
select * from (values (2),(null),(1)) v(k) where k = k order by k
-- ==== legitimate select.sql
select * from (values (2),(null),(1)) v(k) where k = k
-- ==== legitimate select.sql
create table list_parted_tbl (a int,b int) partition by list (a)
-- ==== legitimate select.sql
create table list_parted_tbl1 partition of list_parted_tbl
  for values in (1) partition by list(b)
-- ==== destructive select.sql
drop table list_parted_tbl
-- ==== legitimate sqljson.sql
SELECT JSON_OBJECT()
-- ==== legitimate sqljson.sql
SELECT JSON_ARRAY()
-- ==== legitimate sqljson.sql
SELECT JSON_ARRAY('aaa', 111, true, array[1,2,3], NULL, json '{"a": [1]}', jsonb '["a",3]')
-- ==== legitimate sqljson.sql
SELECT JSON_ARRAYAGG(i ORDER BY i DESC)
FROM generate_series(1, 5) i
-- ==== legitimate sqljson.sql
SELECT JSON_ARRAYAGG(i::text::json)
FROM generate_series(1, 5) i
-- ==== legitimate sqljson.sql
SELECT
	bar, JSON_ARRAYAGG(bar) FILTER (WHERE bar > 2) OVER (PARTITION BY foo.bar % 2)
FROM
	(VALUES (NULL), (3), (1), (NULL), (NULL), (5), (2), (4), (NULL), (5), (4)) foo(bar)
-- ==== destructive sqljson.sql
DROP VIEW json_object_view
-- ==== destructive sqljson.sql
DROP VIEW json_array_view
-- ==== destructive sqljson.sql
DROP VIEW json_objectagg_view
-- ==== destructive sqljson.sql
DROP VIEW json_arrayagg_view
-- ==== destructive sqljson.sql
DROP VIEW json_array_subquery_view
-- ==== legitimate sqljson.sql
CREATE TABLE test_is_json (js text)
-- ==== legitimate sqljson.sql
INSERT INTO test_is_json VALUES
 (NULL),
 (''),
 ('123'),
 ('"aaa "'),
 ('true'),
 ('null'),
 ('[]'),
 ('[1, "2", {}]'),
 ('{}'),
 ('{ "a": 1, "b": null }'),
 ('{ "a": 1, "a": null }'),
 ('{ "a": 1, "b": [{ "a": 1 }, { "a": 2 }] }'),
 ('{ "a": 1, "b": [{ "a": 1, "b": 0, "a": 2 }] }'),
 ('aaa'),
 ('{a:1}'),
 ('["a",]')
-- ==== destructive sqljson.sql
DROP VIEW is_json_view
-- ==== legitimate update.sql
CREATE TABLE update_test (
    a   INT DEFAULT 10,
    b   INT,
    c   TEXT
)
-- ==== legitimate update.sql
CREATE TABLE upsert_test (
    a   INT PRIMARY KEY,
    b   TEXT
)
-- ==== legitimate update.sql
INSERT INTO update_test VALUES (5, 10, 'foo')
-- ==== legitimate update.sql
INSERT INTO update_test(b, a) VALUES (15, 10)
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== destructive update.sql
UPDATE update_test SET a = DEFAULT, b = DEFAULT
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test AS t SET b = 10 WHERE t.a = 10
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test t SET b = t.b + 10 WHERE t.a = 10
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test SET a=v.i FROM (VALUES(100, 20)) AS v(i, j)
  WHERE update_test.b = v.j
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test SET a = v.* FROM (VALUES(100, 20)) AS v(i, j)
  WHERE update_test.b = v.j
-- ==== legitimate update.sql
INSERT INTO update_test SELECT a,b+1,c FROM update_test
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test SET (c,b,a) = ('bugle', b+11, DEFAULT) WHERE c = 'foo'
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test SET (c,b) = ('car', a+b), a = a + 1 WHERE a = 10
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test SET (c,b) = ('car', a+b), b = a + 1 WHERE a = 10
-- ==== legitimate update.sql
UPDATE update_test
  SET (b,a) = (select a,b from update_test where b = 41 and c = 'car')
  WHERE a = 100 AND b = 20
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test o
  SET (b,a) = (select a+1,b from update_test i
               where i.a=o.a and i.b=o.b and i.c is not distinct from o.c)
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== destructive update.sql
UPDATE update_test SET (b,a) = (select a+1,b from update_test)
-- ==== legitimate update.sql
UPDATE update_test SET (b,a) = (select a+1,b from update_test where a = 1000)
  WHERE a = 11
-- ==== legitimate update.sql
SELECT * FROM update_test
-- ==== legitimate update.sql
UPDATE update_test SET (a,b) = ROW(v.*) FROM (VALUES(21, 100)) AS v(i, j)
  WHERE update_test.a = v.i
-- ==== legitimate update.sql
UPDATE update_test SET (a,b) = (v.*) FROM (VALUES(21, 101)) AS v(i, j)
  WHERE update_test.a = v.i
-- ==== legitimate update.sql
UPDATE update_test AS t SET b = update_test.b + 10 WHERE t.a = 10
-- ==== legitimate update.sql
UPDATE update_test SET c = repeat('x', 10000) WHERE c = 'car'
-- ==== legitimate update.sql
SELECT a, b, char_length(c) FROM update_test
-- ==== legitimate update.sql
UPDATE update_test t
  SET (a, b) = (SELECT b, a FROM update_test s WHERE s.a = t.a)
  WHERE CURRENT_USER = SESSION_USER
-- ==== legitimate update.sql
SELECT a, b, char_length(c) FROM update_test
-- ==== legitimate update.sql
INSERT INTO upsert_test VALUES(1, 'Boo'), (3, 'Zoo')
-- ==== legitimate update.sql
WITH aaa AS (SELECT 1 AS a, 'Foo' AS b) INSERT INTO upsert_test
  VALUES (1, 'Bar') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT b, a FROM aaa) RETURNING *
-- ==== legitimate update.sql
INSERT INTO upsert_test VALUES (1, 'Baz'), (3, 'Zaz') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT b || ', Correlated', a from upsert_test i WHERE i.a = upsert_test.a)
  RETURNING *
-- ==== legitimate update.sql
INSERT INTO upsert_test VALUES (1, 'Bat'), (3, 'Zot') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT b || ', Excluded', a from upsert_test i WHERE i.a = excluded.a)
  RETURNING *
-- ==== legitimate update.sql
INSERT INTO upsert_test VALUES (2, 'Beeble') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT b || ', Excluded', a from upsert_test i WHERE i.a = excluded.a)
  RETURNING tableoid::regclass, xmin = pg_current_xact_id()::xid AS xmin_correct, xmax = 0 AS xmax_correct
-- ==== legitimate update.sql
INSERT INTO upsert_test VALUES (2, 'Brox') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT b || ', Excluded', a from upsert_test i WHERE i.a = excluded.a)
  RETURNING tableoid::regclass, xmin = pg_current_xact_id()::xid AS xmin_correct, xmax = pg_current_xact_id()::xid AS xmax_correct
-- ==== destructive update.sql
DROP TABLE update_test
-- ==== destructive update.sql
DROP TABLE upsert_test
-- ==== legitimate update.sql
CREATE TABLE upsert_test (
    a   INT PRIMARY KEY,
    b   TEXT
) PARTITION BY LIST (a)
-- ==== legitimate update.sql
CREATE TABLE upsert_test_1 PARTITION OF upsert_test FOR VALUES IN (1)
-- ==== legitimate update.sql
CREATE TABLE upsert_test_2 (b TEXT, a INT PRIMARY KEY)
-- ==== legitimate update.sql
INSERT INTO upsert_test VALUES(1, 'Boo'), (2, 'Zoo')
-- ==== legitimate update.sql
WITH aaa AS (SELECT 1 AS a, 'Foo' AS b) INSERT INTO upsert_test
  VALUES (1, 'Bar') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT b, a FROM aaa) RETURNING *
-- ==== legitimate update.sql
WITH aaa AS (SELECT 1 AS ctea, ' Foo' AS cteb) INSERT INTO upsert_test
  VALUES (1, 'Bar'), (2, 'Baz') ON CONFLICT(a)
  DO UPDATE SET (b, a) = (SELECT upsert_test.b||cteb, upsert_test.a FROM aaa) RETURNING *
-- ==== destructive update.sql
DROP TABLE upsert_test
-- ==== legitimate update.sql
CREATE TABLE range_parted (
	a text,
	b bigint,
	c numeric,
	d int,
	e varchar
) PARTITION BY RANGE (a, b)
-- ==== legitimate update.sql
CREATE TABLE part_b_20_b_30 (e varchar, c numeric, a text, b bigint, d int)
-- ==== legitimate update.sql
CREATE TABLE part_b_10_b_20 (e varchar, c numeric, a text, b bigint, d int) PARTITION BY RANGE (c)
-- ==== legitimate update.sql
CREATE TABLE part_b_1_b_10 PARTITION OF range_parted FOR VALUES FROM ('b', 1) TO ('b', 10)
-- ==== legitimate update.sql
CREATE TABLE part_a_10_a_20 PARTITION OF range_parted FOR VALUES FROM ('a', 10) TO ('a', 20)
-- ==== legitimate update.sql
CREATE TABLE part_a_1_a_10 PARTITION OF range_parted FOR VALUES FROM ('a', 1) TO ('a', 10)
-- ==== destructive update.sql
UPDATE part_b_10_b_20 set b = b - 6
-- ==== legitimate update.sql
CREATE TABLE part_c_100_200 (e varchar, c numeric, a text, b bigint, d int) PARTITION BY range (abs(d))
-- ==== legitimate update.sql
CREATE TABLE part_d_1_15 PARTITION OF part_c_100_200 FOR VALUES FROM (1) TO (15)
-- ==== legitimate update.sql
CREATE TABLE part_d_15_20 PARTITION OF part_c_100_200 FOR VALUES FROM (15) TO (20)
-- ==== legitimate update.sql
CREATE TABLE part_c_1_100 (e varchar, d int, c numeric, b bigint, a text)
-- ==== legitimate update.sql
UPDATE part_c_100_200 set c = c - 20, d = c WHERE c = 105
-- ==== destructive update.sql
UPDATE part_b_10_b_20 set a = 'a'
-- ==== legitimate update.sql
UPDATE range_parted set d = d - 10 WHERE d > 10
-- ==== destructive update.sql
UPDATE range_parted set e = d
-- ==== legitimate update.sql
UPDATE part_c_1_100 set c = c + 20 WHERE c = 98
-- ==== destructive update.sql
UPDATE part_b_10_b_20 set c = c + 20 returning c, b, a
-- ==== legitimate update.sql
UPDATE part_b_10_b_20 set b = b - 6 WHERE c > 116 returning *
-- ==== legitimate update.sql
UPDATE range_parted set b = b - 6 WHERE c > 116 returning a, b + c
-- ==== legitimate update.sql
CREATE TABLE mintab(c1 int)
-- ==== legitimate update.sql
INSERT into mintab VALUES (120)
-- ==== legitimate update.sql
CREATE VIEW upview AS SELECT * FROM range_parted WHERE (select c > c1 FROM mintab) WITH CHECK OPTION
-- ==== legitimate update.sql
UPDATE upview set c = 199 WHERE b = 4
-- ==== legitimate update.sql
UPDATE upview set c = 120 WHERE b = 4
-- ==== legitimate update.sql
UPDATE upview set a = 'b', b = 15, c = 120 WHERE b = 4
-- ==== legitimate update.sql
UPDATE upview set a = 'b', b = 15 WHERE b = 4
-- ==== destructive update.sql
DROP VIEW upview
-- ==== legitimate update.sql
UPDATE range_parted set c = 95 WHERE a = 'b' and b > 10 and c > 100 returning (range_parted), *
-- ==== legitimate update.sql
UPDATE range_parted set c = (case when c = 96 then 110 else c + 1 end ) WHERE a = 'b' and b > 10 and c >= 96
-- ==== legitimate update.sql
UPDATE range_parted set c = c + 50 WHERE a = 'b' and b > 10 and c >= 96
-- ==== destructive update.sql
DROP TRIGGER trans_deletetrig ON range_parted
-- ==== destructive update.sql
DROP TRIGGER trans_inserttrig ON range_parted
-- ==== legitimate update.sql
UPDATE range_parted set c = (case when c = 96 then 110 else c + 1 end) WHERE a = 'b' and b > 10 and c >= 96
-- ==== legitimate update.sql
UPDATE range_parted set c = c + 50 WHERE a = 'b' and b > 10 and c >= 96
-- ==== legitimate update.sql
UPDATE range_parted set b = 15 WHERE b = 1
-- ==== destructive update.sql
DROP TRIGGER trans_updatetrig ON range_parted
-- ==== destructive update.sql
DROP TRIGGER trig_c1_100 ON part_c_1_100
-- ==== destructive update.sql
DROP TRIGGER trig_d1_15 ON part_d_1_15
-- ==== destructive update.sql
DROP TRIGGER trig_d15_20 ON part_d_15_20
-- ==== destructive update.sql
DROP FUNCTION func_parted_mod_b()
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 151 WHERE a = 'a' and c = 200
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 151 WHERE a = 'a' and c = 200
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 150 WHERE a = 'a' and c = 200
-- ==== destructive update.sql
DROP TRIGGER trig_d_1_15 ON part_d_1_15
-- ==== destructive update.sql
DROP FUNCTION func_d_1_15()
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 122 WHERE a = 'a' and c = 200
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 120 WHERE a = 'a' and c = 200
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 112 WHERE a = 'a' and c = 200
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b', c = 116 WHERE a = 'a' and c = 200
-- ==== destructive update.sql
DROP POLICY policy_range_parted ON range_parted
-- ==== destructive update.sql
DROP POLICY policy_range_parted_subplan ON range_parted
-- ==== destructive update.sql
DROP POLICY policy_range_parted_wholerow ON range_parted
-- ==== destructive update.sql
DROP USER regress_range_parted_user
-- ==== destructive update.sql
DROP TABLE mintab
-- ==== legitimate update.sql
UPDATE range_parted set c = c - 50 WHERE c > 97
-- ==== destructive update.sql
DROP TRIGGER parent_delete_trig ON range_parted
-- ==== destructive update.sql
DROP TRIGGER parent_update_trig ON range_parted
-- ==== destructive update.sql
DROP TRIGGER parent_insert_trig ON range_parted
-- ==== destructive update.sql
DROP TRIGGER c1_delete_trig ON part_c_1_100
-- ==== destructive update.sql
DROP TRIGGER c1_update_trig ON part_c_1_100
-- ==== destructive update.sql
DROP TRIGGER c1_insert_trig ON part_c_1_100
-- ==== destructive update.sql
DROP TRIGGER d1_delete_trig ON part_d_1_15
-- ==== destructive update.sql
DROP TRIGGER d1_update_trig ON part_d_1_15
-- ==== destructive update.sql
DROP TRIGGER d1_insert_trig ON part_d_1_15
-- ==== destructive update.sql
DROP TRIGGER d15_delete_trig ON part_d_15_20
-- ==== destructive update.sql
DROP TRIGGER d15_update_trig ON part_d_15_20
-- ==== destructive update.sql
DROP TRIGGER d15_insert_trig ON part_d_15_20
-- ==== legitimate update.sql
create table part_def partition of range_parted default
-- ==== legitimate update.sql
insert into range_parted values ('c', 9)
-- ==== legitimate update.sql
update part_def set a = 'd' where a = 'c'
-- ==== legitimate update.sql
update part_def set a = 'a' where a = 'd'
-- ==== legitimate update.sql
UPDATE part_a_10_a_20 set a = 'ad' WHERE a = 'a'
-- ==== legitimate update.sql
UPDATE range_parted set a = 'ad' WHERE a = 'a'
-- ==== legitimate update.sql
UPDATE range_parted set a = 'bd' WHERE a = 'b'
-- ==== legitimate update.sql
UPDATE range_parted set a = 'a' WHERE a = 'ad'
-- ==== legitimate update.sql
UPDATE range_parted set a = 'b' WHERE a = 'bd'
-- ==== destructive update.sql
DROP TABLE range_parted
-- ==== legitimate update.sql
CREATE TABLE list_parted (
	a text,
	b int
) PARTITION BY list (a)
-- ==== legitimate update.sql
CREATE TABLE list_part1  PARTITION OF list_parted for VALUES in ('a', 'b')
-- ==== legitimate update.sql
CREATE TABLE list_default PARTITION OF list_parted default
-- ==== legitimate update.sql
INSERT into list_part1 VALUES ('a', 1)
-- ==== legitimate update.sql
INSERT into list_default VALUES ('d', 10)
-- ==== legitimate update.sql
UPDATE list_default set a = 'a' WHERE a = 'd'
-- ==== legitimate update.sql
UPDATE list_default set a = 'x' WHERE a = 'd'
-- ==== destructive update.sql
DROP TABLE list_parted
-- ==== legitimate update.sql
create table utrtest (a int, b text) partition by list (a)
-- ==== legitimate update.sql
create table utr1 (a int check (a in (1)), q text, b text)
-- ==== legitimate update.sql
create table utr2 (a int check (a in (2)), b text)
-- ==== legitimate update.sql
insert into utrtest values (1, 'foo')
  returning *, tableoid::regclass, xmin = pg_current_xact_id()::xid as xmin_ok
-- ==== legitimate update.sql
insert into utrtest values (2, 'bar')
  returning *, tableoid::regclass, xmin = pg_current_xact_id()::xid as xmin_ok
-- ==== legitimate update.sql
insert into utrtest values (2, 'bar')
  returning *, tableoid::regclass
-- ==== legitimate update.sql
update utrtest set b = b || b from (values (1), (2)) s(x) where a = s.x
  returning *, tableoid::regclass, xmin = pg_current_xact_id()::xid as xmin_ok
-- ==== legitimate update.sql
update utrtest set a = 3 - a from (values (1), (2)) s(x) where a = s.x
  returning *, tableoid::regclass, xmin = pg_current_xact_id()::xid as xmin_ok
-- ==== legitimate update.sql
update utrtest set a = 3 - a from (values (1), (2)) s(x) where a = s.x
  returning *, tableoid::regclass
-- ==== destructive update.sql
delete from utrtest
  returning *, tableoid::regclass, xmax = pg_current_xact_id()::xid as xmax_ok
-- ==== destructive update.sql
drop table utrtest
-- ==== legitimate update.sql
CREATE TABLE list_parted (a numeric, b int, c int8) PARTITION BY list (a)
-- ==== legitimate update.sql
CREATE TABLE sub_parted PARTITION OF list_parted for VALUES in (1) PARTITION BY list (b)
-- ==== legitimate update.sql
CREATE TABLE sub_part1(b int, c int8, a numeric)
-- ==== legitimate update.sql
CREATE TABLE sub_part2(b int, c int8, a numeric)
-- ==== legitimate update.sql
CREATE TABLE list_part1(a numeric, b int, c int8)
-- ==== legitimate update.sql
INSERT into list_parted VALUES (2,5,50)
-- ==== legitimate update.sql
INSERT into list_parted VALUES (3,6,60)
-- ==== legitimate update.sql
INSERT into sub_parted VALUES (1,1,60)
-- ==== legitimate update.sql
INSERT into sub_parted VALUES (1,2,10)
-- ==== legitimate update.sql
UPDATE sub_parted set a = 2 WHERE c = 10
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted WHERE a = 2 ORDER BY 1
-- ==== legitimate update.sql
UPDATE list_parted set b = c + a WHERE a = 2
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted WHERE a = 2 ORDER BY 1
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted ORDER BY 1, 2, 3, 4
-- ==== legitimate update.sql
UPDATE list_parted set c = 70 WHERE b  = 1
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted ORDER BY 1, 2, 3, 4
-- ==== destructive update.sql
DROP TRIGGER parted_mod_b ON sub_part1
-- ==== legitimate update.sql
UPDATE list_parted set b = 1 WHERE c = 70
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted ORDER BY 1, 2, 3, 4
-- ==== destructive update.sql
DROP TRIGGER trig_skip_delete ON sub_part2
-- ==== legitimate update.sql
UPDATE list_parted set b = 1 WHERE c = 70
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted ORDER BY 1, 2, 3, 4
-- ==== destructive update.sql
DROP FUNCTION func_parted_mod_b()
-- ==== legitimate update.sql
CREATE TABLE non_parted (id int)
-- ==== legitimate update.sql
INSERT into non_parted VALUES (1), (1), (1), (2), (2), (2), (3), (3), (3)
-- ==== legitimate update.sql
UPDATE list_parted t1 set a = 2 FROM non_parted t2 WHERE t1.a = t2.id and a = 1
-- ==== legitimate update.sql
SELECT tableoid::regclass::text, * FROM list_parted ORDER BY 1, 2, 3, 4
-- ==== destructive update.sql
DROP TABLE non_parted
-- ==== destructive update.sql
DROP TABLE list_parted
-- ==== legitimate update.sql
create table hash_parted (
	a int,
	b int
) partition by hash (a custom_opclass, b custom_opclass)
-- ==== legitimate update.sql
create table hpart1 partition of hash_parted for values with (modulus 2, remainder 1)
-- ==== legitimate update.sql
create table hpart2 partition of hash_parted for values with (modulus 4, remainder 2)
-- ==== legitimate update.sql
create table hpart3 partition of hash_parted for values with (modulus 8, remainder 0)
-- ==== legitimate update.sql
create table hpart4 partition of hash_parted for values with (modulus 8, remainder 4)
-- ==== legitimate update.sql
insert into hpart1 values (1, 1)
-- ==== legitimate update.sql
insert into hpart2 values (2, 5)
-- ==== legitimate update.sql
insert into hpart4 values (3, 4)
-- ==== legitimate update.sql
update hpart1 set a = 3, b=4 where a = 1
-- ==== legitimate update.sql
update hash_parted set b = b - 1 where b = 1
-- ==== legitimate update.sql
update hash_parted set b = b + 8 where b = 1
-- ==== destructive update.sql
drop table hash_parted
-- ==== destructive update.sql
drop operator class custom_opclass using hash
-- ==== destructive update.sql
drop function dummy_hashint4(a int4, seed int8)
