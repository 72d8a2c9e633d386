package org.newsgraph.options;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every entry point reads its command line through one OptionSet, so every one rejects the same mistakes. */
class EntryPointOptionsTest {
  static final List<OptionSet> ENTRY_POINTS = List.of(org.newsgraph.jobs.JobOptions.OPTIONS,
      org.newsgraph.jobs.RebuildGraphJob.OPTIONS, org.newsgraph.jobs.ShowTables.OPTIONS,
      org.newsgraph.eval.QuoteEvaluation.OPTIONS, org.newsgraph.eval.EntityEvaluation.OPTIONS,
      org.newsgraph.eval.NerEvaluation.OPTIONS, org.newsgraph.eval.StoryEvaluation.OPTIONS,
      org.newsgraph.eval.StatementEvaluation.OPTIONS, org.newsgraph.eval.ExtractionEvaluation.OPTIONS,
      org.newsgraph.bench.CopiesScaling.OPTIONS, org.newsgraph.bench.CsvToTextFiles.OPTIONS,
      org.newsgraph.bench.WarcRepeat.OPTIONS, org.newsgraph.bench.WarcReadBench.OPTIONS,
      org.newsgraph.bench.CoreNlpProperties.OPTIONS);

  @Test
  void anUnknownOptionIsAnErrorNamingItAndWhatTheEntryPointTakes() {
    for (OptionSet s : ENTRY_POINTS) {
      String e = assertThrows(IllegalArgumentException.class, () -> s.parse("--bogus", "x"), s.program()).getMessage();
      assertTrue(e.contains("unknown option --bogus") && e.contains(s.program() + " takes"), e);
    }
  }

  @Test
  void aTrailingOptionWithoutItsValueIsAnErrorNamingIt() {
    Option<Long> n = Option.wholeNumber("n", 1, 0, "a count");
    OptionSet s = OptionSet.of("t", "t [--n N]", List.of(n));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.parse("--n")).getMessage().contains("--n needs a value"));
    assertTrue(s.parse().get(n) == 1L);
    assertTrue(s.parse("--n=3").get(n) == 3L);
  }

  @Test
  void aFlagTakesNoValueAndARequiredPositionalMustBeThere() {
    Option<Boolean> f = Option.flag("fast", "go fast");
    Option<String> in = Option.text("IN", null, "input").required();
    OptionSet s = OptionSet.of("t", "t IN [--fast]", List.of(in), List.of(f));
    assertTrue(s.parse("x", "--fast").get(f));
    assertTrue(!s.parse("x").get(f));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.parse("x", "--fast=yes")).getMessage()
        .contains("--fast takes no value"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.parse("--fast")).getMessage().contains("missing IN"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.parse("x", "y")).getMessage()
        .contains("unexpected argument 'y'"));
  }
}
