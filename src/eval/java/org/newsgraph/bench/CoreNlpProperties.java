package org.newsgraph.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.nlp.NlpSettings;

/**
 * Prints the CoreNLP properties the job's pipeline is built from (the defaults of {@link NlpSettings}) as a
 * properties file, so CoreNLP's own command line can run exactly the job's configuration
 * (jobs/bench-throughput.sh). {@code --corenlp key=value} adds or overrides one, e.g.
 * {@code --corenlp annotators=tokenize,ssplit,pos,lemma,ner,depparse}.
 */
public final class CoreNlpProperties {
  static final Option<List<String[]>> CORENLP = Option.repeated("corenlp", "key=value",
      "a property added or overriding the job's", CoreNlpProperties::keyValue);
  public static final OptionSet OPTIONS = OptionSet.of("corenlp-properties", "CoreNlpProperties [--corenlp key=value ...]",
      List.of(CORENLP));

  private CoreNlpProperties() {}

  private static String[] keyValue(String kv) {
    int eq = kv.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("key=value");
    }
    return new String[] {kv.substring(0, eq), kv.substring(eq + 1)};
  }

  public static void main(String[] args) throws IOException {
    OptionValues o = OPTIONS.parseOrExit(args);
    Map<String, String> props = new TreeMap<>();
    Properties job = NlpSettings.defaults().toProperties();
    job.stringPropertyNames().forEach(k -> props.put(k, job.getProperty(k)));
    o.get(CORENLP).forEach(kv -> props.put(kv[0], kv[1]));
    Properties out = new Properties();
    out.putAll(props);
    StringWriter w = new StringWriter();
    out.store(w, "newsgraph's CoreNLP properties (NlpSettings.defaults())");
    w.toString().lines().filter(l -> !l.startsWith("#") || l.startsWith("# newsgraph")).sorted()
        .forEach(System.out::println);
  }
}
