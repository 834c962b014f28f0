package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Functions with side effects outside the query: server file access, large-object import/export,
 * dblink, killing other sessions, server administration, SQL run from text, and {@code set_config}
 * of the settings that change identity or disable checks.
 */
final class DangerousFunction implements Rule {

  private static final String FILES = "reads, writes or lists files on the database server.";
  private static final String DBLINK =
      "runs SQL through another connection, out of the guard's sight.";
  private static final String SESSIONS = "stops other sessions' work.";
  private static final String ADMIN = "changes the state of the whole server.";
  private static final String SQL_TEXT = "executes SQL given as text, out of the guard's sight.";

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
          "standard_conforming_strings", "backslash_quote");

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
    int arg = at + 2;
    if (s.type(arg) != TokenType.STRING || s.type(arg + 1) != TokenType.COMMA) {
      return true;
    }
    return PROTECTED_SETTINGS.contains(s.stringValue(arg).trim().toLowerCase(Locale.ROOT));
  }
}
