package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  @Test
  void iob1SpansSplitOnlyAtBOrTypeChange() {
    List<ConllReader.Entity> e = ConllReader.spans(0, List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"));
    assertEquals(List.of(new ConllReader.Entity(0, 0, 2, "PER"), new ConllReader.Entity(0, 3, 4, "LOC"),
        new ConllReader.Entity(0, 4, 5, "LOC"), new ConllReader.Entity(0, 5, 6, "ORG"),
        new ConllReader.Entity(0, 6, 7, "MISC")), e);
  }

  @Test
  void theFirstSentenceAfterEachDocstartOpensADocument(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("tiny.txt");
    Files.writeString(f, "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n"
        + "-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n");
    ConllReader.Corpus c = ConllReader.read(f);
    assertEquals(List.of(true, false, true), c.sentences().stream().map(ConllReader.Sentence::opensDocument).toList());
    assertEquals(List.of(new ConllReader.Entity(0, 0, 1, "ORG"), new ConllReader.Entity(1, 0, 1, "PER"),
        new ConllReader.Entity(2, 0, 1, "LOC")), c.entities());
  }
}
