package io.jdbcguard.rules.builtin;

/**
 * Patterns that match every string: LIKE / SIMILAR TO patterns made only of {@code %}, and regular
 * expressions that can match the empty string anywhere ({@code ''}, {@code '.*'}, {@code '^'},
 * {@code 'x*'}, {@code '(a|)'}) or, anchored at both ends, match any text ({@code '^.*$'}, {@code
 * '^(.*)$'}, {@code '^[\s\S]*$'}). The reading is deliberately small: a pattern it does not
 * understand is not called match-all.
 */
final class Patterns {

  private static final int MAX_LENGTH = 200;

  private Patterns() {}

  /** {@code '%'}, {@code '%%'}: a LIKE (or SIMILAR TO) pattern that matches any string. */
  static boolean likeMatchesAll(String pattern) {
    return pattern != null && !pattern.isEmpty() && pattern.chars().allMatch(ch -> ch == '%');
  }

  /** A POSIX / PCRE / ICU regular expression (as used by {@code ~}, REGEXP, RLIKE) matching any string. */
  static boolean regexMatchesAll(String pattern) {
    if (pattern == null || pattern.length() > MAX_LENGTH) {
      return false;
    }
    String p = pattern;
    while (p.startsWith("(?") && p.indexOf(')') > 0 && p.substring(2, p.indexOf(')')).matches("[a-zA-Z]*")) {
      p = p.substring(p.indexOf(')') + 1); // leading inline flags: (?i), (?s)
    }
    boolean start = false;
    boolean end = false;
    while (p.startsWith("^")) {
      start = true;
      p = p.substring(1);
    }
    while (p.endsWith("$") && !p.endsWith("\\$")) {
      end = true;
      p = p.substring(0, p.length() - 1);
    }
    Shape s = shape(p, 0);
    if (s == null) {
      return false;
    }
    return start && end ? s.universal : s.nullable;
  }

  /**
   * @param nullable the pattern can match the empty string
   * @param universal the pattern can match any string
   */
  private record Shape(boolean nullable, boolean universal) {}

  /** The shape of an alternation of sequences; null for anything not understood. */
  private static Shape shape(String p, int depth) {
    if (depth > 8) {
      return null;
    }
    boolean nullable = false;
    boolean universal = false;
    for (String branch : splitTopLevel(p)) {
      if (branch == null) {
        return null;
      }
      Shape s = sequence(branch, depth);
      if (s == null) {
        return null;
      }
      nullable |= s.nullable;
      universal |= s.universal;
    }
    return new Shape(nullable, universal);
  }

  /**
   * A sequence is nullable if every element is; universal if one element is and every element is
   * nullable (a universal element, {@code .*}, is nullable too).
   */
  private static Shape sequence(String p, int depth) {
    boolean nullable = true;
    boolean anyUniversal = false;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      int atomEnd;
      boolean atomAny; // the atom matches any single character
      Shape group = null;
      if (c == '(') {
        int close = matching(p, i);
        if (close < 0) {
          return null;
        }
        String inner = p.substring(i + 1, close);
        if (inner.startsWith("?:")) {
          inner = inner.substring(2);
        } else if (inner.startsWith("?")) {
          return null;
        }
        group = shape(inner, depth + 1);
        if (group == null) {
          return null;
        }
        atomEnd = close + 1;
        atomAny = false;
      } else if (c == '[') {
        int close = p.indexOf(']', i + 2);
        if (close < 0) {
          return null;
        }
        String set = p.substring(i + 1, close);
        atomAny = set.equals("\\s\\S") || set.equals("\\S\\s") || set.equals("\\w\\W")
            || set.equals("\\W\\w") || set.equals("\\d\\D") || set.equals("\\D\\d");
        atomEnd = close + 1;
      } else if (c == '\\') {
        if (i + 1 >= p.length()) {
          return null;
        }
        atomAny = false;
        atomEnd = i + 2;
      } else if (c == '.') {
        atomAny = true;
        atomEnd = i + 1;
      } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|'
          || c == '^' || c == '$') {
        return null;
      } else {
        atomAny = false;
        atomEnd = i + 1;
      }
      char q = atomEnd < p.length() ? p.charAt(atomEnd) : 0;
      boolean star = q == '*';
      boolean optional = star || q == '?';
      int next = atomEnd + (q == '*' || q == '+' || q == '?' ? 1 : 0);
      if (q == '{') {
        int close = p.indexOf('}', atomEnd);
        if (close < 0) {
          return null;
        }
        String range = p.substring(atomEnd + 1, close);
        optional = range.matches("0(,\\d*)?");
        star = range.equals("0,");
        next = close + 1;
      }
      if (next < p.length() && (p.charAt(next) == '?' || p.charAt(next) == '+')) {
        next++; // lazy or possessive quantifier: same strings
      }
      boolean elementUniversal = star && atomAny || group != null && group.universal;
      boolean elementNullable = optional || elementUniversal || group != null && group.nullable;
      nullable &= elementNullable;
      anyUniversal |= elementUniversal;
      i = next;
    }
    return new Shape(nullable, anyUniversal && nullable);
  }

  /** Splits at top-level {@code |}; a null element when parentheses do not balance. */
  private static java.util.List<String> splitTopLevel(String p) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int close = p.indexOf(']', i + 2);
        if (close < 0) {
          out.add(null);
          return out;
        }
        i = close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(p.substring(from, i));
        from = i + 1;
      }
    }
    out.add(depth == 0 ? p.substring(from) : null);
    return out;
  }

  /** Index of the parenthesis closing the one at {@code open}, or -1. */
  private static int matching(String p, int open) {
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int close = p.indexOf(']', i + 2);
        if (close < 0) {
          return -1;
        }
        i = close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
