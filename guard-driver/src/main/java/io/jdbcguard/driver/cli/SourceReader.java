package io.jdbcguard.driver.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an {@link InputSpec} as strict UTF-8; failures become one-line {@link IOException}s. */
final class SourceReader {

  private final InputStream stdin;

  SourceReader(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Reads one input.
   *
   * @throws IOException whose message is one line such as {@code cannot read 'x.sql': no such file}
   */
  Source read(InputSpec spec) throws IOException {
    if (spec instanceof InputSpec.Sql sql) {
      return new Source(spec.displayName(), sql.text());
    }
    if (spec instanceof InputSpec.Stdin) {
      try {
        return new Source(spec.displayName(), decode(stdin.readAllBytes()));
      } catch (IOException e) {
        throw new IOException("cannot read standard input: " + describe(e), e);
      }
    }
    String path = ((InputSpec.File) spec).path();
    try {
      Path file = Path.of(path);
      if (Files.isDirectory(file)) {
        throw new IOException("is a directory");
      }
      return new Source(spec.displayName(), decode(Files.readAllBytes(file)));
    } catch (IOException | InvalidPathException e) {
      throw new IOException("cannot read '" + path + "': " + describe(e), e);
    }
  }

  /** Strict UTF-8: a script in another encoding is an error, not silently mangled SQL. */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof InvalidPathException) {
      return "invalid path";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
