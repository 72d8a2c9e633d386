package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/** Names tagged once in an article, found where the CRF missed them; tokens from CoreNLP's tokenizer only. */
class NameCompletionTest {
  private static final StanfordCoreNLP TOKENIZER = tokenizer();

  private static StanfordCoreNLP tokenizer() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(p);
  }

  private static MentionSpan at(String text, String mention, int occurrence, String type, String tag) {
    int b = -1;
    for (int i = 0; i <= occurrence; i++) {
      b = text.indexOf(mention, b + 1);
    }
    return new MentionSpan(0, b, b + mention.length(), mention, type, tag, 0.9, null);
  }

  private static List<String> completed(String text, List<MentionSpan> ms) {
    CoreDocument doc = new CoreDocument(text);
    TOKENIZER.annotate(doc);
    List<String> out = new ArrayList<>();
    for (MentionSpan m : NameCompletion.complete(doc, ms)) {
      out.add(m.text() + "@" + m.begin() + "/" + m.type() + "/" + m.sentence());
    }
    return out;
  }

  @Test
  void aTaggedSurnameAndNameAreFoundWhereTheTaggerMissedThem() {
    String t = "Pence: no debate. Mike Pence spoke in Ohio. Later Mr. Pence left Ohio.";
    List<MentionSpan> ms = List.of(at(t, "Mike Pence", 0, "PERSON", "PERSON"), at(t, "Ohio", 0, "LOCATION", "STATE_OR_PROVINCE"));
    assertEquals(List.of("Pence@0/PERSON/0", "Mike Pence@18/PERSON/0", "Ohio@38/LOCATION/0", "Pence@54/PERSON/2",
        "Ohio@65/LOCATION/2"), completed(t, ms));
  }

  @Test
  void longerNamesCommonWordsMonthsAndAdjectivesAreLeftAlone() {
    String t = "Theresa May met Jeb Bush in May. Bush Cheney rallied. The Bush Tower rose. Syrian forces and "
        + "the State Department met. The state is poor. Syrian militias. State said.";
    List<MentionSpan> ms = List.of(at(t, "Theresa May", 0, "PERSON", "PERSON"), at(t, "Jeb Bush", 0, "PERSON", "PERSON"),
        at(t, "Syrian", 0, "MISC", "NATIONALITY"), at(t, "State", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Theresa May@0/PERSON/0", "Jeb Bush@16/PERSON/0", "Syrian@75/MISC/0", "State@97/ORGANIZATION/0"),
        completed(t, ms));
  }

  @Test
  void aNameInsideAHyphenatedCompoundIsFoundButNotBeforeBased() {
    String t = "Hezbollah and al-Qaeda fought Nusra. The anti-Hezbollah camp met al-Qaeda-linked rebels, "
        + "Hezbollah-based aides and al-Nusra men.";
    List<MentionSpan> ms = List.of(at(t, "Hezbollah", 0, "ORGANIZATION", "ORGANIZATION"),
        at(t, "al-Qaeda", 0, "ORGANIZATION", "ORGANIZATION"), at(t, "Nusra", 0, "ORGANIZATION", "ORGANIZATION"));
    assertEquals(List.of("Hezbollah@0/ORGANIZATION/0", "al-Qaeda@14/ORGANIZATION/0", "Nusra@30/ORGANIZATION/0",
        "Hezbollah@" + t.indexOf("Hezbollah", 40) + "/ORGANIZATION/1",
        "al-Qaeda@" + t.indexOf("al-Qaeda-linked") + "/ORGANIZATION/1",
        // The tokenizer splits "al-Nusra" itself; its "Nusra" keys as "al-Nusra" does.
        "Nusra@" + t.indexOf("Nusra men") + "/ORGANIZATION/1"), completed(t, ms));
    assertEquals(false, NameCompletion.compoundPart(t, t.indexOf("Hezbollah-based"), t.indexOf("Hezbollah-based") + 9));
    assertEquals(false, NameCompletion.compoundPart(t, t.indexOf("Nusra men"), t.indexOf("Nusra men") + 5));
  }
}
