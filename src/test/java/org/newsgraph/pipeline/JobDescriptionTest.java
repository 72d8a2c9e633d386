package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** A stage's label lasts for its scope and gives the caller's back, also when the stage throws. */
class JobDescriptionTest {
  private static final String KEY = "spark.job.description";

  @Test
  void aScopeRestoresTheLabelBeforeIt() {
    SparkContext sc = TestSpark.session().sparkContext();
    sc.setJobDescription(null);
    try (var outer = JobDescription.of(sc, "outer")) {
      try (var inner = JobDescription.of(sc, "inner")) {
        assertEquals("inner", sc.getLocalProperty(KEY));
      }
      assertEquals("outer", sc.getLocalProperty(KEY));
      try (var failing = JobDescription.of(sc, "failing")) {
        throw new IllegalStateException("a stage failed");
      } catch (IllegalStateException expected) {
        assertEquals("outer", sc.getLocalProperty(KEY));
      }
    }
    assertNull(sc.getLocalProperty(KEY));
  }
}
