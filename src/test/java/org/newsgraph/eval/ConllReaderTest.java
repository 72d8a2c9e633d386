package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConllReaderTest {
  @Test
  void iob1SpansSplitOnlyAtBOrTypeChange() {
    List<ConllReader.Entity> e = ConllReader.spans(0, List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"));
    assertEquals(List.of(new ConllReader.Entity(0, 0, 2, "PER"), new ConllReader.Entity(0, 3, 4, "LOC"),
        new ConllReader.Entity(0, 4, 5, "LOC"), new ConllReader.Entity(0, 5, 6, "ORG"),
        new ConllReader.Entity(0, 6, 7, "MISC")), e);
  }
}
