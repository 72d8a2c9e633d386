package org.newsgraph.options;

import java.util.Map;
import java.util.Set;

/** The parsed, converted options of one invocation. */
public final class OptionValues {
  private final Map<Option<?>, Object> values;
  private final Set<Option<?>> given;

  OptionValues(Map<Option<?>, Object> values, Set<Option<?>> given) {
    this.values = values;
    this.given = Set.copyOf(given);
  }

  /** The option's value: as given, else from the options file, else its default (null when it has none). */
  @SuppressWarnings("unchecked")
  public <T> T get(Option<T> option) {
    if (!values.containsKey(option)) {
      throw new IllegalArgumentException(option + " is not an option of this entry point");
    }
    return (T) values.get(option);
  }

  /** Whether the command line gave the option (not the options file or the default). */
  public boolean givenOnCommandLine(Option<?> option) {
    return given.contains(option);
  }
}
