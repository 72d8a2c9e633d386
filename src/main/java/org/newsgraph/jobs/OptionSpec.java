package org.newsgraph.jobs;

/**
 * One command-line option: its key (used as --key on the command line and as key in an options file),
 * its default (null: required or unset) and its help text.
 */
record OptionSpec(String key, String defaultValue, String help) {
  boolean isFlag() {
    return "false".equals(defaultValue) && help.startsWith("(flag)");
  }
}
