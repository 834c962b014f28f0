package io.jdbcguard.driver.cli;

/** The little JSON this package writes, by hand: string escaping is the only subtle part. */
final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /**
   * Appends {@code value} as a JSON string. Quotes, backslashes and control characters are escaped,
   * and so is everything outside ASCII (a character outside the BMP becomes its UTF-16 surrogate
   * pair, {@code \ud83d\ude00}), so the output survives any console encoding.
   */
  static StringBuilder appendString(StringBuilder sb, String value) {
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20 || c >= 0x7f) {
            sb.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"');
  }

  /** Appends {@code "name":} to an object being written. */
  static StringBuilder appendName(StringBuilder sb, String name) {
    return appendString(sb, name).append(':');
  }
}
