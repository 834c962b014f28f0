package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Suppression;
import io.jdbcguard.rules.assertions.ReportLines;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SARIF 2.1.0 document for code scanning, written at the end of the run. {@code tool.driver}
 * names the project ({@code informationUri}) and lists every rule that appears, in order of
 * appearance, with the rule's own description and help from the rules reference ({@link
 * RulesReference}), never a finding's text; each finding is a result ({@code error}
 * for a block or a dry run, {@code warning} for a warning) and each applied opt-out comment is a
 * {@code note} result with an {@code inSource} suppression carrying its reason. One result or rule
 * per line, so the document reads and diffs well; it is still one JSON value.
 */
final class SarifFormatter implements ResultFormatter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final PrintStream out;
  private final String version;

  /** The rule ids that appear, first seen first, with their index. */
  private final Map<String, Integer> rules = new LinkedHashMap<>();

  private final List<String> results = new ArrayList<>();

  SarifFormatter(PrintStream out, String version) {
    this.out = out;
    this.version = version;
  }

  @Override
  public void statement(StatementResult result) {
    for (Suppression s : result.suppressions()) {
      StringBuilder sb = begin(s.ruleId(), "note", ReportLines.optOutMessage(s), result);
      sb.append(",\"suppressions\":[{");
      Json.appendName(sb, "kind");
      Json.appendString(sb, "inSource").append(',');
      Json.appendName(sb, "justification");
      Json.appendString(sb, s.reason());
      results.add(sb.append("}]}").toString());
    }
    for (Finding f : result.verdict().findings()) {
      if (f.action() != Action.ALLOW) {
        String level = f.action() == Action.WARN ? "warning" : "error";
        results.add(
            begin(f.ruleId(), level, f.message(), result).append('}').toString());
      }
    }
  }

  /** A result object without its closing brace. */
  private StringBuilder begin(
      String ruleId, String level, String message, StatementResult result) {
    StringBuilder sb = new StringBuilder(256 + message.length()).append('{');
    Json.appendName(sb, "ruleId");
    Json.appendString(sb, ruleId).append(',');
    Json.appendName(sb, "ruleIndex").append(ruleIndex(ruleId)).append(',');
    Json.appendName(sb, "level");
    Json.appendString(sb, level).append(',');
    Json.appendName(sb, "message").append('{');
    Json.appendName(sb, "text");
    Json.appendString(sb, message).append('}');
    if (result.artifact() != null) {
      sb.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{");
      Json.appendName(sb, "uri");
      Json.appendString(sb, Artifacts.uri(result.artifact()));
      sb.append("},\"region\":{");
      Json.appendName(sb, "startLine").append(result.line());
      sb.append("}}}]");
    }
    return sb;
  }

  /** The rule's index in {@code rules}, adding it on first sight. */
  private int ruleIndex(String ruleId) {
    return rules.computeIfAbsent(ruleId, id -> rules.size());
  }

  @Override
  public void finish(Summary summary) {
    StringBuilder sb = new StringBuilder(1024).append('{');
    Json.appendName(sb, "$schema");
    Json.appendString(sb, SCHEMA).append(',');
    Json.appendName(sb, "version");
    Json.appendString(sb, "2.1.0").append(',');
    sb.append("\"runs\":[{\"tool\":{\"driver\":{");
    Json.appendName(sb, "name");
    Json.appendString(sb, "jdbc-guard").append(',');
    Json.appendName(sb, "version");
    Json.appendString(sb, version).append(',');
    Json.appendName(sb, "informationUri");
    Json.appendString(sb, RulesReference.INFORMATION_URI).append(',');
    sb.append("\"rules\":[");
    String separator = "\n";
    for (String id : rules.keySet()) {
      sb.append(separator);
      appendRule(sb, RulesReference.rule(id));
      separator = ",\n";
    }
    sb.append(rules.isEmpty() ? "" : "\n").append("]}},\"results\":[");
    separator = "\n";
    for (String result : results) {
      sb.append(separator).append(result);
      separator = ",\n";
    }
    sb.append(results.isEmpty() ? "" : "\n").append("]}]}");
    out.println(sb);
    out.flush();
  }

  /** A reportingDescriptor: the rule's generic descriptions and its section of the reference. */
  private static void appendRule(StringBuilder sb, RulesReference.Rule rule) {
    sb.append('{');
    Json.appendName(sb, "id");
    Json.appendString(sb, rule.id()).append(',');
    Json.appendName(sb, "name");
    Json.appendString(sb, name(rule.id())).append(',');
    Json.appendName(sb, "shortDescription").append('{');
    Json.appendName(sb, "text");
    Json.appendString(sb, rule.summary()).append("},");
    Json.appendName(sb, "fullDescription").append('{');
    Json.appendName(sb, "text");
    Json.appendString(sb, rule.description()).append("},");
    Json.appendName(sb, "helpUri");
    Json.appendString(sb, rule.helpUri()).append(',');
    Json.appendName(sb, "help").append('{');
    Json.appendName(sb, "text");
    Json.appendString(sb, rule.text()).append(',');
    Json.appendName(sb, "markdown");
    Json.appendString(sb, rule.markdown()).append("},");
    sb.append("\"properties\":{\"tags\":[\"sql\",\"jdbc-guard\"]}}");
  }

  /** The rule's name: its id in UpperCamelCase ({@code delete-without-where}: DeleteWithoutWhere). */
  static String name(String id) {
    StringBuilder name = new StringBuilder(id.length());
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
