package io.jdbcguard.rules.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFilesTest {

  @TempDir Path dir;

  @Test
  void readsUtf8AndDropsALeadingByteOrderMark() throws IOException {
    Path file = Files.writeString(dir.resolve("a.sql"), "\uFEFFSELECT 'caf\u00e9';");

    assertThat(ScriptFiles.read(file)).isEqualTo("SELECT 'caf\u00e9';");
  }

  @Test
  void refusesAFileThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.sql");
    Files.write(file, "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ScriptFiles.read(file))
        .hasMessage("cannot read '" + file + "': not valid UTF-8");
  }

  @Test
  void namesAMissingFileAndAFolderInOneLine() {
    assertThatThrownBy(() -> ScriptFiles.read(dir.resolve("x.sql")))
        .hasMessage("cannot read '" + dir.resolve("x.sql") + "': no such file");
    assertThatThrownBy(() -> ScriptFiles.read(dir))
        .hasMessage("cannot read '" + dir + "': is a directory");
  }

  @Test
  void describesEachKindOfProblemInAFewWords() {
    assertThat(ScriptFiles.describe(new AccessDeniedException("x"))).isEqualTo("permission denied");
    assertThat(ScriptFiles.describe(new FileSystemLoopException("x")))
        .isEqualTo("symbolic link loop");
    assertThat(ScriptFiles.describe(new NoSuchFileException("x"))).isEqualTo("no such file");
    assertThat(ScriptFiles.describe(new IOException("first line\nsecond"))).isEqualTo("first line");
    assertThat(ScriptFiles.describe(new IOException())).isEqualTo("IOException");
  }
}
