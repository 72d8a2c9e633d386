package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpSettings;

/** The job's wiring of the executor plugin (the loading itself is checked on a real cluster by ClusterIT). */
class ModelPreloadTest {
  @Test
  void isAddedBesideTheUsersPluginsWithTheSettingsItLoads() {
    SparkConf conf = new SparkConf(false).set("spark.plugins", "com.example.Metrics");
    NlpSettings settings = NlpSettings.defaults();
    ModelPreload.enable(conf, settings);
    ModelPreload.enable(conf, settings);
    assertEquals("com.example.Metrics," + ModelPreload.class.getName(), conf.get("spark.plugins"));
    // The tasks' settings must give the same pipeline key, or they would load a second pipeline.
    assertEquals(settings.pipelineKey(), ModelPreload.decode(conf.get(ModelPreload.SETTINGS_KEY)).pipelineKey());
  }

  @Test
  void canBeSwitchedOff() {
    SparkConf conf = new SparkConf(false).set(ModelPreload.ENABLED_KEY, "false");
    ModelPreload.enable(conf, NlpSettings.defaults());
    assertFalse(conf.contains("spark.plugins"));
    assertFalse(conf.contains(ModelPreload.SETTINGS_KEY));
  }
}
