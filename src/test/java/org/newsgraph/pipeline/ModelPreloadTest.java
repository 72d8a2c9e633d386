package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpSettings;

/** The job's wiring of the executor plugin (the loading itself is checked on a real cluster by ClusterIT). */
class ModelPreloadTest {
  @Test
  void isAddedBesideTheUsersPluginsWithThePropertiesItLoadsAsPlainStrings() {
    SparkConf conf = new SparkConf(false).set("spark.plugins", "com.example.Metrics");
    NlpSettings settings = NlpSettings.defaults();
    ModelPreload.enable(conf, settings);
    ModelPreload.enable(conf, settings);
    assertEquals("com.example.Metrics," + ModelPreload.class.getName(), conf.get("spark.plugins"));
    // The tasks' properties must be these exactly, or they would load a second pipeline.
    assertEquals(new TreeMap<>(settings.toProperties()), new TreeMap<>(ModelPreload.properties(conf)));
    assertEquals("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
        conf.get(ModelPreload.PROPERTY_PREFIX + "ner.model"));
    assertEquals("true", conf.get(ModelPreload.QUOTES_KEY));
  }

  @Test
  void anotherConfigurationReplacesTheEarlierOne() {
    SparkConf conf = new SparkConf(false);
    NlpSettings d = NlpSettings.defaults();
    ModelPreload.enable(conf, new NlpSettings(Map.of("depparse.model", "x.gz"), d.mentionTypes(), true, d.parse(),
        d.aliases(), d.ner()));
    NlpSettings full = new NlpSettings(Map.of(), Set.of("PERSON"), false, d.parse(), d.aliases(), NlpSettings.Ner.FULL);
    ModelPreload.enable(conf, full);
    assertEquals(new TreeMap<>(full.toProperties()), new TreeMap<>(ModelPreload.properties(conf)));
    assertFalse(conf.contains(ModelPreload.PROPERTY_PREFIX + "depparse.model"));
    assertEquals("false", conf.get(ModelPreload.QUOTES_KEY));
  }

  @Test
  void canBeSwitchedOff() {
    SparkConf conf = new SparkConf(false).set(ModelPreload.ENABLED_KEY, "false");
    ModelPreload.enable(conf, NlpSettings.defaults());
    assertFalse(conf.contains("spark.plugins"));
    assertNull(ModelPreload.properties(conf));
  }
}
