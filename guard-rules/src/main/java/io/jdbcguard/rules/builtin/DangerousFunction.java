package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Functions with side effects outside the query: server file access, large-object import/export
 * and in-place changes ({@code lo_put}, {@code lowrite}, {@code lo_truncate}, {@code lo_unlink}),
 * dblink, killing other sessions, replication slots and origins, statistics resets, server
 * administration, SQL run from text, and {@code set_config} of the settings that change identity,
 * disable checks or change how strings are read.
 */
final class DangerousFunction implements Rule {

  private static final String FILES = "reads, writes or lists files on the database server.";
  private static final String DBLINK =
      "runs SQL through another connection, out of the guard's sight.";
  private static final String SESSIONS = "stops other sessions' work.";
  private static final String ADMIN = "changes the state of the whole server.";
  private static final String SQL_TEXT = "executes SQL given as text, out of the guard's sight.";
  private static final String LARGE_OBJECT =
      "changes or deletes a large object in place, which no WHERE, row count or row limit shows.";
  private static final String REPLICATION =
      "creates, moves or consumes a replication slot or origin: a slot holds back the server's"
          + " write-ahead log until the disk fills, and consuming one loses changes a replica needs.";
  private static final String STATISTICS =
      "erases the server's statistics that monitoring, autovacuum and the people looking after"
          + " the database rely on.";

  private static final Map<String, String> FUNCTIONS =
      Map.ofEntries(
          Map.entry("pg_read_file", FILES),
          Map.entry("pg_read_binary_file", FILES),
          Map.entry("pg_ls_dir", FILES),
          Map.entry("pg_ls_logdir", FILES),
          Map.entry("pg_ls_waldir", FILES),
          Map.entry("pg_ls_tmpdir", FILES),
          Map.entry("pg_ls_archive_statusdir", FILES),
          Map.entry("pg_stat_file", FILES),
          Map.entry("pg_file_write", FILES),
          Map.entry("pg_file_rename", FILES),
          Map.entry("pg_file_unlink", FILES),
          Map.entry("pg_file_sync", FILES),
          Map.entry("pg_logdir_ls", FILES),
          Map.entry("lo_import", FILES),
          Map.entry("lo_export", FILES),
          Map.entry("lo_unlink", "deletes a large object permanently."),
          Map.entry("lo_put", LARGE_OBJECT),
          Map.entry("lowrite", LARGE_OBJECT),
          Map.entry("lo_write", LARGE_OBJECT),
          Map.entry("lo_truncate", LARGE_OBJECT),
          Map.entry("lo_truncate64", LARGE_OBJECT),
          Map.entry("pg_create_physical_replication_slot", REPLICATION),
          Map.entry("pg_create_logical_replication_slot", REPLICATION),
          Map.entry("pg_copy_physical_replication_slot", REPLICATION),
          Map.entry("pg_copy_logical_replication_slot", REPLICATION),
          Map.entry("pg_replication_slot_advance", REPLICATION),
          Map.entry("pg_logical_slot_get_changes", REPLICATION),
          Map.entry("pg_logical_slot_get_binary_changes", REPLICATION),
          Map.entry("pg_replication_origin_create", REPLICATION),
          Map.entry("pg_replication_origin_advance", REPLICATION),
          Map.entry("pg_replication_origin_session_setup", REPLICATION),
          Map.entry("pg_stat_statements_reset", STATISTICS),
          Map.entry("pg_create_restore_point", ADMIN),
          Map.entry("pg_wal_replay_pause", ADMIN),
          Map.entry("pg_wal_replay_resume", ADMIN),
          Map.entry("pg_backup_start", ADMIN),
          Map.entry("pg_backup_stop", ADMIN),
          Map.entry("pg_start_backup", ADMIN),
          Map.entry("pg_stop_backup", ADMIN),
          Map.entry("load_file", FILES),
          Map.entry("dblink", DBLINK),
          Map.entry("dblink_exec", DBLINK),
          Map.entry("dblink_open", DBLINK),
          Map.entry("dblink_send_query", DBLINK),
          Map.entry("dblink_connect", DBLINK),
          Map.entry("dblink_connect_u", DBLINK),
          Map.entry("pg_terminate_backend", SESSIONS),
          Map.entry("pg_cancel_backend", SESSIONS),
          Map.entry("pg_reload_conf", ADMIN),
          Map.entry("pg_rotate_logfile", ADMIN),
          Map.entry("pg_promote", ADMIN),
          Map.entry("pg_switch_wal", ADMIN),
          Map.entry("pg_drop_replication_slot", ADMIN),
          Map.entry("pg_replication_origin_drop", ADMIN),
          Map.entry("query_to_xml", SQL_TEXT),
          Map.entry("query_to_xml_and_xmlschema", SQL_TEXT),
          Map.entry("query_to_xmlschema", SQL_TEXT),
          Map.entry("sys_exec", "runs a shell command on the database server."),
          Map.entry("sys_eval", "runs a shell command on the database server."));

  /**
   * Settings that {@code set_config} must not change: identity, trigger bypass, and the string
   * syntax the guard's lexer relies on.
   */
  private static final Set<String> PROTECTED_SETTINGS =
      Set.of("role", "session_authorization", "session_replication_role",
          "standard_conforming_strings", "backslash_quote", "client_encoding");

  @Override
  public String id() {
    return "dangerous-function";
  }

  @Override
  public void check(StatementContext s, Report report) {
    FunctionCalls.forEach(
        s,
        (name, at) -> {
          String why = FUNCTIONS.get(name);
          if (why == null && name.startsWith("pg_stat_reset")) {
            why = STATISTICS; // pg_stat_reset, _shared, _single_table_counters, _slru, ...
          }
          if (why == null && name.equals("set_config") && setsProtected(s, at)) {
            why = "changes the session's role, disables triggers and foreign keys, or changes how strings are read.";
          }
          if (why != null) {
            report.add(
                FunctionCalls.callText(s, at),
                name + "() " + why,
                "Do this outside the database session, or ask a human administrator.");
          }
        });
  }

  /** {@code set_config('role', ...)}; a name that is not a literal could be anything. */
  private static boolean setsProtected(StatementContext s, int at) {
    int arg = FunctionCalls.openParen(s, at) + 1;
    if (s.type(arg) != TokenType.STRING || s.type(arg + 1) != TokenType.COMMA) {
      return true;
    }
    return PROTECTED_SETTINGS.contains(s.stringValue(arg).trim().toLowerCase(Locale.ROOT));
  }
}
