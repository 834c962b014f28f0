package io.jdbcguard.driver.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules reference (docs/rules.md, packaged in the jar next to this class): each rule's section,
 * for the descriptions and help that SARIF consumers such as GitHub code scanning show. A section is
 * a {@code ##} or {@code ###} heading that is a rule id, up to the next heading.
 */
final class RulesReference {

  /** Where the project and its documentation live. */
  static final String INFORMATION_URI = "https://github.com/jdbc-guard/jdbc-guard";

  private static final String DOCS = INFORMATION_URI + "/blob/main/docs/";
  private static final Pattern RULE_HEADING = Pattern.compile("^#{2,3} ([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\s*$");
  private static final Pattern ANY_HEADING = Pattern.compile("^#{1,3} .*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");

  /** One rule's documentation. */
  record Rule(String id, String summary, String description, String text, String markdown) {

    /** The rule's section in the rules reference on the web. */
    String helpUri() {
      return DOCS + "rules.md#" + id;
    }
  }

  private static final class Holder {
    static final Map<String, Rule> RULES = load();
  }

  private RulesReference() {}

  /** The documented rule, or a generic entry naming it and pointing at the reference. */
  static Rule rule(String id) {
    Rule rule = Holder.RULES.get(id);
    if (rule != null) {
      return rule;
    }
    String text = "The jdbc-guard rule " + id + ".";
    return new Rule(id, text, text, text + " See the rules reference.", text
        + " See [the rules reference](" + DOCS + "rules.md).");
  }

  /** True when docs/rules.md has a section for {@code id}. */
  static boolean documents(String id) {
    return Holder.RULES.containsKey(id);
  }

  private static Map<String, Rule> load() {
    try (InputStream in = RulesReference.class.getResourceAsStream("rules.md")) {
      return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Map.of();
    }
  }

  static Map<String, Rule> parse(String markdown) {
    Map<String, Rule> rules = new HashMap<>();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher heading = RULE_HEADING.matcher(lines.get(i));
      if (!heading.matches()) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !ANY_HEADING.matcher(lines.get(end)).matches()) {
        end++;
      }
      String body = String.join("\n", lines.subList(i + 1, end)).strip();
      if (!body.isEmpty()) {
        String id = heading.group(1);
        rules.putIfAbsent(id, rule(id, body));
      }
    }
    return rules;
  }

  private static Rule rule(String id, String body) {
    String firstParagraph = body.split("\\n\\s*\\n", 2)[0].replace('\n', ' ').strip();
    String description = cap(plain(firstParagraph), 1000);
    return new Rule(id, summary(description), description, plain(body), absoluteLinks(body));
  }

  /** The first clause of the description: up to its first colon or full stop. */
  private static String summary(String description) {
    int colon = description.indexOf(": ");
    int stop = description.indexOf(". ");
    int cut = -1;
    for (int candidate : new int[] {colon, stop}) {
      if (candidate >= 15 && (cut < 0 || candidate < cut)) {
        cut = candidate;
      }
    }
    String summary = cut < 0 ? description : description.substring(0, cut);
    summary = cap(summary, 200);
    return summary.endsWith(".") ? summary : summary + ".";
  }

  /** Markdown to plain text: links become their text, code and emphasis marks go. */
  private static String plain(String markdown) {
    String text = LINK.matcher(markdown).replaceAll("$1");
    return text.replace("`", "").replace("**", "");
  }

  /** Links relative to docs/ made absolute, so they work wherever the help is shown. */
  private static String absoluteLinks(String markdown) {
    Matcher m = LINK.matcher(markdown);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String target = m.group(2);
      if (target.startsWith("#")) {
        target = DOCS + "rules.md" + target;
      } else if (!target.contains("://")) {
        target = DOCS + (target.startsWith("../") ? "../" + target.substring(3) : target);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement("[" + m.group(1) + "](" + target + ")"));
    }
    return m.appendTail(sb).toString();
  }

  private static String cap(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }
}
