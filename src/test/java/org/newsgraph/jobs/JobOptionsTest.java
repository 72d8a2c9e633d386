package org.newsgraph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.pipeline.RunOptions;

/** The job's options: precedence, conversion, and the errors a user sees. */
class JobOptionsTest {
  @TempDir
  Path dir;

  private static RunOptions run(String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "--input";
    args[1] = "in.csv";
    args[2] = "--output";
    args[3] = "out";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return JobOptions.parse(args).run();
  }

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args)).getMessage();
  }

  @Test
  void defaultsAreTheDeclaredOnes() {
    RunOptions o = run();
    assertEquals(InputFormat.CSV, o.read().format(), "auto: by the file's extension");
    assertEquals(RunOptions.MAX_CHARS_DEFAULT, o.maxChars());
    assertEquals(RunOptions.TIMEOUT_DEFAULT, o.timeout());
    assertEquals(RunOptions.PROGRESS_DEFAULT, o.progressEvery());
    assertEquals(RunOptions.BOILERPLATE_MIN_ARTICLES_DEFAULT, o.boilerplateMinArticles());
    assertEquals(NlpSettings.NER_DEFAULT, o.nlp().ner());
    assertEquals(NlpSettings.PARSE_DEFAULT, o.nlp().parse());
    assertEquals(NlpSettings.NAMED_TYPES, o.nlp().mentionTypes());
    assertEquals(NlpSettings.defaults().aliases().size(), o.nlp().aliases().size());
    assertEquals(GraphSettings.NPMI_UNITS_DEFAULT, o.npmiUnits());
    assertEquals("local[*]", JobOptions.parse("--input", "a", "--output", "b").master());
    assertEquals(NlpSettings.defaults().pipelineKey(), o.nlp().pipelineKey(), "the same CoreNLP configuration");
  }

  @Test
  void valuesAreConvertedToTheirTypes() {
    RunOptions o = run("--ner", "full", "--parse=all", "--timeout-seconds", "7", "--mention-types", "person,city",
        "--aliases", "none", "--npmi-units", "articles", "--format", "text", "--quotes", "false");
    assertEquals(NlpSettings.Ner.FULL, o.nlp().ner());
    assertEquals(NlpSettings.Parse.ALL, o.nlp().parse());
    assertEquals(Duration.ofSeconds(7), o.timeout());
    assertEquals(java.util.Set.of("PERSON", "CITY"), o.nlp().mentionTypes());
    assertEquals(0, o.nlp().aliases().size());
    assertEquals(GraphSettings.NpmiUnits.ARTICLES, o.npmiUnits());
    assertEquals(InputFormat.TEXT, o.read().format());
    assertEquals(false, o.nlp().quotes());
  }

  @Test
  void commandLineWinsOverTheOptionsFileWhichWinsOverDefaults() throws IOException {
    Path file = dir.resolve("job.properties");
    Files.writeString(file, "timeout-seconds=30\npartitions=4\ncorenlp=ner.applyFineGrained=true;pos.maxlen=80\n");
    RunOptions o = run("--options-file", file.toString(), "--partitions", "9", "--corenlp", "pos.maxlen=70");
    assertEquals(Duration.ofSeconds(30), o.timeout(), "the file over the default");
    assertEquals(9, o.partitions(), "the command line over the file");
    assertEquals("true", o.nlp().overrides().get("ner.applyFineGrained"), "the file's CoreNLP property");
    assertEquals("70", o.nlp().overrides().get("pos.maxlen"), "the command line's CoreNLP property over the file's");
  }

  @Test
  void repeatedCoreNlpOptionsAreAllKeptAndTheLaterWins() throws IOException {
    Path props = dir.resolve("corenlp.properties");
    Files.writeString(props, "pos.maxlen=50\nner.useSUTime=true\n");
    RunOptions o = run("--corenlp-props", props.toString(), "--corenlp", "pos.maxlen=60", "--corenlp",
        "parse.maxlen=90", "--corenlp", "pos.maxlen=61");
    assertEquals("61", o.nlp().overrides().get("pos.maxlen"));
    assertEquals("90", o.nlp().overrides().get("parse.maxlen"));
    assertEquals("true", o.nlp().overrides().get("ner.useSUTime"), "the props file under --corenlp");
  }

  @Test
  void unknownOptionsAreErrorsNamingThemOnTheCommandLineAndInTheFile() throws IOException {
    String e = error("--input", "a", "--output", "b", "--parse-all", "true");
    assertTrue(e.contains("unknown option --parse-all") && e.contains("--parse,"), e);
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "partitons=4\n");
    e = error("--input", "a", "--output", "b", "--options-file", file.toString());
    assertTrue(e.contains("unknown option partitons") && e.contains(file.toString()), e);
  }

  @Test
  void badValuesAreErrorsNamingTheOptionTheValueAndWhatIsAccepted() {
    String e = error("--input", "a", "--output", "b", "--ner", "fastest");
    assertTrue(e.contains("--ner") && e.contains("'fastest'") && e.contains("fast, full"), e);
    e = error("--input", "a", "--output", "b", "--timeout-seconds", "0");
    assertTrue(e.contains("--timeout-seconds") && e.contains(">= 1") && e.contains("'0'"), e);
    e = error("--input", "a", "--output", "b", "--story-min-jaccard", "1.5");
    assertTrue(e.contains("--story-min-jaccard") && e.contains("at most 1"), e);
    e = error("--input", "a", "--output", "b", "--mention-types", "PERSON,PLACE");
    assertTrue(e.contains("--mention-types") && e.contains("PLACE"), e);
    e = error("--input", "a", "--output", "b", "--csv-encoding", "latin-9x");
    assertTrue(e.contains("--csv-encoding") && e.contains("charset"), e);
    e = error("--input", "a", "--output", "b", "--aliases", dir.resolve("missing.csv").toString());
    assertTrue(e.contains("--aliases") && e.contains("missing.csv"), e);
    e = error("--input", "a", "--output", "b", "--corenlp", "ner.model");
    assertTrue(e.contains("--corenlp") && e.contains("key=value"), e);
  }

  @Test
  void missingRepeatedAndValuelessOptionsAreErrors() {
    assertTrue(error("--input", "a").contains("missing --output"));
    assertTrue(error("--input", "a", "--output", "b", "--limit").contains("--limit needs a value"));
    assertTrue(error("--input", "a", "--output", "b", "--limit", "--ner", "full").contains("--limit needs a value"));
    assertTrue(error("--input", "a", "--output", "b", "--ner", "fast", "--ner", "full").contains("--ner is given twice"));
    assertTrue(error("--input", "a", "--output", "b", "stray").contains("unexpected argument 'stray'"));
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    String help = JobOptions.OPTIONS.help();
    assertTrue(help.contains("--ner") && help.contains("[default: fast]"), help);
    assertTrue(help.contains("--story-min-jaccard") && help.contains("[default: 0.4]"), help);
    assertTrue(help.contains("Precedence: command line > --options-file > defaults."), help);
  }
}
