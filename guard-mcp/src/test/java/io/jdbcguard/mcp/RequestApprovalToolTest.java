package io.jdbcguard.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestApprovalToolTest {

  @Test
  void theCommandNeverCarriesAPassword() throws Exception {
    ServerOptions options =
        ServerOptions.parse(
            List.of("--url", "jdbc:postgresql://bob:pw@h:5432/db?password=x&currentSchema=s",
                "--user", "bob", "--password-env", "PW"),
            Map.of("PW", "secret"));
    String command =
        new RequestApprovalTool(new GuardedDatabase(options, Map::of)).command("apr-0123456789abcdef");
    assertThat(command)
        .contains(" approve --url 'jdbc:postgresql://h:5432/db?currentSchema=s'")
        .contains("--user 'bob'")
        .contains("--password-env PW")
        .endsWith("apr-0123456789abcdef")
        .doesNotContain("secret")
        .doesNotContain("pw@")
        .doesNotContain("password=");
  }

  @Test
  void sanitizesUserInformationAndPasswordParameters() {
    assertThat(RequestApprovalTool.sanitized("jdbc:mariadb://h:3306/db?user=a&password=b"))
        .isEqualTo("jdbc:mariadb://h:3306/db?user=a");
    assertThat(RequestApprovalTool.sanitized("jdbc:mariadb://h/db?password=b&useSsl=true"))
        .isEqualTo("jdbc:mariadb://h/db?useSsl=true");
    assertThat(RequestApprovalTool.sanitized("jdbc:postgresql://u:p@h/db")).isEqualTo("jdbc:postgresql://h/db");
    assertThat(RequestApprovalTool.sanitized("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
  }
}
