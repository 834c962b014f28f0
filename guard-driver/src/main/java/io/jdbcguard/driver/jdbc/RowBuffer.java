package io.jdbcguard.driver.jdbc;

import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Wrapper;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetFactory;
import javax.sql.rowset.RowSetProvider;

/**
 * Reads a write's result set ({@code UPDATE ... RETURNING}, {@code DELETE ... RETURNING}) into
 * memory, counting its rows, so that the write can be measured (and rolled back) before the caller
 * sees it. At most {@code bound} rows are read: over the limit the write is refused anyway. The
 * copy is a JDK {@link CachedRowSet}; it answers the usual getters, but not {@code getObject(int,
 * Class)} for every type.
 */
final class RowBuffer {

  /** A copy of the first rows of a result set, and how many were read. */
  record Copy(ResultSet rows, long count) {}

  private RowBuffer() {}

  static Copy copy(ResultSet source, long bound) throws SQLException {
    Counting counting = new Counting(source, bound);
    CachedRowSet copy = Factory.INSTANCE.createCachedRowSet();
    copy.populate(counting);
    copy.beforeFirst();
    return new Copy(copy, counting.count);
  }

  /** What the rows a statement returns say about the rows it changed. */
  enum Returned {
    /** Each returned row is a changed row: a top-level UPDATE/DELETE/MERGE/INSERT ... RETURNING. */
    CHANGES,
    /** A read: it changed nothing, whatever it returns. */
    NOTHING_CHANGED,
    /** A data-modifying WITH whose outer query returns something else: the changes are unknown. */
    UNKNOWN
  }

  /** How to read {@code verdict}'s returned rows as changed rows. */
  static Returned returned(Verdict verdict) {
    boolean reads = !verdict.kinds().isEmpty();
    for (StatementKind kind : verdict.kinds()) {
      reads &= kind == StatementKind.QUERY;
    }
    if (reads) {
      return Returned.NOTHING_CHANGED;
    }
    if (verdict.kinds().size() != 1) {
      return Returned.UNKNOWN;
    }
    String fingerprint = verdict.fingerprint();
    int start = 0;
    while (start < fingerprint.length() && !Character.isLetter(fingerprint.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < fingerprint.length() && Character.isLetter(fingerprint.charAt(end))) {
      end++;
    }
    String first = fingerprint.substring(start, end);
    boolean dml =
        first.equalsIgnoreCase("UPDATE")
            || first.equalsIgnoreCase("DELETE")
            || first.equalsIgnoreCase("MERGE")
            || first.equalsIgnoreCase("INSERT")
            || first.equalsIgnoreCase("REPLACE");
    return dml ? Returned.CHANGES : Returned.UNKNOWN;
  }

  /** The JDK's row set factory, looked up once. */
  private static final class Factory {
    static final RowSetFactory INSTANCE = create();

    private static RowSetFactory create() {
      try {
        return RowSetProvider.newFactory();
      } catch (SQLException e) {
        throw new IllegalStateException("the JDK's javax.sql.rowset factory is missing", e);
      }
    }
  }

  /** Ends the result set after {@code bound} rows, counting the rows handed out. */
  private static final class Counting extends ForwardingResultSet {
    private final long bound;
    private long count;

    Counting(ResultSet delegate, long bound) {
      super(delegate);
      this.bound = bound;
    }

    @Override
    public boolean next() throws SQLException {
      if (count >= bound || !delegate().next()) {
        return false;
      }
      count++;
      return true;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return unwrapOrSelf(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return iface.isInstance(this);
    }
  }

  private static <T> T unwrapOrSelf(Wrapper self, Class<T> iface) throws SQLException {
    if (iface.isInstance(self)) {
      return iface.cast(self);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }
}
