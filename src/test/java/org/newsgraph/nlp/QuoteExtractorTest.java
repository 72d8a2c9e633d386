package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each shape of reported speech news uses, with the speaker it must get. Real CoreNLP models. */
class QuoteExtractorTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpSettings.defaults());

  private static List<QuoteSpan> quotes(String text) {
    List<QuoteSpan> qs = ANNOTATOR.analyse(text).quotes();
    for (QuoteSpan q : qs) {
      assertEquals(q.text(), text.substring(q.begin(), q.end()), "offsets slice the text");
    }
    return qs;
  }

  private static QuoteSpan containing(List<QuoteSpan> qs, String fragment) {
    return qs.stream().filter(q -> q.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote contains '" + fragment + "' in " + qs));
  }

  @Test
  void directQuoteWithSpeakerAfter() {
    String t = "“We may not always fully agree with our partners at times,” Colonel Ryan Dillon said.";
    QuoteSpan q = containing(quotes(t), "We may not always");
    assertEquals(QuoteSpan.DIRECT, q.kind());
    assertEquals("“We may not always fully agree with our partners at times,”", q.text());
    assertEquals("said", q.cue());
    assertEquals("Ryan Dillon", q.speaker());
    assertEquals("Ryan Dillon", q.speakerName());
    assertEquals("PERSON", q.speakerType());
  }

  @Test
  void directQuoteWithSpeakerBeforeAndColon() {
    String t = "The ministry said: \"The terrorists cross the Euphrates and seek to transfer their formations south.\"";
    QuoteSpan q = containing(quotes(t), "The terrorists cross");
    assertEquals(QuoteSpan.DIRECT, q.kind());
    assertEquals("said", q.cue());
    assertEquals("ministry", q.speaker());
  }

  @Test
  void quoteSplitAroundTheCueIsOneQuoteWithTheSpeaker() {
    String t = "Sergey Lavrov spoke in Moscow on Wednesday.\n\n“As you know, Russian air forces spotted this movement,” "
        + "he said, “and they attacked this convoy on the road.”";
    List<QuoteSpan> qs = quotes(t);
    QuoteSpan q = containing(qs, "As you know");
    assertTrue(q.text().startsWith("“As you know") && q.text().endsWith("on the road.”"), q.text());
    assertEquals(1, qs.stream().filter(x -> x.kind().equals(QuoteSpan.DIRECT)).count(), qs.toString());
    assertEquals("Sergey Lavrov", q.speakerName());
    assertEquals("he", q.speaker());
  }

  @Test
  void multiSentenceQuoteRunningIntoTheNextParagraph() {
    String t = "Nuri Mahmud, a spokesman for the militants, said: “Daesh is on the verge of being finished. "
        + "It has lost most of the city.\n\n“The last fighters will leave in the coming days.”";
    List<QuoteSpan> qs = quotes(t);
    QuoteSpan q = containing(qs, "on the verge");
    assertTrue(q.text().contains("It has lost most of the city."), q.text());
    assertTrue(q.text().contains("The last fighters will leave"), "one quote across the paragraph break: " + q.text());
    assertEquals("Nuri Mahmud", q.speakerName());
  }

  @Test
  void invertedSubjectAfterTheCue() {
    String t = "Hester, of the Alliance for School Reform, said parents still want neighborhood schools.\u00a0\n"
        + "“Parents want good schools close to home and they want them now,” said Hester.";
    QuoteSpan q = containing(quotes(t), "Parents want good schools");
    assertEquals(QuoteSpan.DIRECT, q.kind());
    assertEquals("Hester", q.speakerName());
  }

  @Test
  void indirectSpeechWithThatClause() {
    String t = "Omar Alloush, a senior official of the Raqqah Civil Council, told AFP that a deal had been reached "
        + "to allow the militants out of the city.";
    QuoteSpan q = containing(quotes(t), "a deal had been reached");
    assertEquals(QuoteSpan.INDIRECT, q.kind());
    assertEquals("told", q.cue());
    assertEquals("Omar Alloush", q.speakerName());
  }

  @Test
  void indirectSpeechWithoutComplementizerAndSurnameResolution() {
    String t = "Russian Foreign Minister Sergey Lavrov spoke on Wednesday.\n\n"
        + "Lavrov said Russia's Defense Ministry confirmed the information.";
    QuoteSpan q = containing(quotes(t), "Defense Ministry confirmed the information");
    assertEquals("Lavrov", q.speaker());
    assertEquals("Sergey Lavrov", q.speakerName());
  }

  @Test
  void organisationSpeakerInStatementAndPronounIt() {
    String t = "ISIL militants continue to cross the Euphrates River, the Russian Defense Ministry said Thursday.\n\n"
        + "The ministry said in a statement the SDF had virtually blocked the city from the north.\n\n"
        + "\"The command will continue to take all necessary measures to prevent the breakthrough,\" it said.";
    List<QuoteSpan> qs = quotes(t);
    assertEquals("Russian Defense Ministry", containing(qs, "continue to cross").speakerName());
    assertEquals("Russian Defense Ministry", containing(qs, "virtually blocked").speakerName());
    QuoteSpan it = containing(qs, "The command will continue");
    assertEquals("it", it.speaker());
    assertEquals("Russian Defense Ministry", it.speakerName());
    assertEquals("ORGANIZATION", it.speakerType());
  }

  @Test
  void accordingTo() {
    String t = "According to the Defense Ministry, Russia's Aerospace Forces thwarted two attempts to break through to Palmyra.";
    QuoteSpan q = containing(quotes(t), "thwarted two attempts");
    assertEquals("According to", q.cue());
    assertEquals("Defense Ministry", q.speakerName());
    assertTrue(!q.text().contains("According"), q.text());
  }

  @Test
  void scareQuotesAreNotQuotes() {
    String t = "Raqqah was the first big Syrian city to fall to Daesh as it declared a \"caliphate\" and rampaged through Syria.";
    assertTrue(quotes(t).stream().noneMatch(q -> q.text().contains("caliphate")));
  }

  @Test
  void indirectSpeechQuotingAFewWordsIsMixed() {
    String t = "He said it was \"possible\" that they had been taken to the neighboring province.";
    QuoteSpan q = containing(quotes(t), "possible");
    assertEquals(QuoteSpan.MIXED, q.kind());
  }

  @Test
  void quoteWithNoSpeakerNamedHasNullSpeaker() {
    String t = "The walls were covered in slogans.\n\n\"Freedom for all the people of this city and beyond\" read one of them.";
    for (QuoteSpan q : quotes(t)) {
      assertNull(q.speakerName(), q.toString());
    }
  }

  @Test
  void nounPhraseContentOfCalledFor() {
    String t = "Senator Elizabeth Warren called for an independent investigation of the bank's sales practices.";
    QuoteSpan q = containing(quotes(t), "independent investigation");
    assertEquals(QuoteSpan.INDIRECT, q.kind());
    assertEquals("an independent investigation of the bank's sales practices", q.text());
    assertEquals("called", q.cue());
    assertEquals("Elizabeth Warren", q.speakerName());
  }

  @Test
  void objectAndComplementContentOfDescribedAndUrged() {
    String t = "New Jersey Gov. Chris Christie described Hillary Clinton as a disgrace on Wednesday. "
        + "Graham urged Republicans to join the ranks of climate change believers.";
    List<QuoteSpan> qs = quotes(t);
    QuoteSpan described = containing(qs, "as a disgrace");
    assertTrue(described.text().startsWith("Hillary Clinton as a disgrace"), described.text());
    assertEquals("Chris Christie", described.speakerName());
    QuoteSpan urged = containing(qs, "to join the ranks");
    assertEquals("Republicans to join the ranks of climate change believers", urged.text());
    assertEquals("Graham", urged.speaker());
  }

  @Test
  void aDateAfterASpeechVerbIsNoContent() {
    String t = "When first announced on October 17, the truce was meant to start on Tuesday. "
        + "The Foreign Ministry said on Saturday Moscow and Ankara have agreed to defuse tensions.";
    List<QuoteSpan> qs = quotes(t);
    assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("October") || q.text().startsWith("Saturday")),
        qs.toString());
  }

  @Test
  void aWireDatelineIsNotPartOfTheStatement() {
    String t = "BEIRUT, Oct. 3 (Reuters) – Rebels left the besieged district on Monday, a monitoring group said.";
    QuoteSpan q = containing(quotes(t), "Rebels left");
    assertTrue(q.text().startsWith("Rebels left the besieged district"), q.text());
  }

  @Test
  void listenerAloneIsNoContent() {
    String t = "The senator told reporters on Friday. He called the hearing a waste of time.";
    List<QuoteSpan> qs = quotes(t);
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("reporters")), qs.toString());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("Friday")), qs.toString());
  }

  @Test
  void saidParsedAsClausalSubjectStillReportsTheClause() {
    String t = "Trump said praise from Russian President Vladimir Putin would not affect his policy toward Russia.";
    QuoteSpan q = containing(quotes(t), "would not affect");
    assertEquals("praise from Russian President Vladimir Putin would not affect his policy toward Russia", q.text());
    assertEquals("Trump", q.speaker());
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    String t = "Mr. Rosenthal spoke on Friday.\n\n''Candidate Trump should follow the precedent and release his tax "
        + "returns,'' Mr. Rosenthal said.";
    QuoteSpan q = containing(quotes(t), "should follow the precedent");
    assertEquals(QuoteSpan.DIRECT, q.kind());
    assertEquals("''Candidate Trump should follow the precedent and release his tax returns,''", q.text());
    assertEquals("Rosenthal", q.speaker());
  }

  @Test
  void cueSetOffByCommasReportsTheWholeSentence() {
    String t = "But a campaign operative decided to change course to avoid treatment by doctors, nurses or other "
        + "medical workers who could leak details to reporters, a source said.\n\n"
        + "The latest test, North Korea said, was its biggest yet.";
    List<QuoteSpan> qs = quotes(t);
    assertEquals("But a campaign operative decided to change course to avoid treatment by doctors, nurses or other "
        + "medical workers who could leak details to reporters", containing(qs, "campaign operative").text());
    QuoteSpan test = containing(qs, "biggest yet");
    assertTrue(test.text().startsWith("The latest test"), test.text());
    assertEquals("North Korea", test.speaker());
  }

  @Test
  void cueAsideWithModifiersButNotAnOrdinaryComplement() {
    String t = "Mr. Obama, officials said, has become increasingly skeptical about expanding military aid to the rebels.\n\n"
        + "His allegiance has shifted from Carly Fiorina to Rubio, Wilkin said during his campaign speech on Friday.\n\n"
        + "In Ohio, Trump said jobs are disappearing.";
    List<QuoteSpan> qs = quotes(t);
    assertTrue(containing(qs, "increasingly skeptical").text().startsWith("Mr. Obama"), qs.toString());
    assertEquals("His allegiance has shifted from Carly Fiorina to Rubio", containing(qs, "allegiance").text());
    assertEquals("jobs are disappearing", containing(qs, "jobs are").text());
  }

  @Test
  void accordingToAsideReportsTheWholeSentence() {
    String t = "Notably absent from the conversation, according to members who spoke with reporters afterward, "
        + "was any mention of the investigation.\n\n"
        + "Whites without a college degree made up just 36 percent of the electorate in 2012, according to the Associated Press.";
    List<QuoteSpan> qs = quotes(t);
    QuoteSpan mid = containing(qs, "any mention");
    assertTrue(mid.text().startsWith("Notably absent") && mid.text().endsWith("the investigation"), mid.text());
    assertEquals("Whites without a college degree made up just 36 percent of the electorate in 2012",
        containing(qs, "36 percent").text());
  }

  @Test
  void reportedClauseParsedAsDependentAfterTheListener() {
    String t = "Podesta told the AP his firm worked closely with the nonprofit and with Gates simultaneously.";
    QuoteSpan q = containing(quotes(t), "worked closely");
    assertTrue(q.text().startsWith("his firm worked closely"), q.text());
    assertEquals("Podesta", q.speaker());
  }

  @Test
  void sheIsTheWomanOfThePreviousSentenceNotTheLatestSpeaker() {
    String t = "Donald Trump said the election was rigged against him.\n\n"
        + "Hillary Clinton dismissed the claim at a rally with Tim Kaine in Ohio.\n\n"
        + "“This is a man who cannot accept losing a fair fight,” she said.";
    QuoteSpan q = containing(quotes(t), "cannot accept");
    assertEquals("she", q.speaker());
    assertEquals("Hillary Clinton", q.speakerName());
  }

  @Test
  void aNameInsideTheQuoteIsNotTheSpeakerOfHe() {
    String t = "Ted Cruz spoke to voters in Iowa on Monday.\n\n"
        + "“Nobody in this state trusts Bernie Sanders on taxes,” he said.";
    QuoteSpan q = containing(quotes(t), "Nobody in this state");
    assertEquals("Ted Cruz", q.speakerName());
  }

  @Test
  void aNameInTheReportedClauseIsNotTheSpeakerOfHe() {
    String t = "Ted Cruz spoke to voters in Iowa on Monday.\n\n"
        + "Bernie Sanders would raise taxes on every family in the state, he said.";
    QuoteSpan q = containing(quotes(t), "raise taxes");
    assertEquals("he", q.speaker());
    assertEquals("Ted Cruz", q.speakerName());
  }

  @Test
  void heIsThePreviousSentencesSpeakerBeforeItsFirstNamedPerson() {
    String t = "Mike Pence stood beside him on the stage as Donald Trump said the ticket was strong.\n\n"
        + "“We are going to win Ohio,” he said.";
    QuoteSpan q = containing(quotes(t), "win Ohio");
    assertEquals("Donald Trump", q.speakerName());
  }

  @Test
  void heIsTheSentencesFirstNamedPersonNotItsLatest() {
    String t = "Donald Trump praised Mike Pence at the rally, and he said the ticket would win Ohio.";
    QuoteSpan q = containing(quotes(t), "win Ohio");
    assertEquals("Donald Trump", q.speakerName());
  }

  @Test
  void aRoleGoesToTheHolderTheArticleGivesItMostOften() {
    String t = "President Obama spoke at the White House on Monday. President Obama said the deal was a win.\n\n"
        + "World Bank President Jim Yong Kim joined him on the stage.\n\n"
        + "The president said the agreement would hold for decades.";
    assertEquals("Obama", containing(quotes(t), "would hold").speakerName());
  }

  @Test
  void aRoleHolderNamedOnlyInsideAQuotationIsNoHolder() {
    String t = "Sen. Ted Cruz spoke to voters in Iowa on Monday.\n\n"
        + "“Senator Bernie Sanders has no plan for farmers,” Donald Trump said.\n\n"
        + "The senator said the farm bill would pass this year.";
    assertEquals("Ted Cruz", containing(quotes(t), "farm bill").speakerName());
  }

  @Test
  void aDefiniteRoleIsTheOneTheArticleGaveThatTitle() {
    String t = "Sen. Lindsey Graham met Donald Trump in Washington on Monday.\n\n"
        + "The senator said the meeting had gone well.\n\n"
        + "John Bolton, the former ambassador, joined them later. Mike Pence arrived after lunch.\n\n"
        + "The ambassador said that new sanctions would follow.";
    List<QuoteSpan> qs = quotes(t);
    assertEquals("Lindsey Graham", containing(qs, "meeting had gone").speakerName());
    assertEquals("John Bolton", containing(qs, "new sanctions").speakerName());
  }

  @Test
  void indefiniteAndPluralSpeakersStayDescriptions() {
    String t = "Donald Trump met the Pentagon's leaders on Monday.\n\n"
        + "A spokesman said the meeting was cancelled.\n\n"
        + "They said the strikes would continue for weeks.";
    List<QuoteSpan> qs = quotes(t);
    assertEquals("spokesman", containing(qs, "was cancelled").speakerName());
    QuoteSpan they = containing(qs, "strikes would");
    assertEquals("They", they.speaker());
    assertNull(they.speakerName());
  }

  @Test
  void speechVerbsInSensesThatReportNoStatementAreNoQuotes() {
    String t = "She called her service provider after the outage in March.\n\n"
        + "A senior official, who spoke on condition of anonymity, described the talks.\n\n"
        + "A search of the house revealed that the weapons had been moved.\n\n"
        + "Trump called for an investigation of the leaks.";
    List<QuoteSpan> qs = quotes(t);
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("service provider")), qs.toString());
    assertTrue(qs.stream().noneMatch(q -> "spoke".equals(q.cue())), qs.toString());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("weapons had been moved")), qs.toString());
    assertEquals("Trump", containing(qs, "investigation").speaker(), "'called for' still reports a statement");
  }

  @Test
  void theListenerOfAPassiveToldIsNotTheSpeaker() {
    String t = "The court was told that the defendant had fled the country in 2014.";
    QuoteSpan q = containing(quotes(t), "defendant had fled");
    assertNull(q.speaker(), q.toString());
    assertNull(q.speakerName(), q.toString());
  }

  @Test
  void titlesAndAffiliationsBeforeAPersonsNameGoToTheirOwnColumn() {
    assertEquals(java.util.Arrays.asList("Sen.", "Bernie Sanders"), List.of(PersonNames.splitTitle("Sen. Bernie Sanders")));
    assertEquals(java.util.Arrays.asList("Tory MP", "Jane Smith"), List.of(PersonNames.splitTitle("Tory MP Jane Smith")));
    assertEquals(java.util.Arrays.asList(null, "Ban Ki-moon"), java.util.Arrays.asList(PersonNames.splitTitle("Ban Ki-moon")));
    assertEquals(java.util.Arrays.asList(null, "Hillary Clinton"),
        java.util.Arrays.asList(PersonNames.splitTitle("Hillary Clinton")));
    String t = "Mayor Bill de Blasio visited the site on Sunday.\n\nDe Blasio said the explosion was an intentional act.";
    QuoteSpan q = containing(quotes(t), "intentional act");
    assertEquals("Bill de Blasio", q.speakerName());
    assertEquals("Mayor", q.speakerTitle());
  }

  @Test
  void aDefiniteOrganisationDescriptionIsTheOrganisationNamedBeforeIt() {
    String t = "Verizon announced on Monday that it would cut 2,000 jobs in New Jersey.\n\n"
        + "The company said the cuts were needed to stay competitive.";
    assertEquals("Verizon", containing(quotes(t), "stay competitive").speakerName());
  }

  @Test
  void aRolesOtherWordsChooseAmongItsHolders() {
    String t = "Former President Bill Clinton campaigned in Ohio on Monday.\n\n"
        + "President Barack Obama spoke in Washington the same day.\n\n"
        + "The former president said the economy had improved since 2009.";
    assertEquals("Bill Clinton", containing(quotes(t), "economy had improved").speakerName());
  }
}
