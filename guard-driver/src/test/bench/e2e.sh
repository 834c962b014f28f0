#!/bin/sh
# End-to-end benchmark (docs/performance.md): raw pgjdbc vs the guard's defaults vs the row limit
# off, through HikariCP on the local PostgreSQL. Arguments: seconds per run, rounds, threads.
# JDBC_GUARD_PG_URL, JDBC_GUARD_PG_USER, JDBC_GUARD_PG_PASSWORD override the server.
set -e
cd "$(dirname "$0")/../../.."
./mvnw -q -B -ntp -pl guard-driver -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >/dev/null
exec java -cp "guard-driver/target/test-classes:guard-driver/target/classes:guard-rules/target/classes:$(cat guard-driver/target/test.classpath)" \
  io.jdbcguard.driver.bench.EndToEndBenchmark "$@"
