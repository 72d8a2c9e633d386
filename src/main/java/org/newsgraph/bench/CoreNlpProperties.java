package org.newsgraph.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.newsgraph.nlp.NlpSettings;

/**
 * Prints the CoreNLP properties the job's pipeline is built from (the defaults of {@link NlpSettings}) as a
 * properties file, so CoreNLP's own command line can run exactly the job's configuration
 * (jobs/bench-throughput.sh). Extra {@code key=value} arguments are added or override, e.g.
 * {@code annotators=tokenize,ssplit,pos,lemma,ner,depparse}.
 */
public final class CoreNlpProperties {
  private CoreNlpProperties() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> props = new TreeMap<>();
    Properties job = NlpSettings.defaults().toProperties();
    job.stringPropertyNames().forEach(k -> props.put(k, job.getProperty(k)));
    for (String kv : args) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        System.err.println("CoreNlpProperties: arguments look like key=value, got '" + kv + "'");
        System.exit(2);
      }
      props.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    Properties out = new Properties();
    out.putAll(props);
    StringWriter w = new StringWriter();
    out.store(w, "newsgraph's CoreNLP properties (NlpSettings.defaults())");
    w.toString().lines().filter(l -> !l.startsWith("#") || l.startsWith("# newsgraph")).sorted()
        .forEach(System.out::println);
  }
}
