package org.newsgraph.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.PipelineHolder;

/**
 * Starts loading the CoreNLP models as soon as an executor JVM starts (in local mode: as soon as the
 * SparkSession exists), on a background thread, so the load (seconds) overlaps Spark's start, the file listing
 * and decoding instead of following them. The first task then finds the pipeline loaded, or waits for the
 * load already under way ({@link PipelineHolder} loads once per JVM and configuration). Enabled by the job
 * through spark.plugins; the settings travel in the Spark configuration.
 */
public final class ModelPreload implements SparkPlugin {
  /** Set to false to load the models on the first task instead (the plugin is then not added). */
  public static final String ENABLED_KEY = "spark.newsgraph.preload";
  static final String SETTINGS_KEY = "spark.newsgraph.preload.settings";

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
    conf.set(SETTINGS_KEY, encode(settings));
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
        String encoded = ctx.conf().get(SETTINGS_KEY, null);
        if (encoded == null) {
          return;
        }
        PipelineHolder.loadInBackground(() -> decode(encoded));
      }
    };
  }

  static String encode(NlpSettings settings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  static NlpSettings decode(String encoded) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      return (NlpSettings) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("unreadable " + SETTINGS_KEY + ": " + e, e);
    }
  }
}
