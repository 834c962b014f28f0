package io.jdbcguard.rules;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verdicts by exact SQL text, bounded. A hit is one {@link ConcurrentHashMap#get}. When full, an
 * insert first drops an arbitrary eighth of the entries: cheaper than LRU bookkeeping on every hit,
 * and a workload's hot statements come straight back.
 */
final class VerdictCache {

  /** Longer strings are not kept: they are rarely repeated and would pin memory. */
  static final int MAX_KEY_LENGTH = 64 * 1024;

  private final int capacity;
  private final ConcurrentHashMap<String, Verdict> map;
  private final AtomicInteger evicting = new AtomicInteger();

  VerdictCache(int capacity) {
    this.capacity = capacity;
    this.map = new ConcurrentHashMap<>(Math.min(capacity, 1024) * 2);
  }

  Verdict get(String sql) {
    return capacity == 0 ? null : map.get(sql);
  }

  void put(String sql, Verdict verdict) {
    if (capacity == 0 || sql.length() > MAX_KEY_LENGTH) {
      return;
    }
    if (map.size() >= capacity && evicting.compareAndSet(0, 1)) {
      try {
        int drop = Math.max(1, capacity / 8);
        for (Iterator<String> it = map.keySet().iterator(); it.hasNext() && drop > 0; drop--) {
          it.next();
          it.remove();
        }
      } finally {
        evicting.set(0);
      }
    }
    map.put(sql, verdict);
  }

  int size() {
    return map.size();
  }
}
