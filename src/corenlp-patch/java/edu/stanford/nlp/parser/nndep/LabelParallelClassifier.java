package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * CoreNLP's neural dependency parser with the same scores, computed faster. Lives in CoreNLP's package
 * because the one method it replaces, {@code Classifier.computeScores(int[])}, is package-private; the
 * parser calls it once per transition and it is the parser's whole cost.
 *
 * <p>Why: that method is a large share of the annotation stage's time, most of it in its output
 * layer: for each of the ~83 transitions, one dot product of the 1,000-wide hidden layer with that
 * transition's weights ({@code ArrayMath.dotProduct}), a chain of dependent additions that leaves the
 * CPU's vector units idle (profile figures: docs/BENCHMARKS.md). Here the loops are swapped: the weights
 * are stored transposed, and each hidden unit's activation times its weights is added to the sums of many
 * transitions at once, one transition per vector lane (jdk.incubator.vector, which Spark's launcher
 * enables on every driver and executor). Every sum still adds the same products in the same order, with
 * the same rounding (a multiply, then an add; never fused), so the scores are bit for bit CoreNLP's
 * (LabelParallelClassifierTest compares them). The hidden layer follows CoreNLP's arithmetic exactly,
 * with an int array instead of a map of boxed integers to find precomputed features.
 *
 * <p>If this class is loaded by another class loader than CoreNLP's (so Java does not treat it as the
 * same package), the override is not taken and the parser silently runs CoreNLP's own code: slower,
 * never different. {@link #install} says which happened.
 */
public final class LabelParallelClassifier extends Classifier {
  private final Classifier stock;
  private final double[][] saved;
  private final int[] precomputedId;
  private final float[][] w1;
  /** Hidden weights transposed: [feature position * embedding + k][hidden unit], for the slices. */
  private final float[] w1t;
  private final float[][] embeddings;
  private final float[] b1;
  /** Output weights transposed: [hidden unit][transition], each row padded to whole label blocks. */
  private final double[] w2t;
  private final int hidden;
  private final int labels;
  private final int paddedLabels;
  private final int embeddingSize;
  private final boolean roundedSlices;
  private final LeastRecentlyUsedCache<Integer, float[]> slices;
  /** Transitions scored, so a test can tell the parser really calls this class. */
  private final LongAdder calls = new LongAdder();

  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();
  /**
   * Vectors summed side by side: four independent chains of additions hide the adder's latency, and
   * four accumulators stay in registers on every vector width.
   */
  private static final int BLOCK = 4 * LANES;
  /** Floats with as many lanes as SPECIES: a float product widens lane for lane into a double vector. */
  private static final VectorSpecies<Float> FLOATS =
      FloatVector.SPECIES_MAX.withShape(VectorShape.forBitSize(LANES * Float.SIZE));

  private LabelParallelClassifier(Classifier stock, Config config) throws ReflectiveOperationException {
    // The constructor only stores the weights and builds an empty precomputed map.
    super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
    this.stock = stock;
    this.saved = (double[][]) field(Classifier.class, "saved").get(stock);
    this.w1 = stock.getW1();
    this.embeddings = stock.getE();
    this.b1 = stock.getb1();
    this.hidden = w1.length;
    this.embeddingSize = embeddings[0].length;
    int inputs = w1[0].length;
    this.w1t = new float[inputs * hidden];
    for (int i = 0; i < hidden; i++) {
      for (int c = 0; c < inputs; c++) {
        w1t[c * hidden + i] = w1[i][c];
      }
    }
    float[][] w2 = stock.getW2();
    this.labels = w2.length;
    this.paddedLabels = (labels + BLOCK - 1) / BLOCK * BLOCK;
    this.w2t = new double[hidden * paddedLabels];
    for (int l = 0; l < labels; l++) {
      for (int j = 0; j < hidden; j++) {
        w2t[j * paddedLabels + l] = w2[l][j];
      }
    }
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(stock);
    this.precomputedId = new int[embeddings.length * Config.numTokens];
    Arrays.fill(precomputedId, -1);
    preMap.forEach((index, id) -> precomputedId[index] = id);
    // CoreNLP rounds a feature's hidden-layer contribution to float when it keeps an LRU cache of them
    // (numCached > 0), and adds it unrounded otherwise; both are reproduced.
    this.roundedSlices = config.numCached != 0;
    this.slices = new LeastRecentlyUsedCache<>(Math.max(1, config.numCached));
  }

  /**
   * Replaces {@code parser}'s classifier with this one and returns it. Throws if CoreNLP's fields are not
   * where version 4.5.x keeps them.
   */
  public static LabelParallelClassifier install(DependencyParser parser) throws ReflectiveOperationException {
    Field classifierField = field(DependencyParser.class, "classifier");
    Classifier stock = (Classifier) classifierField.get(parser);
    if (stock instanceof LabelParallelClassifier installed) {
      return installed;
    }
    LabelParallelClassifier fast = new LabelParallelClassifier(stock, (Config) field(Classifier.class, "config").get(stock));
    dropTrainingState(stock);
    dropTrainingState(fast);
    classifierField.set(parser, fast);
    return fast;
  }

  /**
   * Whether the CPU's vectors hold at least four doubles (AVX2, AVX-512, SVE-256 and wider). With SSE's or
   * NEON's 128-bit vectors the vector code is slower than CoreNLP's own (docs/BENCHMARKS.md), so there the
   * parser keeps CoreNLP's scoring.
   */
  public static boolean vectorsWideEnough() {
    return SPECIES.vectorBitSize() >= 256;
  }

  /**
   * Whether the parser calls this class's scores: a package-private method is overridden only within one
   * runtime package, which is the package name plus the class loader that defined the classes.
   */
  public static boolean overrides() {
    return LabelParallelClassifier.class.getClassLoader() == Classifier.class.getClassLoader();
  }

  /** CoreNLP's own scores for the same features, for tests comparing the two. */
  public double[] stockScores(int[] feature) {
    return stock.computeScores(feature);
  }

  /** This class's scores, callable from outside the package (tests). */
  public double[] scores(int[] feature) {
    return computeScores(feature);
  }

  public long calls() {
    return calls.sum();
  }

  public int vocabularySize() {
    return embeddings.length;
  }

  @Override
  double[] computeScores(int[] feature) {
    calls.increment();
    double[] h = new double[hidden];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int id = precomputedId[tok * Config.numTokens + j];
      if (id >= 0) {
        double[] s = saved[id];
        for (int i = 0; i < hidden; i++) {
          h[i] += s[i];
        }
      } else if (roundedSlices) {
        float[] slice = slice(tok, j, offset);
        for (int i = 0; i < hidden; i++) {
          h[i] += slice[i];
        }
      } else {
        float[] e = embeddings[tok];
        for (int i = 0; i < hidden; i++) {
          float[] row = w1[i];
          double acc = h[i];
          for (int k = 0; k < embeddingSize; k++) {
            acc += row[offset + k] * e[k];
          }
          h[i] = acc;
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hidden; i++) {
      h[i] += b1[i];
      h[i] = h[i] * h[i] * h[i];
    }
    return outputLayer(h);
  }

  /** scores[l] = sum over j, in order, of h[j] * W2[l][j]: CoreNLP's sums, BLOCK transitions at a time. */
  private double[] outputLayer(double[] h) {
    double[] scores = new double[paddedLabels];
    for (int b = 0; b < paddedLabels; b += BLOCK) {
      DoubleVector s0 = DoubleVector.zero(SPECIES);
      DoubleVector s1 = s0;
      DoubleVector s2 = s0;
      DoubleVector s3 = s0;
      for (int j = 0, o = b; j < hidden; j++, o += paddedLabels) {
        DoubleVector x = DoubleVector.broadcast(SPECIES, h[j]);
        s0 = s0.add(x.mul(DoubleVector.fromArray(SPECIES, w2t, o)));
        s1 = s1.add(x.mul(DoubleVector.fromArray(SPECIES, w2t, o + LANES)));
        s2 = s2.add(x.mul(DoubleVector.fromArray(SPECIES, w2t, o + 2 * LANES)));
        s3 = s3.add(x.mul(DoubleVector.fromArray(SPECIES, w2t, o + 3 * LANES)));
      }
      s0.intoArray(scores, b);
      s1.intoArray(scores, b + LANES);
      s2.intoArray(scores, b + 2 * LANES);
      s3.intoArray(scores, b + 3 * LANES);
    }
    return Arrays.copyOf(scores, labels);
  }

  /** A feature's hidden-layer contribution rounded to float, as CoreNLP's cached path computes it. */
  private float[] slice(int tok, int position, int offset) {
    int key = tok * Config.numTokens + position;
    float[] cached;
    synchronized (slices) {
      cached = slices.getOrDefault(key, null);
    }
    if (cached != null) {
      return cached;
    }
    float[] e = embeddings[tok];
    float[] out = new float[hidden];
    // out[i] = (float) sum over k, in order, of (double) (W1[i][offset + k] * e[k]): CoreNLP's sums (a
    // float product widened to double), LANES hidden units at a time.
    int i = 0;
    for (; i + LANES <= hidden; i += LANES) {
      DoubleVector acc = DoubleVector.zero(SPECIES);
      for (int k = 0, o = offset * hidden + i; k < embeddingSize; k++, o += hidden) {
        FloatVector product = FloatVector.fromArray(FLOATS, w1t, o).mul(e[k]);
        acc = acc.add((DoubleVector) product.convertShape(VectorOperators.F2D, SPECIES, 0));
      }
      for (int lane = 0; lane < LANES; lane++) {
        out[i + lane] = (float) acc.lane(lane);
      }
    }
    for (; i < hidden; i++) {
      double acc = 0;
      for (int k = 0; k < embeddingSize; k++) {
        acc += w1t[(offset + k) * hidden + i] * e[k];
      }
      out[i] = (float) acc;
    }
    synchronized (slices) {
      slices.add(key, out);
    }
    return out;
  }

  /**
   * Classifier's constructor allocates AdaGrad histories as large as the embeddings and hidden weights
   * (77,301 x 50 and 1,000 x 2,400 doubles for the English model, ~50 MB), though only training reads
   * them; both instances drop theirs.
   */
  private static void dropTrainingState(Classifier c) throws ReflectiveOperationException {
    for (String name : List.of("eg2E", "eg2W1", "eg2W2", "eg2b1", "gradSaved")) {
      field(Classifier.class, name).set(c, null);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
