package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

  private static String json(String value) {
    return Json.appendString(new StringBuilder(), value).toString();
  }

  @Test
  void escapesQuotesAndBackslashes() {
    assertThat(json("say \"hi\" \\o/")).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
  }

  @Test
  void escapesEveryControlCharacter() {
    assertThat(json("a\nb\r\tc\b\f\u0000\u001f\u007f"))
        .isEqualTo("\"a\\nb\\r\\tc\\b\\f\\u0000\\u001f\\u007f\"");
  }

  @Test
  void writesACharacterOutsideTheBmpAsItsSurrogatePair() {
    assertThat(json("\uD83D\uDE00")).isEqualTo("\"\\ud83d\\ude00\"");
  }

  @Test
  void writesPureAsciiForAnyText() {
    String text = "caf\u00e9 \u2028 \u65e5\u672c \uD83D\uDE00 DROP";

    String written = json(text);

    assertThat(written).matches("[\\x20-\\x7e]+");
    assertThat(MiniJson.parse(written)).isEqualTo(text);
  }

  @Test
  void survivesARoundTripOfEveryBmpCharacter() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    String text = all.toString();

    assertThat(MiniJson.parse(json(text))).isEqualTo(text);
  }
}
