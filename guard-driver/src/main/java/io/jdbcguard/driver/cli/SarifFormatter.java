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
 * lists every rule that appears, in order of appearance; each finding is a result ({@code error}
 * for a block or a dry run, {@code warning} for a warning) and each applied opt-out comment is a
 * {@code note} result with an {@code inSource} suppression carrying its reason. One result or rule
 * per line, so the document reads and diffs well; it is still one JSON value.
 */
final class SarifFormatter implements ResultFormatter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final PrintStream out;
  private final String version;

  /** Rule id to its short description (empty until a finding supplies one), first seen first. */
  private final Map<String, String> rules = new LinkedHashMap<>();

  private final List<String> results = new ArrayList<>();

  SarifFormatter(PrintStream out, String version) {
    this.out = out;
    this.version = version;
  }

  @Override
  public void statement(StatementResult result) {
    for (Suppression s : result.suppressions()) {
      StringBuilder sb = begin(s.ruleId(), null, "note", ReportLines.optOutMessage(s), result);
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
            begin(f.ruleId(), f.reason(), level, f.message(), result).append('}').toString());
      }
    }
  }

  /** A result object without its closing brace. */
  private StringBuilder begin(
      String ruleId, String description, String level, String message, StatementResult result) {
    StringBuilder sb = new StringBuilder(256 + message.length()).append('{');
    Json.appendName(sb, "ruleId");
    Json.appendString(sb, ruleId).append(',');
    Json.appendName(sb, "ruleIndex").append(ruleIndex(ruleId, description)).append(',');
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

  /**
   * The rule's index in {@code rules}, adding it on first sight; a finding's reason describes it.
   */
  private int ruleIndex(String ruleId, String description) {
    String known = rules.get(ruleId);
    if (known == null || (known.isEmpty() && description != null)) {
      rules.put(ruleId, description == null ? "" : description); // keeps the first-seen position
    }
    return new ArrayList<>(rules.keySet()).indexOf(ruleId);
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
    sb.append("\"rules\":[");
    String separator = "\n";
    for (Map.Entry<String, String> rule : rules.entrySet()) {
      sb.append(separator).append('{');
      Json.appendName(sb, "id");
      Json.appendString(sb, rule.getKey()).append(',');
      Json.appendName(sb, "shortDescription").append('{');
      Json.appendName(sb, "text");
      Json.appendString(sb, describe(rule.getKey(), rule.getValue())).append("}}");
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

  /** A finding's reason describes its rule; a rule seen only through an opt-out gets its id. */
  private static String describe(String ruleId, String reason) {
    return reason.isEmpty() ? "The jdbc-guard rule " + ruleId + "." : reason;
  }
}
