package io.jdbcguard.rules.assertions;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which the {@code check} command and {@link SqlAssertions#assertAllScriptsPass} take
 * the {@code .sql} files under a folder: the order a migration tool would run them in.
 *
 * <ol>
 *   <li>Flyway versioned migrations, {@code V<version>__<description>.sql}, by version: the version
 *       is split at {@code .} and {@code _} and compared part by part as numbers, a missing part
 *       counting as 0 ({@code V1 < V1.1 < V1_2 < V2 < V10}).
 *   <li>Flyway repeatable migrations, {@code R__<description>.sql}, by file name.
 *   <li>Every other {@code .sql} file (Liquibase SQL changesets, plain scripts) in natural path
 *       order: folder by folder, names compared with runs of digits as numbers ({@code 2_x.sql <
 *       10_x.sql}) and letters ignoring case.
 * </ol>
 *
 * Ties (two files with the same version, or the same name in different folders) are broken by the
 * natural order of their paths, so the order never depends on the file system.
 */
public final class MigrationOrder {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*");
  private static final Pattern REPEATABLE = Pattern.compile("R__.*");

  private MigrationOrder() {}

  /**
   * Every {@code .sql} file under {@code folder} (any depth, following symbolic links; the suffix
   * is matched ignoring case), in migration order. Each path is {@code folder.resolve(relative)}.
   *
   * @return the files; empty when there are none
   * @throws IOException whose message is one line, e.g. {@code cannot read 'db/loop': symbolic link
   *     loop}, {@code cannot read 'db': no such file} or {@code cannot read 'a.sql': not a
   *     directory}
   */
  public static List<Path> sqlFiles(Path folder) throws IOException {
    if (Files.isRegularFile(folder)) {
      throw ScriptFiles.cannotRead(folder, new NotDirectoryException(folder.toString()));
    }
    List<Path> relative = new ArrayList<>();
    Files.walkFileTree(
        folder,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // a symbolic link shows up here only when its target is missing: keep it, so that
            // reading it reports the broken link instead of skipping the script silently
            if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && isSql(file)) {
              relative.add(folder.relativize(file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            // a missing or unreadable folder, an unreadable subfolder, a symbolic link loop
            throw ScriptFiles.cannotRead(file, e);
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) { // the folder failed while being listed
              throw ScriptFiles.cannotRead(dir, e);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    relative.sort(comparator());
    List<Path> files = new ArrayList<>(relative.size());
    for (Path r : relative) {
      files.add(folder.resolve(r));
    }
    return files;
  }

  /** True for a file name ending in {@code .sql}, ignoring case. */
  public static boolean isSql(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".sql");
  }

  /** Migration order for paths relative to the folder being walked. */
  public static Comparator<Path> comparator() {
    return Comparator.comparingInt(MigrationOrder::group)
        .thenComparing(MigrationOrder::compareWithinGroup)
        .thenComparing(MigrationOrder::comparePaths);
  }

  /** 0 versioned, 1 repeatable, 2 anything else. */
  private static int group(Path file) {
    String name = fileName(file);
    if (VERSIONED.matcher(name).matches()) {
      return 0;
    }
    return REPEATABLE.matcher(name).matches() ? 1 : 2;
  }

  private static int compareWithinGroup(Path a, Path b) {
    switch (group(a)) {
      case 0:
        return compareVersions(version(fileName(a)), version(fileName(b)));
      case 1:
        return NaturalOrder.compare(fileName(a), fileName(b));
      default:
        return 0;
    }
  }

  /** Natural path order: name by name from the top; a path that is a prefix of the other first. */
  private static int comparePaths(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = NaturalOrder.compare(a.getName(i).toString(), b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  }

  /** The numeric parts of a versioned migration's version: {@code V1_2__x.sql} is [1, 2]. */
  static List<BigInteger> version(String fileName) {
    Matcher m = VERSIONED.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a versioned migration: " + fileName);
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : m.group(1).split("[._]")) {
      parts.add(new BigInteger(part));
    }
    return parts;
  }

  private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString();
  }
}
