package io.jdbcguard.rules;

import java.util.regex.Pattern;

/** MySQL spellings JSqlParser does not read, turned into equivalent ones it does. */
final class MysqlSyntax {

  /** {@code SELECT ... LOCK IN SHARE MODE} is the old spelling of {@code FOR SHARE}. */
  private static final Pattern LOCK_IN_SHARE_MODE =
      Pattern.compile("\\s+LOCK\\s+IN\\s+SHARE\\s+MODE\\s*$", Pattern.CASE_INSENSITIVE);

  private MysqlSyntax() {}

  static String normalize(String parserText) {
    if (parserText.length() > 20 && parserText.regionMatches(true, parserText.length() - 4, "MODE", 0, 4)) {
      return LOCK_IN_SHARE_MODE.matcher(parserText).replaceFirst(" FOR SHARE");
    }
    return parserText;
  }
}
