package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reviewed opt-outs written in a script: {@code -- jdbc-guard:allow <rule-id> <reason>} (or the
 * same in a {@code /* *}{@code /} or MySQL {@code #} comment). A comment belongs to the statement
 * it precedes, to the statement it sits in, or (when it starts on the line where a statement ends)
 * to that statement. Only comments whose text starts with {@code jdbc-guard:} are directives.
 */
final class OptOuts {

  static final String RULE_ID = "invalid-opt-out";
  private static final String PREFIX = "jdbc-guard:";

  /**
   * One directive.
   *
   * @param ruleId the rule it allows (lower case), or null when it names none
   * @param reason the reviewer's reason, white space collapsed ("" when missing)
   * @param line the 1-based line of the comment in the script
   * @param text the comment as written
   * @param verb the word after {@code jdbc-guard:} (only {@code allow} is known)
   */
  record OptOut(String ruleId, String reason, int line, String text, String verb) {}

  private OptOuts() {}

  /** The directives of each statement of {@code script}, in statement order. */
  static List<List<OptOut>> of(String script, List<ScriptStatement> statements, Dialect dialect) {
    List<List<OptOut>> out = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      out.add(new ArrayList<>());
    }
    if (!script.contains(PREFIX) && !script.toLowerCase(Locale.ROOT).contains(PREFIX)) {
      return out;
    }
    Lines lines = new Lines(script);
    int gapStart = 0;
    for (int i = 0; i <= statements.size(); i++) {
      int gapEnd = i < statements.size() ? statements.get(i).offset() : script.length();
      int previousEndLine = i == 0 ? -1 : lines.at(end(statements.get(i - 1)) - 1);
      for (OptOut o : directives(script, gapStart, gapEnd, dialect, lines)) {
        if (o.line() == previousEndLine) {
          out.get(i - 1).add(o);
        } else if (i < statements.size()) {
          out.get(i).add(o);
        }
      }
      if (i < statements.size()) {
        ScriptStatement s = statements.get(i);
        out.get(i).addAll(directives(script, s.offset(), end(s), dialect, lines));
        gapStart = end(s);
      }
    }
    return out;
  }

  /**
   * The statement's verdict with its valid opt-outs applied (their rule's findings removed, the
   * action recomputed) and its invalid ones added as {@code invalid-opt-out} findings.
   */
  static ScriptVerdict apply(GuardEngine engine, ScriptStatement statement, Verdict verdict, List<OptOut> optOuts) {
    if (optOuts.isEmpty()) {
      return new ScriptVerdict(statement, verdict, List.of());
    }
    List<Finding> findings = new ArrayList<>(verdict.findings());
    List<Finding> invalid = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    for (OptOut o : optOuts) {
      String problem = problem(engine, o);
      if (problem != null) {
        Action action = engine.actionFor(RULE_ID);
        if (action != Action.ALLOW) {
          invalid.add(new Finding(RULE_ID, action, o.text(),
              "The opt-out comment on line " + o.line() + " " + problem
                  + ", so it allows nothing: every opt-out must name the rule it allows and say why,"
                  + " for the review.",
              "Write `-- jdbc-guard:allow <rule-id> <why it is safe here>` on the line before the"
                  + " statement, with the rule id of the finding it allows."));
        }
        continue;
      }
      if (findings.removeIf(f -> f.ruleId().equals(o.ruleId()))) {
        suppressions.add(new Suppression(o.ruleId(), o.reason(), o.line()));
      }
    }
    if (suppressions.isEmpty() && invalid.isEmpty()) {
      return new ScriptVerdict(statement, verdict, List.of());
    }
    findings.addAll(invalid);
    return new ScriptVerdict(statement, Verdict.of(findings, verdict.kinds(), verdict.fingerprint()), suppressions);
  }

  /** Why the directive is invalid, or null when it is a valid opt-out. */
  private static String problem(GuardEngine engine, OptOut o) {
    if (!o.verb().equals("allow")) {
      return "is not a known directive ('" + PREFIX + o.verb() + "'; only '" + PREFIX + "allow' is)";
    }
    if (o.ruleId() == null) {
      return "names no rule";
    }
    if (o.ruleId().equals(RULE_ID)) {
      return "tries to allow " + RULE_ID + " itself";
    }
    if (!engine.ruleIds().contains(o.ruleId())) {
      return "names the unknown rule '" + o.ruleId() + "'";
    }
    if (o.reason().codePoints().noneMatch(Character::isLetterOrDigit)) {
      return "gives no reason";
    }
    return null;
  }

  private static int end(ScriptStatement s) {
    return s.offset() + s.sql().length();
  }

  /** The directives among the comments of {@code script[from, to)}. */
  private static List<OptOut> directives(String script, int from, int to, Dialect dialect, Lines lines) {
    if (from >= to) {
      return List.of();
    }
    String piece = script.substring(from, to);
    if (!piece.toLowerCase(Locale.ROOT).contains(PREFIX)) {
      return List.of();
    }
    List<OptOut> out = new ArrayList<>();
    for (Token t : SqlLexer.tokenize(piece, dialect)) {
      if (t.type() == TokenType.COMMENT) {
        OptOut o = parse(t.text(piece), lines.at(from + t.start()));
        if (o != null) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** The directive in one comment, or null when the comment is not one. */
  static OptOut parse(String comment, int line) {
    String body = comment;
    if (body.startsWith("--")) {
      body = body.substring(2);
    } else if (body.startsWith("#")) {
      body = body.substring(1);
    } else if (body.startsWith("/*")) {
      body = body.substring(2, body.endsWith("*/") && body.length() >= 4 ? body.length() - 2 : body.length());
    }
    body = body.strip();
    if (!body.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return null;
    }
    String[] words = body.substring(PREFIX.length()).strip().split("\\s+");
    String verb = words[0].toLowerCase(Locale.ROOT);
    String ruleId = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : null;
    String reason = words.length > 2 ? String.join(" ", Arrays.copyOfRange(words, 2, words.length)) : "";
    return new OptOut(ruleId, reason, line, comment.strip(), verb);
  }

  /** 1-based line numbers of offsets; {@code \n}, {@code \r\n} and a lone {@code \r} end a line. */
  private static final class Lines {
    private final int[] starts;

    Lines(String text) {
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int at(int offset) {
      int i = Arrays.binarySearch(starts, Math.max(0, offset));
      return i >= 0 ? i + 1 : -i - 1;
    }
  }
}
