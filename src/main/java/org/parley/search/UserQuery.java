package org.parley.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What people type, read as clauses: plain words (soft: the more of them a paragraph has, the
 * higher it ranks, but none is required), quoted phrases and {@code +word} / {@code AND}
 * (required), {@code -word} / {@code NOT word} (excluded), {@code a OR b} / {@code a | b} (either,
 * as one clause), {@code word*} (prefix) and parentheses (a group whose words are all required).
 * Malformed input is never an error: an open quote runs to the end, unmatched parentheses are
 * dropped, stray operators are ignored, {@code ~} is ignored. Refused: leading wildcards and
 * one-letter prefixes.
 */
final class UserQuery {
  /** How a clause takes part in matching. */
  enum Occur {
    /** Ranks higher when present; some soft clause must match when nothing is required. */
    SOFT,
    REQUIRED,
    EXCLUDED
  }

  /** A part of the query. */
  sealed interface Node permits Word, Phrase, Prefix, AnyOf, Group {}

  /** A word as typed ("deconfliction", "dual-track", "JCPOA"). */
  record Word(String text) implements Node {}

  /** A quoted phrase, without its quotes. */
  record Phrase(String text) implements Node {}

  /** A word ending in '*', without the stars. */
  record Prefix(String text) implements Node {}

  /** Alternatives joined by OR. */
  record AnyOf(List<Node> options) implements Node {}

  /** A parenthesised sub-query. */
  record Group(List<Clause> clauses) implements Node {}

  /** A node and how it takes part. */
  record Clause(Occur occur, Node node) {}

  private final List<Clause> clauses;

  private UserQuery(List<Clause> clauses) {
    this.clauses = clauses;
  }

  List<Clause> clauses() {
    return clauses;
  }

  static UserQuery parse(String raw) {
    List<String> tokens = QueryTokens.split(raw);
    Parser parser = new Parser(tokens);
    return new UserQuery(parser.clauses(false));
  }

  /** The text a node stands for, as a person would read it (matched terms, explanations). */
  static String describe(Node node) {
    return switch (node) {
      case Word w -> w.text();
      case Phrase p -> "\"" + p.text() + "\"";
      case Prefix p -> p.text() + "*";
      case AnyOf any ->
          String.join(" OR ", any.options().stream().map(UserQuery::describe).toList());
      case Group g ->
          "(" + String.join(" ", g.clauses().stream().map(c -> describe(c.node())).toList()) + ")";
    };
  }

  /** Recursive descent over the tokens; never throws except for the documented refusals. */
  private static final class Parser {
    private final List<String> tokens;
    private int at;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    List<Clause> clauses(boolean inGroup) {
      List<Clause> out = new ArrayList<>();
      boolean negateNext = false;
      boolean requireNext = false;
      boolean orNext = false;
      while (at < tokens.size()) {
        String token = tokens.get(at++);
        switch (token) {
          case ")" -> {
            if (inGroup) {
              return out;
            }
            continue; // unmatched: dropped
          }
          case "OR", "|" -> {
            orNext = !out.isEmpty();
            continue;
          }
          case "AND", "+" -> {
            if (!out.isEmpty()) {
              Clause last = out.remove(out.size() - 1);
              out.add(last.occur() == Occur.SOFT ? new Clause(Occur.REQUIRED, last.node()) : last);
            }
            requireNext = true;
            continue;
          }
          case "NOT", "-" -> {
            negateNext = true;
            continue;
          }
          default -> {}
        }
        Occur occur = Occur.SOFT;
        String bare = token;
        if (!token.startsWith("\"") && !token.equals("(")) {
          while (bare.startsWith("-") || bare.startsWith("+")) {
            if (bare.startsWith("-")) {
              negateNext = true;
            } else {
              requireNext = true;
            }
            bare = bare.substring(1);
          }
        } else if (token.startsWith("\"") && negateNext) {
          occur = Occur.EXCLUDED;
        }
        Node node = node(bare);
        if (node == null) {
          continue;
        }
        if (negateNext) {
          occur = Occur.EXCLUDED;
        } else if (requireNext || node instanceof Phrase) {
          occur = Occur.REQUIRED;
        }
        if (orNext && occur != Occur.EXCLUDED && !out.isEmpty()) {
          Clause last = out.remove(out.size() - 1);
          List<Node> options = new ArrayList<>();
          if (last.node() instanceof AnyOf any) {
            options.addAll(any.options());
          } else {
            options.add(last.node());
          }
          options.add(node);
          Occur joined = last.occur() == Occur.REQUIRED ? Occur.REQUIRED : Occur.SOFT;
          out.add(new Clause(joined, new AnyOf(List.copyOf(options))));
        } else {
          out.add(new Clause(occur, node));
        }
        negateNext = false;
        requireNext = false;
        orNext = false;
      }
      return out;
    }

    private Node node(String token) {
      if (token.equals("(")) {
        List<Clause> inner = clauses(true);
        return inner.isEmpty() ? null : new Group(List.copyOf(inner));
      }
      if (token.startsWith("\"")) {
        String inner = token.substring(1, token.length() - 1).strip();
        return inner.isEmpty() ? null : new Phrase(inner);
      }
      if (token.isEmpty()) {
        return null;
      }
      QueryTokens.checkWildcards(token);
      if (token.endsWith("*")) {
        String prefix = token.replaceAll("\\*+$", "");
        return prefix.isEmpty() ? null : new Prefix(prefix);
      }
      return new Word(token);
    }
  }
}
