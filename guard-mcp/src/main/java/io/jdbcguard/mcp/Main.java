package io.jdbcguard.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar guard-mcp-<version>-all.jar --url ...}: the MCP server on standard input and
 * output; {@code ... approve ...}: the driver's {@code approve} command (this jar carries the
 * PostgreSQL and MariaDB drivers).
 *
 * <p>Standard output belongs to the protocol: before anything else runs, {@code System.out} is
 * pointed at standard error, so nothing but MCP messages can reach the client on it.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("approve")) {
      io.jdbcguard.driver.cli.Main.main(args);
      return;
    }
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(stderr);
    ServerOptions options;
    try {
      options = ServerOptions.parse(Arrays.asList(args), System.getenv());
    } catch (ServerOptions.UsageException e) {
      stderr.println("guard-mcp: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    if (options.help()) {
      stderr.println(ServerOptions.USAGE);
      System.exit(0);
      return;
    }
    GuardedDatabase db = new GuardedDatabase(options, System::getenv);
    try {
      db.main();
    } catch (SQLException e) {
      if ("22023".equals(e.getSQLState())) {
        stderr.println("guard-mcp: " + e.getMessage());
        System.exit(2);
        return;
      }
      LOG.warn("cannot connect yet (SQLState {}): {}; tools will retry", e.getSQLState(), e.getMessage());
    }
    CountDownLatch inputEnded = new CountDownLatch(1);
    McpSyncServer server =
        new GuardMcpServer(db).start(new EndSignal(System.in, inputEnded), protocol, version());
    LOG.info("jdbc-guard MCP server ready ({} profile)", options.profile());
    inputEnded.await();
    try {
      server.closeGracefully();
    } finally {
      db.close();
    }
    System.exit(0);
  }

  static String version() {
    try (InputStream in =
        Main.class.getResourceAsStream("/META-INF/maven/io.jdbcguard/guard-mcp/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      // fall through
    }
    return "unknown";
  }

  /** Standard input that reports its end: the client closed the pipe, so the server stops. */
  private static final class EndSignal extends FilterInputStream {
    private final CountDownLatch ended;

    EndSignal(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      return signal(super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return signal(super.read(b, off, len));
    }

    private int signal(int n) {
      if (n < 0) {
        ended.countDown();
      }
      return n;
    }
  }
}
