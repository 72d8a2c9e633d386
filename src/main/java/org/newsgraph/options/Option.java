package org.newsgraph.options;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One option of an entry point: its key (written {@code --key} on the command line, {@code key} in an
 * options file), its default beside it, what it accepts and how its text becomes a typed value. A value is
 * converted once, when the command line is parsed; a bad value is an error naming the option, the value
 * and what would be accepted.
 *
 * @param <T> the type of the option's value
 */
public final class Option<T> {
  /** How the option takes its value. */
  enum Arity {
    /** {@code --key value}, at most once. */
    VALUE,
    /** {@code --key} alone; true when given. */
    FLAG,
    /** {@code --key value}, any number of times; the values in the order given. */
    REPEATED
  }

  private final String key;
  private final String defaultText;
  private final boolean required;
  private final String accepts;
  private final String help;
  private final Arity arity;
  private final Function<String, ?> convert;

  private Option(String key, String defaultText, boolean required, String accepts, String help, Arity arity,
                 Function<String, ?> convert) {
    this.key = key;
    this.defaultText = defaultText;
    this.required = required;
    this.accepts = accepts;
    this.help = help;
    this.arity = arity;
    this.convert = convert;
  }

  /** Free text; null default = unset. */
  public static Option<String> text(String key, String defaultValue, String help) {
    return new Option<>(key, defaultValue, false, "text", help, Arity.VALUE, Function.identity());
  }

  /** A file or folder; null default = unset. */
  public static Option<Path> path(String key, Path defaultValue, String help) {
    return new Option<>(key, defaultValue == null ? null : defaultValue.toString(), false, "a path", help,
        Arity.VALUE, Path::of);
  }

  /** A whole number of at least {@code min}. */
  public static Option<Long> wholeNumber(String key, long defaultValue, long min, String help) {
    String accepts = "a whole number >= " + min;
    return new Option<>(key, Long.toString(defaultValue), false, accepts, help, Arity.VALUE, v -> {
      long n;
      try {
        n = Long.parseLong(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(accepts);
      }
      if (n < min) {
        throw new IllegalArgumentException(accepts);
      }
      return n;
    });
  }

  /** A number above 0 and at most 1. */
  public static Option<Double> fraction(String key, double defaultValue, String help) {
    String accepts = "a number above 0 and at most 1";
    return new Option<>(key, Double.toString(defaultValue), false, accepts, help, Arity.VALUE, v -> {
      double d;
      try {
        d = Double.parseDouble(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(accepts);
      }
      if (!(d > 0 && d <= 1)) {
        throw new IllegalArgumentException(accepts);
      }
      return d;
    });
  }

  /** true or false, written out ({@code --quotes false}). */
  public static Option<Boolean> bool(String key, boolean defaultValue, String help) {
    return new Option<>(key, Boolean.toString(defaultValue), false, "true or false", help, Arity.VALUE, v -> {
      String s = v.trim().toLowerCase(Locale.ROOT);
      if (!s.equals("true") && !s.equals("false")) {
        throw new IllegalArgumentException("true or false");
      }
      return s.equals("true");
    });
  }

  /** Given or not ({@code --no-baseline}); takes no value. */
  public static Option<Boolean> flag(String key, String help) {
    return new Option<>(key, "false", false, "no value", help, Arity.FLAG, Boolean::parseBoolean);
  }

  /** One of an enum's constants, written in lower case on the command line. */
  public static <E extends Enum<E>> Option<E> choice(String key, Class<E> type, E defaultValue, String help) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Option::written).toList();
    String accepts = "one of " + String.join(", ", names);
    return new Option<>(key, defaultValue == null ? null : written(defaultValue), false, accepts, help, Arity.VALUE,
        v -> {
          for (E e : type.getEnumConstants()) {
            if (written(e).equals(v.trim().toLowerCase(Locale.ROOT))) {
              return e;
            }
          }
          throw new IllegalArgumentException(accepts);
        });
  }

  /** A charset this JVM knows. */
  public static Option<Charset> charset(String key, Charset defaultValue, String help) {
    String accepts = "a charset this JVM knows (UTF-8, ISO-8859-1, windows-1252, ...)";
    return new Option<>(key, defaultValue.name(), false, accepts, help, Arity.VALUE, v -> {
      try {
        return Charset.forName(v.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(accepts);
      }
    });
  }

  /**
   * Any other type: {@code convert} turns the text into the value and throws IllegalArgumentException with
   * its own explanation when it cannot; {@code defaultText} (null = unset) goes through it too.
   */
  public static <T> Option<T> of(String key, String defaultText, String accepts, String help,
                                 Function<String, T> convert) {
    return new Option<>(key, defaultText, false, accepts, help, Arity.VALUE, convert);
  }

  /** Any number of values, each converted by {@code convert}; none given = an empty list. */
  public static <E> Option<List<E>> repeated(String key, String accepts, String help, Function<String, E> convert) {
    return new Option<>(key, null, false, accepts, help, Arity.REPEATED, convert);
  }

  /** The same option, without which the entry point cannot run (it then has no default). */
  public Option<T> required() {
    return new Option<>(key, null, true, accepts, help, arity, convert);
  }

  static String written(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String key() {
    return key;
  }

  public String help() {
    return help;
  }

  /** The default as written on the command line; null when there is none. */
  public String defaultText() {
    return defaultText;
  }

  boolean isRequired() {
    return required;
  }

  Arity arity() {
    return arity;
  }

  String accepts() {
    return accepts;
  }

  /** The value of one occurrence; the error names the option, the text given and what is accepted. */
  Object convert(String text, String where) {
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException e) {
      String why = e.getMessage() == null || e.getMessage().equals(accepts) ? "takes " + accepts
          : e.getMessage() + " (takes " + accepts + ")";
      throw new IllegalArgumentException("--" + key + where + " " + why + ", got '" + text + "'", e);
    }
  }

  /** The value when the option was not given at all. */
  Object absent() {
    if (arity == Arity.REPEATED) {
      return List.of();
    }
    return defaultText == null ? null : convert(defaultText, " (default)");
  }

  @SuppressWarnings("unchecked")
  Object add(Object previous, String text, String where) {
    List<Object> out = new ArrayList<>((List<Object>) previous);
    out.add(convert(text, where));
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "--" + key;
  }
}
