package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the test inputs live: the repository's seeds/ and the workplace's ../shared data. */
public final class TestData {
  private TestData() {}

  public static Path seeds() {
    return Path.of(System.getProperty("newsgraph.seeds", "seeds")).toAbsolutePath();
  }

  public static Path shared() {
    return Path.of(System.getProperty("newsgraph.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** The seed file whose name starts with the given number, e.g. "000". */
  public static Path seed(String number) {
    try (Stream<Path> files = Files.list(seeds())) {
      return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + seeds()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String seedText(String number) {
    try {
      return Files.readString(seed(number), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
