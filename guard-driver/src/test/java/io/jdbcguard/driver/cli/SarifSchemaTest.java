package io.jdbcguard.driver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code check --format sarif} report of a real run is valid against the OASIS SARIF 2.1.0
 * schema (src/test/resources/sarif, errata 01) and meets what GitHub code scanning requires of an
 * upload: a driver name and informationUri; per rule an id, a name, a short and a full description
 * (at most 1024 characters, the rule's own text, not a finding's) and help in text and markdown;
 * per result a rule id with its index, a level, a message and exactly one physical location with a
 * relative URI and a start line.
 */
class SarifSchemaTest {

  private static Schema schema;

  @BeforeAll
  static void loadTheSchema() throws Exception {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  /**
   * The report for a migrations folder named by a relative path, as {@code check} is run from a
   * repository's root in CI ({@code dir} is under the working directory).
   */
  private static String report(Path dir) throws Exception {
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.writeString(db.resolve("V1__orders.sql"), "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT);\n");
    Files.writeString(db.resolve("V2__cleanup.sql"),
        "DELETE FROM orders WHERE user_id = NULL;\nUPDATE orders SET user_id = 1;\nTRUNCATE orders;\n"
            + "-- jdbc-guard:allow drop-object the legacy table is unused, reviewed in PR 7\nDROP TABLE legacy_orders;\n");
    Path relative = Path.of("").toAbsolutePath().relativize(db.toAbsolutePath());
    CliRun run = CliRun.of("check", "--dialect", "postgres", "--format", "sarif", relative.toString());
    assertThat(run.status()).isEqualTo(1);
    return run.out();
  }

  @Test
  void aRealReportIsValidSarif210(@TempDir(cleanup = CleanupMode.ALWAYS) Path dir) throws Exception {
    List<Error> errors = schema.validate(report(dir), InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatIsNotSarif() {
    List<Error> errors =
        schema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}", InputFormat.JSON);

    assertThat(errors).isNotEmpty(); // driver.name is required
    assertThat(schema.validate("{\"version\":\"2.0.0\",\"runs\":[]}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void meetsGithubCodeScanningsRequirements() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "sarif-github"));
    Map<String, Object> sarif = MiniJson.parseObject(report(dir));
    Map<String, Object> run = (Map<String, Object>) ((List<Object>) sarif.get("runs")).get(0);
    Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");

    assertThat(driver.get("name")).isEqualTo("jdbc-guard");
    assertThat(URI.create((String) driver.get("informationUri")).isAbsolute()).isTrue();
    List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
    assertThat(rules).extracting(r -> r.get("id"))
        .contains("null-comparison", "update-without-where", "truncate", "drop-object")
        .doesNotHaveDuplicates();
    for (Map<String, Object> rule : rules) {
      String id = (String) rule.get("id");
      assertThat(RulesReference.documents(id)).as(id + " is in docs/rules.md").isTrue();
      assertThat((String) rule.get("name")).as(id).matches("[A-Z][A-Za-z0-9]+");
      String shortText = text(rule, "shortDescription");
      String fullText = text(rule, "fullDescription");
      assertThat(shortText).as(id).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      assertThat(fullText).as(id).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      // generic: about the rule, not about this report's tables
      assertThat(shortText + fullText).as(id).doesNotContain("orders");
      Map<String, Object> help = (Map<String, Object>) rule.get("help");
      assertThat((String) help.get("text")).as(id).isNotBlank();
      assertThat((String) help.get("markdown")).as(id).isNotBlank().doesNotContain("](profiles.md");
      assertThat(URI.create((String) rule.get("helpUri")).isAbsolute()).isTrue();
    }

    List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
    assertThat(results).isNotEmpty();
    for (Map<String, Object> result : results) {
      String ruleId = (String) result.get("ruleId");
      int index = ((Long) result.get("ruleIndex")).intValue();
      assertThat(rules.get(index).get("id")).isEqualTo(ruleId);
      assertThat(Set.of("none", "note", "warning", "error")).contains((String) result.get("level"));
      assertThat(text(result, "message")).isNotBlank();
      List<Map<String, Object>> locations = (List<Map<String, Object>>) result.get("locations");
      assertThat(locations).hasSize(1);
      Map<String, Object> physical = (Map<String, Object>) locations.get(0).get("physicalLocation");
      String uri = (String) ((Map<String, Object>) physical.get("artifactLocation")).get("uri");
      assertThat(URI.create(uri).isAbsolute()).as(uri).isFalse();
      assertThat((Long) ((Map<String, Object>) physical.get("region")).get("startLine")).isPositive();
    }
  }

  @Test
  void everyRuleSectionOfTheReferenceGivesGenericTexts() {
    for (String id : List.of("delete-without-where", "where-always-true", "row-limit", "index-without-concurrently")) {
      RulesReference.Rule rule = RulesReference.rule(id);
      assertThat(RulesReference.documents(id)).as(id).isTrue();
      assertThat(rule.summary()).as(id).endsWith(".").hasSizeLessThan(rule.description().length() + 2);
      assertThat(rule.markdown()).as(id).doesNotContain("\n## ");
    }
  }

  @SuppressWarnings("unchecked")
  private static String text(Map<String, Object> owner, String key) {
    return (String) ((Map<String, Object>) owner.get(key)).get("text");
  }
}
