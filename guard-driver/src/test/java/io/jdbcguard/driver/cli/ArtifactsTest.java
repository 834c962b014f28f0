package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtifactsTest {

  private static final Path WORK = Path.of("/work/repo");

  @Test
  void makesAPathInsideTheWorkingFolderRelative() {
    assertThat(Artifacts.path(Path.of("/work/repo/db/V1__a.sql"), WORK)).isEqualTo("db/V1__a.sql");
  }

  @Test
  void normalisesDotSegments() {
    Path relative = Path.of("./db/../db/V1__a.sql");

    assertThat(Artifacts.path(relative, Path.of("").toAbsolutePath())).isEqualTo("db/V1__a.sql");
  }

  @Test
  void keepsAPathOutsideTheWorkingFolderAbsolute() {
    assertThat(Artifacts.path(Path.of("/elsewhere/a.sql"), WORK)).isEqualTo("/elsewhere/a.sql");
    assertThat(Artifacts.path(Path.of("/work/repository/a.sql"), WORK))
        .isEqualTo("/work/repository/a.sql");
  }
}
