package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Who a pronoun, plural or role speaker is (issue 15): each test is a passage the rule it names gets
 * right and the rule before it got wrong. Real CoreNLP models.
 */
class SpeakerResolutionTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpSettings.defaults());

  private static QuoteSpan quote(String text, String fragment) {
    List<QuoteSpan> qs = ANNOTATOR.analyse(text).quotes();
    return qs.stream().filter(q -> q.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote contains '" + fragment + "' in " + qs));
  }

  @Test
  void speakersAreResolvedAmongTheRepairedMentions() {
    // CoreNLP tags "Chelsea" a person here; the article-level type repair makes it the place it is, so
    // "the mayor" is no longer resolved to it.
    String t = "Twenty-nine people were injured in Chelsea on Saturday.\n\n"
        + "At a press conference in Chelsea, Bill de Blasio, who leads the city, said it was safe.\n\n"
        + "In Chelsea, the mayor also said that it was too early to tell whether the explosion was caused by a bomb.";
    assertEquals("Bill de Blasio", quote(t, "too early to tell").speakerName());
  }

  @Test
  void bothIsThePeopleTheSentenceBeforeNamesTogether() {
    String t = "Ted Cruz and Marco Rubio clashed over immigration at the debate on Thursday.\n\n"
        + "Both said they would secure the border before anything else.";
    QuoteSpan q = quote(t, "secure the border");
    assertEquals("Both", q.speaker());
    assertEquals("Ted Cruz and Marco Rubio", q.speakerName());
    assertNull(q.speakerType(), "a group is no person");
  }

  @Test
  void theyStaysUnresolvedWhenNoPeopleAreNamedTogether() {
    String t = "Donald Trump visited the factory on Monday.\n\n"
        + "Workers gathered outside the gates.\n\n"
        + "They said the plant would close next year.";
    assertNull(quote(t, "plant would close").speakerName());
  }

  @Test
  void aRoleGoesToTheHolderTheArticleNamesMostOften() {
    String t = "President Obama spoke at the White House on Monday. Obama praised the climate deal, and Obama "
        + "thanked the negotiators.\n\n"
        + "He had played golf with World Bank President Jim Yong Kim in the morning.\n\n"
        + "The president said the agreement would hold for decades.";
    assertEquals("Obama", quote(t, "would hold").speakerName());
  }

  @Test
  void aFormerHolderDoesNotHoldThePresentRole() {
    String t = "President Obama spoke at the White House on Monday.\n\n"
        + "Former President Bill Clinton campaigned in Iowa, where Bill Clinton drew large crowds.\n\n"
        + "The president said the agreement would hold for decades.";
    assertEquals("Obama", quote(t, "would hold").speakerName());
  }

  @Test
  void aTitleFollowedByANameIsThatNamesNotAnApposition() {
    String t = "Discussing the scandals around Hillary Clinton, former UN Ambassador John Bolton spoke to reporters "
        + "on Tuesday. Clinton was campaigning in Ohio.\n\n"
        + "The former ambassador said the emails should be released.";
    assertEquals("John Bolton", quote(t, "emails should be released").speakerName());
  }

  @Test
  void aRoleNoArticleNameHoldsIsThePersonItNamesMostOften() {
    String t = "Donald Trump spoke to voters in Iowa on Monday. Trump promised new jobs, and Trump attacked the "
        + "press.\n\n"
        + "Bill de Blasio criticised the plan in New York.\n\n"
        + "The Republican presidential candidate said the plan would pay for itself.";
    assertEquals("Donald Trump", quote(t, "pay for itself").speakerName());
  }
}
