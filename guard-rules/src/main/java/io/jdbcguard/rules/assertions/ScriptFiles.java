package io.jdbcguard.rules.assertions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Reads SQL scripts the one way the {@code check} command and the assertions both read them: strict
 * UTF-8 (a leading byte-order mark is dropped; other encodings are an error rather than silently
 * mangled SQL), with one-line error messages such as {@code cannot read 'x.sql': no such file}.
 */
public final class ScriptFiles {

  private ScriptFiles() {}

  /**
   * Reads one script.
   *
   * @throws IOException whose message is one line: {@code cannot read '<file>': <why>}
   */
  public static String read(Path file) throws IOException {
    try {
      if (Files.isDirectory(file)) {
        throw new IOException("is a directory");
      }
      return decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** Decodes strict UTF-8 and drops a leading byte-order mark. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code cannot read '<path>': <why>}, with the cause kept for debugging. */
  static IOException cannotRead(Path path, IOException cause) {
    return new IOException("cannot read '" + path + "': " + describe(cause), cause);
  }

  /** A few words for what went wrong: {@code no such file}, {@code permission denied}, ... */
  public static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
