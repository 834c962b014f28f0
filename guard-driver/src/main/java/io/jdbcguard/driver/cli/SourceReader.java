package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.assertions.MigrationOrder;
import io.jdbcguard.rules.assertions.ScriptFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@link InputSpec} as strict UTF-8; a folder becomes its {@code .sql} files in {@link
 * MigrationOrder migration order}. Failures become one-line {@link IOException}s.
 */
final class SourceReader {

  private final InputStream stdin;
  private final Path workDir;

  /**
   * @param stdin read for {@code -}
   * @param workDir the folder that report paths for code scanning are made relative to
   */
  SourceReader(InputStream stdin, Path workDir) {
    this.stdin = stdin;
    this.workDir = workDir;
  }

  /**
   * Reads one input: one source, or one per {@code .sql} file of a folder.
   *
   * @throws IOException whose message is one line such as {@code cannot read 'x.sql': no such file}
   *     or {@code no .sql files under 'db'}
   */
  List<Source> read(InputSpec spec) throws IOException {
    if (spec instanceof InputSpec.Sql sql) {
      return List.of(new Source(spec.displayName(), sql.text(), null));
    }
    if (spec instanceof InputSpec.Stdin) {
      try {
        return List.of(
            new Source(spec.displayName(), ScriptFiles.decode(stdin.readAllBytes()), null));
      } catch (IOException e) {
        throw new IOException("cannot read standard input: " + ScriptFiles.describe(e), e);
      }
    }
    String name = ((InputSpec.File) spec).path();
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new IOException("cannot read '" + name + "': invalid path", e);
    }
    if (!Files.isDirectory(path)) {
      return List.of(file(path, name));
    }
    List<Path> files = MigrationOrder.sqlFiles(path);
    if (files.isEmpty()) {
      throw new IOException("no .sql files under '" + name + "'");
    }
    List<Source> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      sources.add(file(file, file.toString()));
    }
    return sources;
  }

  private Source file(Path file, String name) throws IOException {
    return new Source(name, ScriptFiles.read(file), Artifacts.path(file, workDir));
  }
}
