package io.jdbcguard.driver.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Paths of checked files as GitHub annotations and SARIF want them. */
final class Artifacts {

  private static final String HEX = "0123456789ABCDEF";

  private Artifacts() {}

  /**
   * The file's path relative to {@code workDir} (a CI job runs in the repository's root), with
   * {@code /} separators and without {@code ./}; the normalised absolute path when the file lies
   * outside {@code workDir}. Symbolic links are not resolved: the path is the one that was walked.
   */
  static String path(Path file, Path workDir) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = workDir.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace(File.separatorChar, '/');
  }

  /**
   * A SARIF {@code artifactLocation.uri}: a relative path becomes a relative URI reference, each
   * character other than {@code A-Z a-z 0-9 - . _ ~ /} percent-encoded as UTF-8 ({@code my
   * file.sql} is {@code my%20file.sql}); an absolute path becomes a {@code file:} URI.
   */
  static String uri(String artifactPath) {
    Path path = Path.of(artifactPath);
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    StringBuilder sb = new StringBuilder(artifactPath.length() + 8);
    for (byte b : artifactPath.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
