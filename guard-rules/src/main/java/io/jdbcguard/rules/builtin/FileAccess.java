package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * MySQL/MariaDB server file access: {@code SELECT ... INTO OUTFILE / DUMPFILE} and {@code LOAD DATA
 * [LOCAL] INFILE} / {@code LOAD XML}.
 */
final class FileAccess implements Rule {

  @Override
  public String id() {
    return "file-access";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "LOAD", "DATA") || Keywords.startsWith(s, "LOAD", "XML")) {
      report.add(
          Keywords.head(s, 6),
          "LOAD DATA / LOAD XML reads files from the server or the client machine straight into a"
              + " table.",
          "Insert the rows with INSERT statements (a JDBC batch) from data your program has read.");
      return;
    }
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.isWord(i, "INTO") && (s.isWord(i + 1, "OUTFILE") || s.isWord(i + 1, "DUMPFILE"))) {
        report.add(
            s.slice(i, Math.min(i + 2, s.size() - 1)),
            "SELECT ... INTO OUTFILE/DUMPFILE writes files on the database server.",
            "Read the rows through JDBC and write the file from your program.");
        return;
      }
    }
  }
}
