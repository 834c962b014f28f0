package io.jdbcguard.rules.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationOrderTest {

  @TempDir Path dir;

  @Test
  void ordersVersionedMigrationsByTheirNumericVersionParts() throws IOException {
    touch("V10__ten.sql", "V2__two.sql", "V1_1__one_one.sql", "V1__one.sql", "V1.10__x.sql");
    touch("V1.2__one_two.sql", "V1.1.5__a.sql");

    assertThat(names(MigrationOrder.sqlFiles(dir)))
        .containsExactly(
            "V1__one.sql",
            "V1_1__one_one.sql",
            "V1.1.5__a.sql",
            "V1.2__one_two.sql",
            "V1.10__x.sql",
            "V2__two.sql",
            "V10__ten.sql");
  }

  @Test
  void putsRepeatablesAfterVersionedByNameAndOtherScriptsLast() throws IOException {
    touch("changelog.sql", "R__views.sql", "V3__c.sql", "R__functions.sql", "V1__a.sql");

    assertThat(names(MigrationOrder.sqlFiles(dir)))
        .containsExactly(
            "V1__a.sql", "V3__c.sql", "R__functions.sql", "R__views.sql", "changelog.sql");
  }

  @Test
  void ordersVersionedMigrationsByVersionWhateverFolderTheyAreIn() throws IOException {
    touch("b/V1__first.sql", "a/V2__second.sql", "V3__third.sql");

    assertThat(relative(MigrationOrder.sqlFiles(dir)))
        .containsExactly("b/V1__first.sql", "a/V2__second.sql", "V3__third.sql");
  }

  @Test
  void ordersOtherScriptsInNaturalPathOrderFolderByFolder() throws IOException {
    touch("10_index.sql", "2_data.sql", "1_schema.sql", "sub/0_early.sql", "Seed.sql", "a.sql");

    assertThat(relative(MigrationOrder.sqlFiles(dir)))
        .containsExactly(
            "1_schema.sql", "2_data.sql", "10_index.sql", "a.sql", "Seed.sql", "sub/0_early.sql");
  }

  @Test
  void takesOnlySqlFilesIgnoringTheCaseOfTheSuffix() throws IOException {
    touch("a.sql", "B.SQL", "notes.txt", "sql", "c.sql.bak", "d/e.Sql");

    assertThat(relative(MigrationOrder.sqlFiles(dir))).containsExactly("a.sql", "B.SQL", "d/e.Sql");
  }

  @Test
  void treatsNamesThatOnlyLookVersionedAsOtherScripts() throws IOException {
    touch("V1_init.sql", "v2__lower.sql", "V1a__x.sql", "V__none.sql", "V5__real.sql");

    assertThat(names(MigrationOrder.sqlFiles(dir))).first().isEqualTo("V5__real.sql");
    assertThat(names(MigrationOrder.sqlFiles(dir))).hasSize(5);
  }

  @Test
  void breaksTiesBetweenEqualVersionsByPath() throws IOException {
    touch("b/V1__x.sql", "a/V1.0__y.sql", "V01__z.sql");

    assertThat(relative(MigrationOrder.sqlFiles(dir)))
        .containsExactly("a/V1.0__y.sql", "b/V1__x.sql", "V01__z.sql");
  }

  @Test
  void comparatorGivesTheSameOrderForAnyStartingOrder() {
    List<Path> expected =
        List.of(
            Path.of("V1__a.sql"),
            Path.of("V1.1__b.sql"),
            Path.of("V2__c.sql"),
            Path.of("V10__d.sql"),
            Path.of("R__a.sql"),
            Path.of("R__b.sql"),
            Path.of("001-init.sql"),
            Path.of("changes", "2.sql"),
            Path.of("changes", "10.sql"));
    for (long seed = 0; seed < 20; seed++) {
      List<Path> shuffled = new ArrayList<>(expected);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      shuffled.sort(MigrationOrder.comparator());
      assertThat(shuffled).isEqualTo(expected);
    }
  }

  @Test
  void naturalOrderComparesNumbersByValueAndLettersIgnoringCaseYetIsTotal() {
    assertThat(NaturalOrder.compare("file2", "file10")).isNegative();
    assertThat(NaturalOrder.compare("File2", "file10")).isNegative();
    assertThat(NaturalOrder.compare("a", "B")).isNegative();
    assertThat(NaturalOrder.compare("01", "1")).isNotZero();
    assertThat(NaturalOrder.compare("A", "a")).isNotZero();
    assertThat(NaturalOrder.compare("x", "x.sql")).isNegative();
    assertThat(NaturalOrder.compare("99999999999999999999999", "100000000000000000000000"))
        .isNegative();
  }

  @Test
  void readsTheVersionOfAVersionedMigration() {
    assertThat(MigrationOrder.version("V2024_01_15.3__x.sql"))
        .containsExactly(
            BigInteger.valueOf(2024),
            BigInteger.ONE,
            BigInteger.valueOf(15),
            BigInteger.valueOf(3));
    assertThat(MigrationOrder.version("V99999999999999999999__big.sql"))
        .containsExactly(new BigInteger("99999999999999999999"));
  }

  @Test
  void returnsNothingForAFolderWithoutSqlFiles() throws IOException {
    touch("README.md");

    assertThat(MigrationOrder.sqlFiles(dir)).isEmpty();
  }

  @Test
  void failsWithOneLineForAMissingFolder() {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> MigrationOrder.sqlFiles(missing))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read '" + missing + "': no such file");
  }

  @Test
  void failsWithOneLineForAFileInsteadOfAFolder() throws IOException {
    touch("a.sql");

    assertThatThrownBy(() -> MigrationOrder.sqlFiles(dir.resolve("a.sql")))
        .hasMessage("cannot read '" + dir.resolve("a.sql") + "': not a directory");
  }

  @Test
  void failsWithOneLineForASymbolicLinkLoop() throws IOException {
    touch("sub/V1__a.sql");
    Path link = Files.createSymbolicLink(dir.resolve("sub/back"), dir);

    assertThatThrownBy(() -> MigrationOrder.sqlFiles(dir))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read '" + link + "': symbolic link loop");
  }

  @Test
  void followsSymbolicLinksToFoldersOutsideTheTree(@TempDir Path other) throws IOException {
    Files.writeString(other.resolve("V2__shared.sql"), "SELECT 1;");
    touch("V1__own.sql");
    Files.createSymbolicLink(dir.resolve("shared"), other);

    assertThat(relative(MigrationOrder.sqlFiles(dir)))
        .containsExactly("V1__own.sql", "shared/V2__shared.sql");
  }

  @Test
  void keepsABrokenSymbolicLinkSoThatReadingItReportsTheProblem() throws IOException {
    Files.createSymbolicLink(dir.resolve("V1__gone.sql"), dir.resolve("missing.sql"));

    List<Path> files = MigrationOrder.sqlFiles(dir);

    assertThat(names(files)).containsExactly("V1__gone.sql");
    assertThatThrownBy(() -> ScriptFiles.read(files.get(0)))
        .hasMessage("cannot read '" + files.get(0) + "': no such file");
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "SELECT 1;\n");
    }
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toList());
  }

  private List<String> relative(List<Path> files) {
    return files.stream()
        .map(f -> dir.relativize(f).toString().replace('\\', '/'))
        .collect(Collectors.toList());
  }
}
