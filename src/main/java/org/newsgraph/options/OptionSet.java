package org.newsgraph.options;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The options of one entry point and the one way every entry point reads them. Precedence, highest first:
 * the command line, then the options file when the entry point takes one ({@code --options-file}: Java
 * properties with the same keys, without the dashes; a repeatable option's values separated by ';'), then
 * the defaults. An unknown option, a repeated one, a missing value or a bad value is an error that names it
 * and what the entry point accepts.
 */
public final class OptionSet {
  /** The options file option, for entry points that take one. */
  public static final Option<Path> OPTIONS_FILE = Option.path("options-file", null,
      "properties file with any of these options' keys (without the dashes); the command line wins over it");

  private final String program;
  private final String usage;
  private final List<Option<?>> positionals;
  private final List<Option<?>> options;
  private final Map<String, Option<?>> byKey = new LinkedHashMap<>();

  private OptionSet(String program, String usage, List<Option<?>> positionals, List<Option<?>> options) {
    this.program = program;
    this.usage = usage;
    this.positionals = List.copyOf(positionals);
    this.options = List.copyOf(options);
    for (Option<?> o : options) {
      if (byKey.put(o.key(), o) != null) {
        throw new IllegalStateException(program + " declares --" + o.key() + " twice");
      }
    }
  }

  /**
   * @param program     the name messages start with (the script's, e.g. "rebuild-graph")
   * @param usage       the usage line --help prints first
   * @param positionals arguments taken by position, in order, before or among the options (their keys
   *                    name them in messages)
   * @param options     the named options
   */
  public static OptionSet of(String program, String usage, List<Option<?>> positionals, List<Option<?>> options) {
    return new OptionSet(program, usage, positionals, options);
  }

  public static OptionSet of(String program, String usage, List<Option<?>> options) {
    return new OptionSet(program, usage, List.of(), options);
  }

  public String program() {
    return program;
  }

  /** Parses; throws IllegalArgumentException with a message a user can act on. */
  public OptionValues parse(String... args) {
    Map<Option<?>, Object> cli = new HashMap<>();
    int position = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        if (position >= positionals.size()) {
          throw new IllegalArgumentException("unexpected argument '" + a + "'; " + expected());
        }
        Option<?> p = positionals.get(position++);
        cli.put(p, p.convert(a, ""));
        continue;
      }
      String key = a.substring(2);
      String text = null;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        text = key.substring(eq + 1);
        key = key.substring(0, eq);
      }
      Option<?> o = byKey.get(key);
      if (o == null) {
        throw new IllegalArgumentException("unknown option --" + key + "; " + expected());
      }
      if (o.arity() == Option.Arity.FLAG) {
        if (text != null) {
          throw new IllegalArgumentException("--" + key + " takes no value, got '" + text + "'");
        }
        text = "true";
      } else if (text == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException("--" + key + " needs a value (" + o.accepts() + ")");
        }
        text = args[++i];
      }
      put(cli, o, text, "");
    }
    for (int p = position; p < positionals.size(); p++) {
      if (positionals.get(p).isRequired()) {
        throw new IllegalArgumentException("missing " + positionals.get(p).key() + ": " + positionals.get(p).help());
      }
    }
    Map<Option<?>, Object> values = new HashMap<>();
    Path file = (Path) cli.get(OPTIONS_FILE);
    if (file != null) {
      values.putAll(fromFile(file));
    }
    for (var e : cli.entrySet()) {
      Object fromFile = values.get(e.getKey());
      // A repeatable option's file values come first, so that a later one (the command line's) can override
      // an earlier one where the entry point folds them (--corenlp key=value).
      values.put(e.getKey(), fromFile instanceof List<?> earlier && e.getValue() instanceof List<?> later
          ? concat(earlier, later) : e.getValue());
    }
    for (Option<?> o : all()) {
      if (!values.containsKey(o)) {
        if (o.isRequired()) {
          throw new IllegalArgumentException("missing --" + o.key() + ": " + o.help());
        }
        values.put(o, o.absent());
      }
    }
    return new OptionValues(values, cli.keySet());
  }

  /**
   * For main(): --help or -h prints the help and exits 0; a bad command line prints the message and exits 2.
   */
  public OptionValues parseOrExit(String... args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.print(help());
        System.exit(0);
      }
    }
    try {
      return parse(args);
    } catch (IllegalArgumentException e) {
      exit(e.getMessage());
      return null;
    }
  }

  /** For main(): a command line the entry point's own checks reject; prints the message and exits 2. */
  public void exit(String message) {
    PrintStream err = System.err;
    err.println(program + ": " + message);
    err.println("Run with --help to see every option and its default.");
    System.exit(2);
  }

  /** Every option with what it accepts and its default, as --help prints it. */
  public String help() {
    StringBuilder sb = new StringBuilder("usage: ").append(usage).append("\n");
    if (byKey.containsKey(OPTIONS_FILE.key())) {
      sb.append("\nPrecedence: command line > --options-file > defaults.\n");
    }
    sb.append("\noptions:\n");
    for (Option<?> o : options) {
      String value = switch (o.arity()) {
        case FLAG -> "";
        case REPEATED -> " ... (repeatable)";
        case VALUE -> "";
      };
      sb.append(String.format("  --%-24s %s%s%s%n", o.key(), o.help(), value,
          o.defaultText() == null ? "" : " [default: " + o.defaultText() + "]"));
    }
    return sb.toString();
  }

  private static List<Object> concat(List<?> a, List<?> b) {
    List<Object> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private List<Option<?>> all() {
    List<Option<?>> all = new ArrayList<>(positionals);
    all.addAll(options);
    return all;
  }

  private void put(Map<Option<?>, Object> values, Option<?> o, String text, String where) {
    if (o.arity() == Option.Arity.REPEATED) {
      values.put(o, o.add(values.getOrDefault(o, List.of()), text, where));
    } else if (values.containsKey(o)) {
      throw new IllegalArgumentException("--" + o.key() + where + " is given twice");
    } else {
      values.put(o, o.convert(text, where));
    }
  }

  private Map<Option<?>, Object> fromFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException("--" + OPTIONS_FILE.key() + " " + file + " cannot be read: " + e.getMessage());
    }
    Map<Option<?>, Object> values = new HashMap<>();
    String where = " (in " + file + ")";
    for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
      Option<?> o = byKey.get(key);
      if (o == null || o == byKey.get(OPTIONS_FILE.key())) {
        throw new IllegalArgumentException("unknown option " + key + where + "; " + expected());
      }
      String text = p.getProperty(key);
      if (o.arity() == Option.Arity.REPEATED) {
        for (String one : text.split(";")) {
          if (!one.isBlank()) {
            put(values, o, one.trim(), where);
          }
        }
      } else {
        put(values, o, text.trim(), where);
      }
    }
    return values;
  }

  private String expected() {
    StringBuilder sb = new StringBuilder(program).append(" takes ");
    for (Option<?> p : positionals) {
      sb.append(p.key()).append(", ");
    }
    sb.append(String.join(", ", options.stream().map(o -> "--" + o.key()).toList()));
    return sb.append(" (--help describes them)").toString();
  }
}
