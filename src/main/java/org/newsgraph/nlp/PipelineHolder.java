package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CoreNLP pipeline per JVM and set of properties ({@link PerJvm}); the pipeline is never serialised.
 * StanfordCoreNLP.annotate is safe to call from several task threads at once.
 */
public final class PipelineHolder {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineHolder.class);
  private static final PerJvm<StanfordCoreNLP> PIPELINES = new PerJvm<>();

  private PipelineHolder() {}

  public static StanfordCoreNLP get(NlpSettings settings) {
    return get(settings.toProperties(), settings.quotes());
  }

  /**
   * The pipeline of these CoreNLP properties; with {@code quotes}, the dependency parser they name
   * ({@code depparse.*}) is made ready beside it.
   */
  public static StanfordCoreNLP get(Properties props, boolean quotes) {
    return PIPELINES.get(PerJvm.key(props), () -> load(props, quotes));
  }

  /**
   * Starts {@link #get} on a background thread (an executor's start-up, ModelPreload) and returns at once;
   * a task that calls {@code get} meanwhile waits for this load instead of starting another.
   */
  public static void loadInBackground(Properties props, boolean quotes) {
    inBackground("CoreNLP pipeline", () -> get(props, quotes));
  }

  private static StanfordCoreNLP load(Properties props, boolean quotes) {
    // The parser and the gazetteer load beside the pipeline, so the three loads overlap on an executor
    // with more than one core, and the pipeline is handed out only once all three are ready: loaded
    // lazily by the first article that needs them, they would load one after the other while every other
    // task thread waits, and inside that article's time limit.
    List<Thread> preloads = new ArrayList<>();
    if (quotes) {
      preloads.add(inBackground("dependency parser", () -> SelectiveParser.of(props)));
    }
    if (NlpSettings.fineTypesByLookup(props)) {
      preloads.add(inBackground("fine-type gazetteer", FineTypes::preload));
    }
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    LOG.info("CoreNLP pipeline [{}] loaded in {} ms (once per JVM)", props.getProperty("annotators"),
        (System.nanoTime() - start) / 1_000_000);
    for (Thread t : preloads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return pipeline;
  }

  /** Failures are only logged here: the first article that needs the model loads it again and reports. */
  private static Thread inBackground(String what, Runnable load) {
    Thread t = new Thread(() -> {
      try {
        load.run();
      } catch (VirtualMachineError e) {
        throw e; // out of memory and the like: the JVM (an executor) must die and be replaced
      } catch (RuntimeException | Error e) {
        LOG.warn("loading the {} ahead of use failed ({}); the first article that needs it will retry", what, e.toString());
      }
    }, "newsgraph-preload-" + what.replace(' ', '-'));
    t.setDaemon(true);
    t.start();
    return t;
  }
}
