package io.jdbcguard.rules.assertions;

/**
 * Compares names the way people number files: runs of digits by their value ({@code 2 < 10}),
 * everything else ignoring case. Names that are still equal fall back to plain string order, so the
 * order is total ({@code 01 < 1}, {@code A < a}).
 */
final class NaturalOrder {

  private NaturalOrder() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int c = compareNumbers(a.substring(i, endA), b.substring(j, endB));
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else {
        int c =
            Character.compare(
                Character.toLowerCase(Character.toUpperCase(x)),
                Character.toLowerCase(Character.toUpperCase(y)));
        if (c != 0) {
          return c;
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /** By value: leading zeros stripped, then the longer number is larger, then digit by digit. */
  private static int compareNumbers(String a, String b) {
    String x = stripZeros(a);
    String y = stripZeros(b);
    int c = Integer.compare(x.length(), y.length());
    return c != 0 ? c : x.compareTo(y);
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
