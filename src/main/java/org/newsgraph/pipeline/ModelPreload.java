package org.newsgraph.pipeline;

import java.util.Map;
import java.util.Properties;

import org.apache.spark.SparkConf;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.PipelineHolder;
import scala.Tuple2;

/**
 * Starts loading the CoreNLP models as soon as an executor JVM starts (in local mode: as soon as the
 * SparkSession exists), on a background thread, so the load (seconds) overlaps Spark's start, the file listing
 * and decoding instead of following them. The first task then finds the pipeline loaded, or waits for the
 * load already under way ({@link PipelineHolder} loads once per JVM and configuration). Enabled by the job
 * through spark.plugins; what to load travels in the Spark configuration as plain strings (the pipeline's
 * CoreNLP properties under {@value #PROPERTY_PREFIX}, and {@value #QUOTES_KEY}), readable in the Spark UI.
 */
public final class ModelPreload implements SparkPlugin {
  /** Set to false to load the models on the first task instead (the plugin is then not added). */
  public static final String ENABLED_KEY = "spark.newsgraph.preload";
  static final String PROPERTY_PREFIX = "spark.newsgraph.preload.corenlp.";
  static final String QUOTES_KEY = "spark.newsgraph.preload.quotes";

  /** Adds the plugin, keeping any plugins the user configured. */
  public static void enable(SparkConf conf, NlpSettings settings) {
    if (!conf.getBoolean(ENABLED_KEY, true)) {
      return;
    }
    String plugins = conf.get("spark.plugins", "");
    String me = ModelPreload.class.getName();
    if (!plugins.contains(me)) {
      conf.set("spark.plugins", plugins.isBlank() ? me : plugins + "," + me);
    }
    for (Tuple2<String, String> old : conf.getAllWithPrefix(PROPERTY_PREFIX)) {
      conf.remove(PROPERTY_PREFIX + old._1());
    }
    Properties props = settings.toProperties();
    for (String name : props.stringPropertyNames()) {
      conf.set(PROPERTY_PREFIX + name, props.getProperty(name));
    }
    conf.set(QUOTES_KEY, Boolean.toString(settings.quotes()));
  }

  /** The CoreNLP properties {@link #enable} wrote, or null if it did not run. */
  static Properties properties(SparkConf conf) {
    Tuple2<String, String>[] all = conf.getAllWithPrefix(PROPERTY_PREFIX);
    if (all.length == 0) {
      return null;
    }
    Properties props = new Properties();
    for (Tuple2<String, String> p : all) {
      props.setProperty(p._1(), p._2());
    }
    return props;
  }

  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      @Override
      public void init(PluginContext ctx, Map<String, String> extraConf) {
        Properties props = properties(ctx.conf());
        if (props != null) {
          PipelineHolder.loadInBackground(props, ctx.conf().getBoolean(QUOTES_KEY, true));
        }
      }
    };
  }
}
