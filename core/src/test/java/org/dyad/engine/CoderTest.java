package org.dyad.engine;

import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence structure → who did what to whom. Uses the shared pipeline (models load once per JVM). */
class CoderTest {
    static final LocalDate DAY = LocalDate.of(2021, 12, 6);

    static List<Event> code(String text) {
        return Dyad.shared(Dyad.Config.DEFAULT).code(Article.of("t", DAY, text)).events();
    }

    static List<String> dyads(List<Event> es) {
        return es.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "---" : e.target().code()) + ":" + e.root()).toList();
    }

    @Test
    void accusationSourceIsTheSubjectTargetTheObject() {
        List<Event> es = code("Russia accused Ukraine of shelling civilians in the east.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("RUS");
            assertThat(e.target().code()).isEqualTo("UKR");
            assertThat(e.cameo()).startsWith("112");
            assertThat(e.quadClass()).isEqualTo(3);
            assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
        });
    }

    @Test
    void passiveIsTurnedRound() {
        List<Event> es = code("Ukrainian soldiers were attacked by Russian troops near Kharkiv on Friday.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("RUSMIL");
            assertThat(e.target().code()).isEqualTo("UKRMIL");
            assertThat(e.quadClass()).isEqualTo(4);
        });
    }

    @Test
    void conjoinedActorsGiveEveryDyad() {
        assertThat(dyads(code("France and Germany condemned Iran on Monday.")))
                .contains("FRA>IRN:11", "DEU>IRN:11");
    }

    @Test
    void reciprocalVerbsGiveBothDirections() {
        assertThat(dyads(code("Japan and South Korea met in Tokyo to discuss trade.")))
                .contains("JPN>KOR:04", "KOR>JPN:04");
    }

    @Test
    void negatedEventsAreMarked() {
        assertThat(code("China did not attack Taiwan.")).allSatisfy(e -> assertThat(e.mode()).isEqualTo(Mode.NEGATED))
                .isNotEmpty();
    }

    @Test
    void futureEventsAreMarked() {
        assertThat(code("Egypt will host Israeli negotiators in Cairo next week."))
                .anySatisfy(e -> assertThat(e.mode()).isEqualTo(Mode.FUTURE));
    }

    @Test
    void reportedSpeechIsAttributedAndTheOutletIsNeverAnActor() {
        List<Event> es = code("Israel struck targets in Lebanon overnight, Reuters reported, citing sources.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> {
            assertThat(e.source().code()).isNotEqualTo("GBRMED");
            assertThat(e.reportedBy()).isEqualTo("Reuters");
        });
        assertThat(dyads(es)).anyMatch(d -> d.startsWith("ISR>LBN"));
    }

    @Test
    void aSentenceWithoutAPoliticalEventGivesNothing() {
        assertThat(code("The weather in Paris was sunny and mild, with temperatures near 20 degrees.")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        String text = "Quiet day. Russia accused Ukraine of shelling civilians.";
        List<Event> es = code(text);
        assertThat(es).isNotEmpty();
        Event e = es.get(0);
        assertThat(text.substring(e.source().start(), e.source().end())).isEqualTo(e.source().text());
        assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
        assertThat(e.sentenceIndex()).isEqualTo(1);
    }

    @Test
    void eventIdsAreStableAcrossRuns() {
        String text = "Russia accused Ukraine of shelling civilians.";
        assertThat(code(text).get(0).eventId()).isEqualTo(code(text).get(0).eventId()).hasSize(16);
    }

    // ---- when the slot holds no actor ----

    @Test
    void targetInsideThePhraseThatFillsTheSlot() {
        assertThat(dyads(code("Hezbollah threatened to resume attacks in Israel.")))
                .anyMatch(d -> d.endsWith(">ISR:13"));
    }

    @Test
    void verbalEventWithoutANamedTargetIsCodedWithoutTarget() {
        assertThat(dyads(code("Egypt warned on Sunday that it would retaliate."))).contains("EGY>---:13");
        // (what an act or a plan would do is a warning; a forecast about a mere thing is not: see aForecastIsNoThreat)
        assertThat(dyads(code("Egypt warned on Sunday that the plan would fail."))).contains("EGY>---:13");
        // statements need a target, material conflict needs a real one
        assertThat(dyads(code("Germany said the plan would fail."))).isEmpty();
        assertThat(dyads(code("Russia attacked the proposal on Monday."))).noneMatch(d -> d.endsWith(":19"));
    }

    @Test
    void targetlessEventGivesWayToOneWithATarget() {
        assertThat(dyads(code("Canada condemned Iran and denounced the attack.")))
                .contains("CAN>IRN:11").doesNotContain("CAN>---:11");
    }

    @Test
    void coordinatedSourcesOfAJointActAreEachOthersTargets() {
        // but not of a mediation (between others) or of hostile acts aimed elsewhere
        assertThat(dyads(code("Qatar and Egypt offered to mediate."))).doesNotContain("QAT>EGY:03", "EGY>QAT:03");
        assertThat(dyads(code("Japan and South Korea condemned the launch.")))
                .doesNotContain("JPN>KOR:11", "KOR>JPN:11");
    }

    // ---- actors placed by the sentence ----

    @Test
    void groupWordTakesTheCountryTheSentenceIsPlacedIn() {
        assertThat(dyads(code("Thousands of students staged demonstrations throughout Indonesia against the government.")))
                .anyMatch(d -> d.startsWith("IDNEDU>") && d.endsWith(":14"));
        // a group belonging to an actor just before it is that actor's
        assertThat(code("NATO peacekeeping troops arrived in Bosnia.").stream()
                .map(e -> e.source().code())).noneMatch(c -> c.startsWith("BIH"));
    }

    @Test
    void travellingBodiesDoNotTakeThePlacesCountry() {
        assertThat(code("Mirzoyan said the two delegations had agreed to meet again in Geneva in April.").stream()
                .map(e -> e.source().code())).noneMatch(c -> c.startsWith("CHE"));
    }

    @Test
    void theConditionOfAPromiseIsNoIntent() {
        assertThat(code("Aliyev said a treaty could be signed within months if Armenia met his country's conditions.").stream()
                .filter(e -> e.source().code().startsWith("ARM")).map(e -> e.cameo())).noneMatch(c -> c.startsWith("03"));
    }

    @Test
    void passiveArrestWithoutAgentIsTheStatesWhereItHappened() {
        assertThat(dyads(code("Two French aid workers were arrested in Iran on Saturday.")))
                .anyMatch(d -> d.startsWith("IRN>FRA") && d.endsWith(":17"));
    }

    @Test
    void protestWithoutNamedTargetIsAimedAtTheAuthoritiesWhereItHappens() {
        assertThat(dyads(code("Thousands of Kurdish protesters rallied in Stockholm on Saturday.")))
                .anyMatch(d -> d.endsWith(">SWEGOV:14"));
        assertThat(dyads(code("Kenyan teachers went on strike on Monday."))).contains("KENEDU>KENGOV:14");
    }

    @Test
    void cooperationWithAThingInTheSlotIsNotCoded() {
        assertThat(dyads(code("Biden said he would not recognize anyone's red lines."))).noneMatch(d -> d.endsWith(":05"));
    }

    @Test
    void aGerundAfterOfIsTheAccusationsContent() {
        assertThat(code("Iran accused Israel of torturing Palestinian prisoners.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1122"));
        assertThat(code("China accused the United States of spying on its embassy.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1125"));
    }

    @Test
    void aSlotFilledOnlyByTheSourceItselfHoldsNoTarget() {
        assertThat(dyads(code("Israel evacuated its settlements in the Gaza Strip."))).contains("ISR>PSE:08");
    }

    @Test
    void theMeansOfAKillingFixesItsCode() {
        // violent-means.tsv: the longest listed compound wins; a means with no code leaves the verb's
        assertThat(code("A car bomb explosion killed a Lebanese lawmaker in Beirut on Monday.")).extracting(Event::cameo).containsExactly("1832");
        assertThat(code("Taliban fighters killed five Afghan soldiers in a roadside bombing in Helmand.")).extracting(Event::cameo)
                .containsExactly("1833");
        assertThat(code("Israeli air strikes killed three Syrian soldiers near Damascus on Sunday.")).extracting(Event::cameo)
                .containsExactly("195");
        assertThat(code("Twelve Syrian soldiers were killed in clashes with rebels near Aleppo.")).extracting(Event::cameo)
                .containsExactly("190");
        assertThat(code("Gunmen killed two Iraqi policemen in an attack in Mosul on Monday.")).extracting(Event::cameo).containsExactly("180");
    }

    @Test
    void aSpeakersSecondActIsTheSpeakersNotTheReportedSubjects() {
        // the parser puts "accused" inside the reported clause, conjoined to "had attacked"
        assertThat(dyads(code("The rebels' spokesman said the army had attacked its fighters and accused the Burundian government of lying.")))
                .noneMatch(d -> d.startsWith("BDIMIL>BDIGOV"));
        // what is alleged is no act of the accuser
        assertThat(dyads(code("The Sudanese army accused the rebels of occupying hospitals and using Sudanese civilians as human shields.")))
                .noneMatch(d -> d.startsWith("SDNMIL>SDNCVL"));
    }

    @Test
    void aDocumentsParticipleIsItsIssuersActAndWhatItDemandsDidNotHappen() {
        List<Event> es = code("Hamas issued a statement demanding that Israel release Palestinian prisoners.");
        assertThat(dyads(es)).contains("PSEREBHMS>ISR:10");
        // the mandative subjunctive is no release
        assertThat(es).noneMatch(e -> e.cameo().startsWith("08") && e.mode() == Mode.ASSERTED);
        // the object of a verb that codes nothing says what is demanded: information (064) makes 1014
        assertThat(code("The rebels issued a statement demanding that the Turkish government provide information on their leader."))
                .extracting(Event::cameo).contains("1014");
    }

    @Test
    void reciprocalPronounsMakeCoordinatedSourcesEachOthersTargets() {
        assertThat(dyads(code("The Philippine army and the Moro rebels accused each other of violating the ceasefire.")))
                .contains("PHLMIL>PHLREB:11", "PHLREB>PHLMIL:11");
    }

    @Test
    void whoseTheThingIsIsTheTargetBeforeWhatItIsAbout() {
        assertThat(dyads(code("China rejected proposed American changes to the trade deal."))).contains("CHN>USA:12");
        assertThat(dyads(code("Albania denounced Serbia's crackdown on ethnic Albanians in Kosovo."))).contains("ALB>SRB:11");
        // a capitalised place NER did not tag, after a preposition of place
        assertThat(dyads(code("Syrian government forces shelled residential areas of Homs."))).contains("SYRMIL>SYR:19");
    }

    @Test
    void calledOnXToVIsAnAppealToXNotXsAct() {
        // the parser reads "on" as the marker of an adverbial clause with Kenya's addressee as its subject (ParseRepair)
        List<Event> es = code("Kenya called on Somalia to release the detained aid workers.");
        assertThat(dyads(es)).contains("KEN>SOM:02");
        assertThat(es).noneMatch(e -> e.source().code().equals("SOM"));
    }

    @Test
    void whatIsDeniedIsNegatedAndTheDenialIsCoded() {
        // the parser hangs the gerund on "denied" as a bare dep (ParseRepair makes it the complement)
        List<Event> es = code("Russia denied shelling the Ukrainian town of Kharkiv.");
        assertThat(es).anyMatch(e -> e.cameo().equals("016") && e.mode() == Mode.ASSERTED);
        assertThat(es).filteredOn(e -> e.cameo().startsWith("19")).allMatch(e -> e.mode() == Mode.NEGATED);
    }

    @Test
    void aNounsObjectIsItsOfPhrase() {
        assertThat(code("Poland ordered the expulsion of 45 Russian diplomats.")).extracting(Event::cameo).containsExactly("161");
        assertThat(code("Serbia announced the suspension of talks with Kosovo.")).extracting(Event::cameo).containsExactly("164");
    }

    @Test
    void aDateIsNoPrepositionalFrameAndAPossessivePronounNoAddressee() {
        // "on Monday" is no "pressed X on Y" frame; "their" refers back to the troops
        assertThat(code("Turkish troops pressed their offensive against Kurdish fighters in northern Syria on Monday."))
                .noneMatch(e -> e.cameo().startsWith("10"));
    }

    @Test
    void notRulingOutTalksHoldsThemOpen() {
        assertThat(code("Iran did not rule out talks with the United States.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo()).startsWith("04");
                    assertThat(e.mode()).isEqualTo(Mode.HYPOTHETICAL);
                });
        assertThat(code("Israel ruled out talks with Hamas.")).extracting(Event::cameo).containsExactly("125");
    }

    @Test
    void protestsInACountryAreItsPeoplesNotAStatesComplaint() {
        assertThat(dyads(code("Protests erupted in Iran against the government on Monday."))).contains("IRNCVL>IRNGOV:14");
        // a state that protests complains (114)
        assertThat(code("China protested to Japan over the visit.")).extracting(Event::cameo).contains("114");
    }

    @Test
    void aNounTheVerbGovernsNamesTheActOnce() {
        // "fired tear gas at": 175 (repression), not also 190 from "fired at"
        assertThat(code("Venezuelan police fired tear gas at opposition supporters in Caracas on Wednesday."))
                .extracting(Event::cameo).containsExactly("175");
        // followers of a group are of the group's role
        assertThat(dyads(code("Venezuelan police fired tear gas at opposition supporters in Caracas on Wednesday.")))
                .containsExactly("VENCOP>VENOPP:17");
    }

    @Test
    void whatAnActorAvoidsIsNegated() {
        assertThat(code("India advised its citizens to avoid travelling to the Maldives.")).allSatisfy(e -> assertThat(e.mode()).isNotEqualTo(Mode.ASSERTED));
    }

    @Test
    void aKillingWithNoNamedAttackerIsTheUnidentifiedAttackersOfThePlace() {
        assertThat(dyads(code("A roadside bomb near the Afghan city of Kandahar killed two Canadian soldiers on Sunday.")))
                .contains("AFGUAF>CANMIL:18");
        assertThat(dyads(code("Two Indian policemen were killed in a grenade attack in Srinagar on Monday.")))
                .contains("INDUAF>INDCOP:18");
        // the attacker the weapon names
        assertThat(dyads(code("Israeli air strikes killed three Syrian soldiers near Damascus on Sunday.")))
                .contains("ISR>SYRMIL:19");
        // no attacker at all: accidents and disasters
        assertThat(code("Two Pakistani soldiers were killed in a road accident in Lahore on Monday.")).isEmpty();
        assertThat(code("Floods killed ten Indian villagers in Assam on Monday.")).isEmpty();
    }

    @Test
    void whoUsesSomethingToActIsTheActor() {
        assertThat(dyads(code("Kenyan police used tear gas to disperse protesters in Nairobi on Tuesday.")))
                .contains("KENCOP>KENOPP:17");
    }

    @Test
    void stancesAndResponsibilityNameTheirHolder() {
        // "is opposed to" is no passive
        assertThat(dyads(code("Israel is opposed to French mediation in the talks."))).contains("ISR>FRA:11");
        // the responsible one did it; the place's state suffered it
        assertThat(dyads(code("Sudan's government is responsible for mass killings in the Darfur region.")))
                .contains("SDNGOV>SDN:20");
    }

    @Test
    void theSpeakerAfterACommaIsNotCoordinatedWithTheListBeforeIt() {
        assertThat(dyads(code("Egypt is prepared to mediate between Israel and Hamas, the Egyptian foreign ministry said.")))
                .noneMatch(d -> d.startsWith("EGY>EGY") || d.contains(">EGYGOV"));
    }

    @Test
    void whatAnAccusationIsOfGivesItsKind() {
        List<Event> es = code("Armenia accused Azerbaijan of violating the ceasefire on Monday.");
        assertThat(es).extracting(Event::cameo).contains("1123").doesNotContain("196");
    }

    @Test
    void whatIsAskedForOrThreatenedGivesTheCode() {
        assertThat(code("France urged Iran to release the detained French sailors.")).extracting(Event::cameo).containsExactly("0253");
        assertThat(code("Russia threatened to break off diplomatic relations with Georgia.")).extracting(Event::cameo).containsExactly("1313");
        // protests by what they demand, investigations by what they look into
        assertThat(code("Thousands of Indonesian students rallied in Jakarta to demand the resignation of the president."))
                .extracting(Event::cameo).contains("1411");
        assertThat(code("The United Nations opened an investigation into war crimes in Kosovo.")).extracting(Event::cameo).contains("094");
    }

    @Test
    void aDateThatDescribesAThingOrIsPartOfANameDoesNotDateTheEvent() {
        assertThat(code("Burundi's government urged the rebels to respect the 2006 ceasefire."))
                .allSatisfy(e -> assertThat(e.date()).isEqualTo(DAY.toString()));
        // a condition is hypothetical, negated or not
        assertThat(code("Mexico would recall its ambassador from Venezuela if Caracas did not apologise."))
                .noneSatisfy(e -> assertThat(e.mode()).isEqualTo(Mode.NEGATED));
    }

    @Test
    void sayingThatAnotherActorMustActIsADemand() {
        assertThat(dyads(code("Britain's foreign secretary said that Sudan must stop the attacks on civilians in Darfur.")))
                .anyMatch(d -> d.startsWith("GBRGOV>SDN") && d.endsWith(":10"));
        // and an actor said to be obliged to act did not act
        assertThat(code("Britain's foreign secretary said that Sudan must stop the attacks on civilians in Darfur."))
                .noneSatisfy(e -> assertThat(e.source().code()).startsWith("SDN"));
    }

    @Test
    void aTitleBeforeANameIsTheObjectsWord() {
        assertThat(dyads(code("On Monday, Kenyan Foreign Minister Raychelle Omamo summoned Uganda's ambassador Joseph Ochieng to protest against the border clashes.")))
                .contains("KENGOV>UGAGOV:11")
                // the summoner protests, and a government's protest is a complaint, not a demonstration
                .noneMatch(d -> d.endsWith(":14"));
    }

    @Test
    void aParticipleUsedAsANounIsTheObjectsWord() {
        // "the injured" is parsed with the article as the object's head
        assertThat(dyads(code("Jordanian army helicopters evacuated the injured from the Syrian town of Daraa on Monday.")))
                .contains("JORMIL>SYR:07");
    }

    @Test
    void announcingOneWillNotDoACooperativeActIsARefusal() {
        assertThat(code("Hungary said it will not accept any more refugees from Serbia."))
                .anySatisfy(e -> {
                    assertThat(e.cameo()).startsWith("12");
                    assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
                })
                .noneSatisfy(e -> assertThat(e.cameo()).startsWith("07"));
    }

    @Test
    void aDomesticActWithNoNamedTargetIsAimedAtTheSourcesCountry() {
        assertThat(dyads(code("Tunisia's president lifted the curfew in the capital on Sunday."))).contains("TUNGOV>TUN:08");
    }

    @Test
    void aThreatWithNoTargetTakesTheTargetOfWhatItThreatens() {
        assertThat(dyads(code("Seoul warned that its artillery would shell North Korean positions."))).contains("KORGOV>PRK:13")
                // the shelling was threatened, not done
                .noneMatch(d -> d.endsWith(":19"));
    }

    @Test
    void whatAProtestDemandsIsItsContentNotASecondEvent() {
        assertThat(dyads(code("Thousands of teachers rallied in Nairobi on Tuesday, demanding higher pay from the government.")))
                .anyMatch(d -> d.endsWith(":14"))
                .noneMatch(d -> d.endsWith(":10"));
    }

    @Test
    void aThatClauseAfterAdverbialsIsTheDemandsContent() {
        assertThat(dyads(code("The Arab League demanded on Sunday that Syria withdraw its tanks from the cities.")))
                .anyMatch(d -> d.startsWith("IGO") && d.endsWith(">SYR:10"));
    }

    @Test
    void aContentNounIsTheActItNames() {
        // "aid" under "delivery of": the aid asked for (023), not a generic appeal
        assertThat(code("Moldova asked the European Union for the delivery of emergency aid."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("023"));
    }

    @Test
    void anOccupationWithAnIndefiniteArticleIsAnActor() {
        assertThat(dyads(code("A local journalist was killed in a bomb blast in Mogadishu on Friday.")))
                .anyMatch(d -> d.endsWith(">SOMMED:18"));
    }

    @Test
    void aParticipleBeforeTheMainVerbModifiesItsNoun() {
        // "armed" is no act of arming (072); "ambushed" is the act
        assertThat(dyads(code("Rebel fighters armed with machine guns ambushed a Malian army convoy near Gao, killing nine soldiers.")))
                .noneMatch(d -> d.endsWith(":07"))
                .anyMatch(d -> d.endsWith(":19") || d.endsWith(":18"));
    }

    @Test
    void aPronounBeforeAModalIsTheSubjectOfTheWarning() {
        assertThat(dyads(code("Ankara warned it would cut diplomatic ties with Israel."))).contains("TURGOV>ISR:13");
    }

    @Test
    void aKillingParticipleTakesTheBombOfItsVerb() {
        assertThat(code("A bomb exploded in a crowded market in Peshawar on Friday, killing 30 people."))
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("PAKUAF");
                    assertThat(e.cameo()).isEqualTo("183");
                });
    }

    @Test
    void aNamesakeCapitalIsThePlaceOfTheCountryTheSentenceNames() {
        // Tripoli, Lebanon, not Libya's capital; Dhaka, Bangladesh, not the town in Bihar
        assertThat(dyads(code("Syrian troops shelled rival militias in Tripoli, the north Lebanese port, on Sunday.")))
                .anyMatch(d -> d.startsWith("SYRMIL>LBN"));
        assertThat(code("The foreign secretaries of India and Pakistan met in Dhaka on Saturday."))
                .allSatisfy(e -> assertThat(e.location().country()).isEqualTo("BGD"))
                .isNotEmpty();
    }

    @Test
    void aRoleWordOwnedByAPronounIsTheReferentsInstitution() {
        // "his government" is the government of the country of the person "his" refers to; "its troops" are the source's own
        assertThat(dyads(code("Philippine President Fidel Ramos said on Monday his government would open peace talks with Malaysia.")))
                .anyMatch(d -> d.startsWith("PHLGOV>MYS"));
        assertThat(dyads(code("Hamas said its fighters had fired rockets at Israel.")))
                .anyMatch(d -> d.startsWith("PSEREBHMS>ISR"));
        assertThat(dyads(code("Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the town of Gorazde.")))
                .anyMatch(d -> d.startsWith("BIHMILsrp>"));
        assertThat(dyads(code("The parliament threatened to secede unless the Kremlin withdrew its troops from the republic.")))
                .noneMatch(d -> d.startsWith("RUSGOV>RUSMIL"));
    }

    @Test
    void whatIsDeniedInAThatClauseIsADenialNotAnAct() {
        // the that-clause stands where "denied supporting" has its complement; the act itself did not happen by this account
        List<Event> es = code("Rwanda denied that it supported the M23 rebels.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("016");
            assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
        });
        // what is denied is the denial's content, not an event of its own
        assertThat(es).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("051"));
    }

    @Test
    void aPatternCanAskForTheSubjectsWord() {
        // subj=: who pulls out or strikes decides the code ("troops pulled out" is a retreat, "workers struck" a strike)
        assertThat(dyads(code("Serbian troops pulled out of Kosovo in June 1999."))).contains("SRBMIL>XKX:08");
        assertThat(code("Greek dockworkers struck for a second day on Thursday.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("143"));
        assertThat(code("Israeli warplanes struck Hamas positions in Gaza.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("195"));
        assertThat(code("Britain pulled out of the treaty.")).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("0874"));
    }

    @Test
    void theOrganisationsPeopleAndALeadersFollowersAreCodedAsTheirGroup() {
        assertThat(dyads(code("Rebels of the Patriotic Movement of Ivory Coast attacked an Ivorian army post.")))
                .anyMatch(d -> d.startsWith("CIVREBFNV>CIVMIL"));
        assertThat(dyads(code("Supporters of Raila Odinga clashed with Kenyan police in Kisumu.")))
                .anyMatch(d -> d.startsWith("KENOPP>KENCOP"));
        // a short wire sentence with few function words is still English, and fighters are no warplanes
        List<Event> es = code("Islamic State fighters attacked a Syrian army base near Deir ez-Zor.");
        assertThat(dyads(es)).contains("IMGMOSISI>SYRMIL:19");
        assertThat(es).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("195"));
    }

    @Test
    void aThreatIsAimedAtTheSubjectOfItsCondition() {
        assertThat(dyads(code("The Irish Republican Army warned on Thursday that it would resume its bombing campaign unless London dropped its demand.")))
                .anyMatch(d -> d.startsWith("GBRREBIRA>GBRGOV:13"));
        assertThat(dyads(code("Russia warned that Moscow would respond if NATO deployed combat troops in Ukraine.")))
                .anyMatch(d -> d.startsWith("RUS") && d.contains(">IGOWSTNAT:13"));
    }

    @Test
    void tellingSomeoneWhatOneWillDoIsAPromiseTellingThemToDoItAnOrder() {
        assertThat(code("Iraq's foreign minister told the U.N. special envoy on Monday that Baghdad would comply with the resolutions."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("035"))
                .noneSatisfy(e -> assertThat(e.root()).isEqualTo("10"));
        assertThat(code("Washington told Moscow to pull its troops back from the Ukrainian border."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1056"));
        // "it" is the one who told, and the promise is made to the one told
        assertThat(dyads(code("Syria's government has told the United Nations it will open two more border crossings from Turkey.")))
                .contains("SYRGOV>IGOUNO:03");
    }

    @Test
    void saidDuringAVisitIsAVisit() {
        // attach=: the noun hangs on the verb by "during"/"on"; the visitor is the verb's subject
        assertThat(dyads(code("Serbian President Boris Tadic apologised to Croatia on Sunday, during a visit to the town of Vukovar.")))
                .contains("SRBGOV>HRV:04");
        assertThat(code("China condemned the visit to Taiwan.")).noneSatisfy(e -> assertThat(e.root()).isEqualTo("04"));
    }

    @Test
    void notCommentingIsDecliningToComment() {
        assertThat(code("A French spokesman would not comment on Algeria's decision to expel the envoy."))
                .anySatisfy(e -> {
                    assertThat(e.cameo()).isEqualTo("011");
                    assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
                });
    }

    @Test
    void aVerbPhraseUnderAnAppealIsItsContentAndFightingAThingIsNoFight() {
        // "work together" is a verb phrase: its clause is its own, so under "asked" it is the appeal's content
        assertThat(code("Bolivian President Evo Morales asked Chile on Tuesday to work together on border projects."))
                .noneSatisfy(e -> assertThat(e.root()).isEqualTo("06"));
        assertThat(code("Israel and Jordan worked together to fight smuggling."))
                .noneSatisfy(e -> assertThat(e.root()).isEqualTo("19"));
        assertThat(dyads(code("Israel and Hezbollah fought a war in 2006."))).contains("ISR>LBNREBHZB:19", "LBNREBHZB>ISR:19");
    }

    @Test
    void aVerbalEventAboutWhatAnotherDoesIsAimedAtThatActor() {
        assertThat(dyads(code("Japan voiced concern that China could block shipping lanes."))).contains("JPN>CHN:11");
    }

    @Test
    void aReminderThatAnotherMustActIsADemand() {
        assertThat(code("French President Jacques Chirac issued a stern reminder to Iraq that it must cooperate with UN inspectors."))
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("FRAGOV");
                    assertThat(e.target().code()).isEqualTo("IRQ");
                    assertThat(e.cameo()).startsWith("10");
                });
    }

    @Test
    void theAccusedActorIsNotTheAccusationsContent() {
        // "forces" is the accused; the offensive is what they are accused of (112 -> 1123)
        assertThat(code("Azerbaijan accused Armenian forces of launching an overnight offensive along the line of contact."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1123"));
    }

    @Test
    void coercionAtHomeOfUnplacedPeopleIsAimedAtTheSourcesCountry() {
        assertThat(dyads(code("Chinese police detained human rights lawyers."))).contains("CHNCOP>CHN:17");
        // expulsions are not: the expelled are mostly foreigners
        assertThat(code("Britain deported a radical cleric.")).isEmpty();
    }

    @Test
    void actorsOfNoNamedCountryTakeTheCountryOfTheirPlaceOrOfTheOtherSide() {
        // "in South Sudan" is a name, not a direction before Sudan; "government soldiers" are the state's own forces
        assertThat(dyads(code("Government soldiers raped at least 40 women during an offensive in South Sudan's Unity state.")))
                .anyMatch(d -> d.startsWith("SSDMIL>SSDCVL:18"));
        assertThat(dyads(code("The Tamil Tigers held thousands of civilians in the war zone as human shields.")))
                .anyMatch(d -> d.endsWith(">LKACVL:18"));
    }

    @Test
    void aTwoWordSubjectIsAKindOfItsOwn() {
        // "suicide bombers" are no "bomber" aircraft of the air-strike patterns (195)
        assertThat(code("Chechen suicide bombers attacked the Moscow metro.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1831"));
        assertThat(code("Russian bombers struck rebel positions near Idlib.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("195"));
    }

    @Test
    void theStatesViolenceOnProtestersIsRepression() {
        assertThat(dyads(code("Burmese troops opened fire on demonstrators in Rangoon."))).contains("MMRMIL>MMROPP:17");
        assertThat(code("Burmese troops opened fire on demonstrators in Rangoon.")).allSatisfy(e -> assertThat(e.cameo()).isEqualTo("175"));
        // on armed men it stays a fight or an assault
        assertThat(dyads(code("Israeli troops shot dead three Palestinian gunmen."))).noneMatch(d -> d.endsWith(":17"));
    }

    @Test
    void insistingOnAMandateIsADemandButInsistingOnAFactIsNot() {
        assertThat(dyads(code("Thailand insisted that Laos withdraw its troops from the border villages."))).contains("THA>LAO:10");
        assertThat(code("Iran insisted that it had no nuclear weapons programme.")).isEmpty();
    }

    @Test
    void aMeetingTheActorIsReadyToHoldIsAnIntentAPlannedOneAFutureMeeting() {
        assertThat(code("Syrian President Hafez al-Assad said he was ready to meet Israel's Rabin."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("036"));
        assertThat(code("Japan's prime minister will meet South Korea's president in Seoul on Tuesday."))
                .allSatisfy(e -> assertThat(e.cameo()).startsWith("04"));
    }

    @Test
    void theOfficeOfARegionNamedBeforeTheTitleIsOfThatCountry() {
        assertThat(dyads(code("Punjab Chief Minister Bhagwant Mann travelled to Canada on Monday."))).contains("INDGOV>CAN:04");
        // a capitalised word of the title is no place ("Federal", a town in Argentina)
        assertThat(code("The Federal Minister for Interior met opposition leaders in Islamabad."))
                .noneSatisfy(e -> assertThat(e.source().code()).startsWith("ARG"));
    }

    @Test
    void rejectingAnAccusationDeniesIt() {
        // 016, aimed at whom the denied act was about; rejecting a proposal stays 12x
        assertThat(dyads(code("Rwanda rejected charges that it was backing M23 rebels in eastern Congo."))).anyMatch(d -> d.startsWith("RWA>COD") && d.endsWith(":01"));
        assertThat(dyads(code("Israel rejected the UN proposal for a ceasefire."))).anyMatch(d -> d.endsWith(":12"));
    }

    @Test
    void aParticipleAfterACommaIsTheSubjectsActAndOutskirtsPlaceTheSentence() {
        assertThat(dyads(code("Unidentified assailants attacked a minibus carrying Hazara labourers on the outskirts of Quetta on Sunday, killing seven people.")))
                .contains("PAKUAF>PAKCVL:18");
    }

    @Test
    void aForecastIsNoThreat() {
        assertThat(code("The head of the business council warned the rupee could slide further.")).isEmpty();
        assertThat(code("Iran warned that it would retaliate.")).anySatisfy(e -> assertThat(e.root()).isEqualTo("13"));
    }

    @Test
    void aCountrysPossessiveBeforeItsLeaderIsOneActorAndTalkNeedsAPartner() {
        // "Jordan's King Hussein" is one side, not two
        assertThat(code("Mubarak and Jordan's King Hussein conferred on the peace process.")).hasSize(2);
        // talking to the press, or at a news conference, is no consultation
        assertThat(code("Japanese Prime Minister Junichiro Koizumi spoke to reporters at a news conference in Tokyo.")).isEmpty();
    }

    @Test
    void anAccusationsOfPhraseOnTheObjectStillRefinesIt() {
        // the parser hangs "of spying" on "diplomat"; it is still what Moscow accuses him of (1125)
        assertThat(code("Moscow accused the British diplomat of spying.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("1125"));
    }

    @Test
    void aReactionToAnEarlierActIsAimedAtItsDoer() {
        // "the measure" refers back to the embargo: Nicaragua's denunciation is aimed at the United States
        assertThat(dyads(code("The United States imposed a trade embargo on Nicaragua in May 1985, and Managua denounced the measure as illegal.")))
                .contains("USA>NIC:16", "NICGOV>USA:11");
    }

    @Test
    void aConditionalThreatIsAimedAtTheConditionsSubject() {
        assertThat(dyads(code("Pakistan threatened to pull out of the Geneva talks on Afghanistan if Kabul rejected a troop withdrawal timetable.")))
                .contains("PAK>AFGGOV:13");
    }

    @Test
    void aShowOfForceIsAimedAtWhatItIsAheadOfOrAlongsideAndACapitalStruckIsAPlace() {
        // the state's domestic adversary is a target of its posture
        assertThat(dyads(code("Kenya deployed thousands of riot police in Nairobi ahead of a banned opposition rally in July 1990.")))
                .contains("KEN>KENOPP:15");
        assertThat(dyads(code("Pakistan put its armed forces on high alert along the Line of Control with India in May 1999.")))
                .contains("PAK>IND:15");
        // Tripoli struck is Libya, as Benghazi is: one event, not one at the government and one at the country
        assertThat(dyads(code("American warplanes bombed Tripoli and Benghazi in April 1986."))).containsExactly("USAMIL>LBY:19");
        // a month is no place (March, a town in England)
        assertThat(code("Tibetan monks and residents rioted in Lhasa in March 1989.")).noneMatch(e -> e.target() != null && "GBR".equals(e.target().code()));
    }

    @Test
    void aThingOwnedOrFlaggedByACountryIsThatCountrysAndASumStandsBetweenVerbAndGift() {
        assertThat(dyads(code("Houthi rebels attacked a British-owned cargo ship in the Red Sea."))).anyMatch(d -> d.contains(">GBR:19"));
        assertThat(dyads(code("Iran seized a British-flagged tanker in the Strait of Hormuz."))).contains("IRN>GBR:17");
        // "Russian-backed" names a backer, not an owner
        assertThat(dyads(code("Russian-backed separatists shelled Ukrainian army positions near Donetsk."))).noneMatch(d -> d.startsWith("RUS"));
        // the sum is the object; what is pledged is in its "in" phrase
        assertThat(code("Japan pledged $50 million in humanitarian assistance to Turkey on Monday."))
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("0333"));
        // a purpose clause says what troops are sent for
        assertThat(code("Turkey deployed troops to Qatar to protect it.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("074"));
    }

    @Test
    void aPlaceKnownInOneCountrySettlesANamesakeAndAnArabicArticleStartsAName() {
        assertThat(dyads(code("Punjab police raided Imran Khan's home in Lahore on Tuesday."))).anyMatch(d -> d.startsWith("PAKCOP>"));
        assertThat(dyads(code("Kenyan troops fought al-Shabaab militants in southern Somalia on Tuesday."))).anyMatch(d -> d.startsWith("KENMIL>SOM"));
    }

    @Test
    void aBombWithNoAttackerOrPlaceIsOfTheVictimsCountryAndANamedGroupsPeopleAreThatGroup() {
        assertThat(dyads(code("A roadside bomb killed three Afghan soldiers on Tuesday."))).contains("AFGUAF>AFGMIL:18");
        // NER takes "Fulani" for a person; before a common noun it is the people
        assertThat(code("Fulani gunmen killed 25 villagers in Nigeria's Plateau state."))
                .anySatisfy(e -> assertThat(e.source().code()).endsWith("ful"));
        // "Herri Batasuna leaders in Bilbao" are the party's, not the city's government
        assertThat(code("Herri Batasuna leaders in Bilbao condemned the arrests.")).allSatisfy(e -> assertThat(e.source().code()).isEqualTo("ESPPTYBAT"));
        // "missiles from France": France sells
        assertThat(dyads(code("Qatar bought missiles from France."))).contains("FRA>QAT:07");
    }

    @Test
    void aPastVerbTheTaggerMisreadIsAVerbWhenTheSentenceHasNoOther() {
        // "sided" and "unfroze" are tagged JJ and RB: with no finite verb in the sentence they are its verb
        assertThat(dyads(code("India sided with Russia in the UN vote."))).contains("IND>RUS:05");
        assertThat(code("Washington unfroze $6 billion in Iranian funds.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("085"));
        // "drone" tagged as a verb after "An Israeli" is the noun; "that Laos withdraw" stays a subjunctive verb
        assertThat(dyads(code("An Israeli drone struck a car in southern Lebanon."))).contains("ISR>LBN:19");
        // an adjective before its noun stays one when the sentence has a verb
        assertThat(code("Russia accused the embattled Ukrainian government of provocations.")).anySatisfy(e -> assertThat(e.root()).isEqualTo("11"));
    }

    @Test
    void twoOfficeHoldersOfOneStateAreTwoSides() {
        assertThat(dyads(code("Somali Prime Minister Hussein Roble accused President Farmaajo of obstructing the election.")))
                .contains("SOMGOV>SOMGOV:11");
        // a pronoun for the source is not a second side
        assertThat(dyads(code("Somali President Farmaajo said he would criticise himself."))).noneMatch(d -> d.startsWith("SOMGOV>SOMGOV"));
    }
}
