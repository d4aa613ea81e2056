@testable import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

@Suite("Order in time, knowledge in time, and the errors of consolidation")
struct TimeAndErrorTests {
    static let base = OperationTests.base

    @Test func twoActsPublishedTheSameDayApplyInTheOrderOfTheirDates() throws {
        // Both published on 2020-06-10, in force 2021-01-01; the act of 5 June relies on the act of 1 June.
        let later = OperationTests.amending("**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, le mot « quarante » est remplacé par le mot « cinquante ».",
                                            date: "2020-06-05", numac: "2020200101")
        let earlier = OperationTests.amending("**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».",
                                              date: "2020-06-01", numac: "2020200100")
        // Given in the "wrong" order on purpose.
        let fixture = try Fixture(base: Self.base, amending: [later, earlier])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-01-01")?.hasPrefix("Art. 3. § 1er. Le ministre agrée les essais dans les cinquante jours.") == true)
        // One version for the day, made by both acts, in order.
        let date = try #require(LegalDate("2021-01-01"))
        let version = try #require(fixture.timeline.article("3", at: date))
        #expect(version.sources.map { $0.edit.source.act.numac } == ["2020200100", "2020200101"])
    }

    @Test func retroactiveEditWithAndWithoutAsKnownOn() throws {
        let retroactive = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « confidentiel ».",
                                                  date: "2021-05-01", published: "2021-06-01", numac: "2021200300",
                                                  entry: "Le présent arrêté produit ses effets le 1er janvier 2021.")
        let valid = try Fixture(base: Self.base, amending: [retroactive])
        #expect(valid.timeline.outcomes.first?.edit.retroactive == true)
        #expect(valid.text("4", at: "2021-03-01")?.contains("Le registre est confidentiel.") == true)
        #expect(valid.text("4", at: "2020-12-31")?.contains("Le registre est public.") == true)
        // As known on 2021-05-15, before the publication: the old text, on the same date.
        let known = try Fixture(base: Self.base, amending: [retroactive], knownOn: LegalDate("2021-05-15"))
        #expect(known.text("4", at: "2021-03-01")?.contains("Le registre est public.") == true)
        #expect(known.timeline.outcomes.map(\.statusName) == ["not-yet-published"])
        let knownAfter = try Fixture(base: Self.base, amending: [retroactive], knownOn: LegalDate("2021-06-01"))
        #expect(knownAfter.text("4", at: "2021-03-01")?.contains("Le registre est confidentiel.") == true)
    }

    @Test func anEditOnARepealedUnitIsAnError() throws {
        let repeal = OperationTests.amending("**Art. 1er.** L'article 4 est abrogé.")
        let change = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « ouvert ».",
                                             date: "2021-06-01", published: "2021-06-10", numac: "2021200200",
                                             entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let fixture = try Fixture(base: Self.base, amending: [repeal, change])
        #expect(fixture.failures == ["Art. 1: art. 4 is repealed on 2022-01-01 (from 2021-01-01, by the arrêté du Gouvernement du 1er juin 2020, art. 1)"])
        #expect(fixture.text("4", at: "2022-01-01") == "Art. 4. (Abrogé)\n")
    }

    /// "L'article 4 est retiré": a withdrawal is not a repeal from a date on (the article is
    /// deemed never to have existed); it is not applied, and the outcome says why.
    @Test func aWithdrawalIsNotAppliedAsARepeal() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** L'article 4 est retiré.")])
        #expect(fixture.failures.count == 1)
        #expect(fixture.failures.first?.contains("a withdrawal (« retiré ») makes art. 4 as if it had never existed") == true)
        #expect(fixture.text("4", at: "2022-01-01")?.contains("(Abrogé)") == false)
    }

    @Test func aRepealedAlineaCannotBeChangedEither() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 4, l'alinéa 2 est abrogé.

        **Art. 2.** Dans l'article 4, l'alinéa 2 est abrogé.
        """)])
        #expect(fixture.failures == ["Art. 2: art. 4, al. 2 is already repealed"])
    }

    @Test func wordsNotFoundAndWordsFoundTwice() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 4, alinéa 1er, les mots « soixante jours » sont remplacés par les mots « septante jours ».

        **Art. 2.** Dans l'article 1er, le mot « essais » est remplacé par le mot « épreuves ».

        **Art. 3.** Dans l'article 9, le mot « essais » est remplacé par le mot « épreuves ».

        **Art. 4.** Dans l'article 1er, le mot « essais » est remplacé trois fois par le mot « épreuves ».

        **Art. 5.** Dans l'article 2, la définition de « président » est abrogée.
        """)])
        #expect(fixture.failures == [
            "Art. 1: words « soixante jours » not found in art. 4, al. 1 on 2021-01-01",
            "Art. 2: words « essais » found 2 times in art. 1; the instruction does not say « chaque fois »",
            "Art. 3: art. 9 does not exist in the act on 2021-01-01",
            "Art. 4: words « essais » found 2 time(s) in art. 1; the instruction says 3 (« trois fois »)",
            "Art. 5: no definition of « président » in art. 2: no alinéa or point begins with those words",
        ])
        // Nothing half-applied: the article is as it was.
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Le présent arrêté s'applique aux essais. Il vise les essais publics.\n")
    }

    @Test func aPendingEditIsListedNotApplied() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « ouvert ».",
            entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement.")])
        #expect(fixture.failures.isEmpty)
        #expect(fixture.timeline.outcomes.map(\.statusName) == ["pending"])
        #expect(fixture.text("4", at: "2030-01-01")?.contains("Le registre est public.") == true)
    }

    @Test func theDefaultRuleIsTheTenthDayAfterPublication() throws {
        let fixture = try Fixture(base: Self.base, amending: [amendingAct(date: "2020-06-01", published: "2020-06-10", numac: "2020200100",
            "**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « ouvert ».\n")])
        #expect(fixture.text("4", at: "2020-06-19")?.contains("Le registre est public.") == true)
        #expect(fixture.text("4", at: "2020-06-20")?.contains("Le registre est ouvert.") == true)
    }

    /// Every operation's result, written as markdown, reads back to the same tree: a repealed
    /// unit keeps no words, as `(...)` and `(Abrogé)` read back (FuzzTimeline found a
    /// repealed article that kept its old text in the consolidation).
    @Test(arguments: OperationTests.cases)
    func theConsolidatedMarkdownReadsBackToTheSameTree(_ c: OperationTests.Case) throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(c.instructions)])
        let act = fixture.timeline.act(at: try #require(LegalDate("2021-06-01")))
        let markdown = MarkdownRenderer.render(act)
        let again = try #require(ActReader.read(text: markdown, file: "again.md").act)
        #expect(JSONRenderer(includeRanges: false).render(again) == JSONRenderer(includeRanges: false).render(act))
    }
}

@Suite("The base act's own entry into force")
struct BaseEntryIntoForceTests {
    func entry(_ frontMatter: String, _ body: String) throws -> BaseEntryIntoForce {
        let act = try #require(ActReader.read(text: "---\n\(frontMatter)\n---\n\n\(body)\n", file: "base.md").act)
        return Consolidation.entryIntoForce(of: act)
    }

    func start(_ frontMatter: String, _ body: String) throws -> (String?, String) {
        let entry = try entry(frontMatter, body)
        return (entry.date?.iso, entry.reason)
    }

    @Test func fromTheActTheFrontMatterOrTheDefaultRule() throws {
        #expect(try start("date: 2015-03-12\npublication: 2015-04-02\nstarts: 01-05-2015", "**Art. 1.** Texte.") == ("2015-05-01", "front matter 'starts:'"))
        #expect(try start("date: 2015-03-12\npublication: 2015-04-02", "**Art. 1.** Texte.\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er mai 2015.")
                == ("2015-05-01", "its article 2"))
        #expect(try start("date: 2015-03-12\npublication: 2015-04-02", "**Art. 1.** Texte.\n\n**Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.")
                == ("2015-04-02", "its article 2"))
        // A form the entry-into-force reader knows, which a search for a date after "le" did not.
        #expect(try start("date: 2015-03-12\npublication: 2015-04-02", "**Art. 1.** Texte.\n\n**Art. 2.** Le présent arrêté entre en vigueur le premier jour du mois qui suit celui de sa publication au Moniteur belge.")
                == ("2015-05-01", "its article 2"))
        #expect(try start("date: 2015-03-12\npublication: 2015-04-02", "**Art. 1.** Texte.\n\n**Art. 2.** Le présent arrêté entre en vigueur le premier jour du mois suivant la date de sa publication au Moniteur belge.")
                == ("2015-05-01", "its article 2"))
    }

    /// The ten-day rule is said; no date at all is an error, never a date made up.
    @Test func theDefaultRuleIsSaidAndNoDateIsInvented() throws {
        let tenth = try entry("date: 2015-03-12\npublication: 2015-04-02", "**Art. 1.** Texte.")
        #expect(tenth.date?.iso == "2015-04-12")
        #expect(tenth.diagnostics.map(\.severity) == [.warning])
        #expect(tenth.diagnostics.first?.message.contains("by the default rule") == true)
        let unknown = try entry("date: 2015-03-12", "**Art. 1.** Texte.")
        #expect(unknown.date == nil)
        #expect(unknown.diagnostics.map(\.severity) == [.error])
        #expect(unknown.diagnostics.first?.message.hasPrefix("the act's entry into force is not known") == true)
    }

    /// "Le présent article entre en vigueur le …" (a transitional provision of the
    /// Constitution) dates that article, not the act.
    @Test func aClauseAboutAnArticleIsNotTheActs() throws {
        #expect(try start("date: 2015-03-12\npublication: 2015-04-02\nstarts: 2015-05-01",
                          "**Art. 1.** Texte.\n\n**Art. 2.** Le présent article entre en vigueur le jour des élections de 2014.\n\n**Art. 3.** Autre texte.")
                == ("2015-05-01", "front matter 'starts:'"))
    }

    /// "à l'exception de l'article 2, qui entre en vigueur le …": that article has its own date.
    @Test func anArticleExceptedHasItsOwnDate() throws {
        let base = """
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2020-03-01
        number: 2020200001
        publication: 2020-03-10
        ---

        **Article 1er.** Le présent arrêté s'applique aux essais.

        **Art. 2.** Le registre est public.

        **Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 2, qui entre en vigueur le 1er janvier 2021.
        """
        let workspace = Workspace(texts: [("base.md", base)])
        let consolidated = try workspace.consolidated(act: nil).get()
        #expect(consolidated.timeline.entryIntoForce?.iso == "2020-04-01")
        let june = try #require(LegalDate("2020-06-01"))
        #expect(consolidated.timeline.act(at: june).articles.map(\.number) == ["1er", "3"])
        guard case .failure(let diagnostic) = consolidated.article("2", at: june) else {
            Issue.record("art. 2 should not be in force in June 2020")
            return
        }
        #expect(diagnostic.message == "art. 2 is not in force on 2020-06-01: it is from 2021-01-01")
        #expect(consolidated.timeline.act(at: try #require(LegalDate("2021-01-01"))).articles.map(\.number) == ["1er", "2", "3"])
    }
}

@Suite("Incomplete citations are errors, not guesses")
struct IncompleteCitationTests {
    @Test func anAlineaWithoutItsParagraph() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 3, alinéa 2, le mot « retirer » est remplacé par le mot « suspendre ».")])
        #expect(fixture.failures == ["Art. 1: art. 3 has paragraphs; the instruction cites alinéa 2 without its §"])
    }
}

extension IncompleteCitationTests {
    @Test func aPointInsertedWhereTwoEnumerationsCouldTakeIt() throws {
        let base = baseAct("""
        **Art. 1er.** Premier alinéa :

        1° un;

        2° deux.

        Deuxième alinéa :

        1° trois;

        2° quatre.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, il est inséré un 1/1° rédigé comme suit :\n\n« 1/1° cinq; ».")])
        #expect(fixture.failures == ["Art. 1: art. 1 has 2 enumerations; the instruction does not say which one 1/1° joins"])
    }
}

extension IncompleteCitationTests {
    @Test func anAlineaPlacedWithoutItsParagraph() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 3, il est inséré entre les alinéas 1er et 2 un alinéa rédigé comme suit :\n\n« Le ministre motive sa décision. ».")])
        #expect(fixture.failures == ["Art. 1: art. 3 has paragraphs; the instruction places the alinéa without naming its §"])
    }
}

@Suite("Which acts are amending acts")
struct AmendingActTests {
    @Test func aJustelConsolidationIsABaseActWhateverItModified() throws {
        let act = try #require(ActReader.read(text: """
        ---
        title-fr: "Arrêté relatif aux essais(NOTE : Consultation des versions antérieures à partir du 11-06-2014 et mise à jour au 21-09-2023)"
        modifies: 2007033017
        ---

        **Art. 1.** [1 Texte.]1

        `(1)<ACG 2021-05-20/28, art. 1, 004; En vigueur : 01-01-2021>`
        """, file: "v007.md").act)
        #expect(act.metadata.consolidatedOn?.iso == "2023-09-21")
        #expect(!Workspace.isAmending(act))
    }

    /// Hand check 7 (2019030053, 2021030266): Justel consolidates amending acts too; one
    /// whose title says it amends is read as one, and applied to the act it amends (its
    /// instructions were never read, and the base left as it was, without a word).
    @Test func aJustelConsolidationOfAnAmendingActAmends() throws {
        let amending = """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais(NOTE : Consultation des versions antérieures à partir du 10-06-2020 et mise à jour au 21-09-2023)"
        date: 2020-06-01
        number: 2020200100
        case: 2020-06-01/01
        publication: 2020-06-10
        modifies: 2020200001
        ---

        **Art. 1er.** Dans l'article 3, § 1er, du même arrêté, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.
        """
        let act = try #require(ActReader.read(text: amending, file: "am.md").act)
        #expect(act.metadata.consolidatedOn?.iso == "2023-09-21")
        #expect(Workspace.isAmending(act))
        let fixture = try Fixture(base: OperationTests.base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-01-01")?.contains("dans les quarante jours") == true)
    }
}

extension IncompleteCitationTests {
    @Test func laPhraseInAUnitOfSeveralSentences() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, la phrase est complétée par les mots « et privés ».")])
        #expect(fixture.failures == ["Art. 1: the instruction says « la phrase » but art. 1 has 2 sentences"])
    }
}

@Suite("A later act fixes the date of pending edits")
struct DateFixingTests {
    static let pending = OperationTests.amending("""
    **Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « ouvert ».

    **Art. 2.** Dans l'article 4, alinéa 3, les mots « à jour » sont remplacés par les mots « au jour le jour ».
    """, entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement.")

    static let fixing = """
    ---
    title-fr: "Arrêté du Gouvernement fixant la date d'entrée en vigueur de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    date: 2021-01-15
    number: 2021200050
    case: 2021-01-15/03
    publication: 2021-02-01
    ---

    **Article 1er.** L'article 1er de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er mars 2021.

    **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
    """

    @Test func fromThePublicationOfTheFixingActOn() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [Self.pending, Self.fixing])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.library.fixings.count == 1)
        // Art. 1 of the pending act takes the date; its art. 2 stays pending.
        #expect(fixture.text("4", at: "2021-02-28")?.contains("Le registre est public.") == true)
        #expect(fixture.text("4", at: "2021-03-01")?.contains("Le registre est ouvert.") == true)
        #expect(fixture.text("4", at: "2030-01-01")?.contains("tenu à jour.") == true)
        #expect(fixture.timeline.outcomes.map(\.statusName).sorted() == ["applied", "pending"])
        let applied = try #require(fixture.timeline.outcomes.first { $0.statusName == "applied" })
        #expect(applied.edit.datedBy?.act.dossier == "2021-01-15/03" && applied.edit.datedBy?.address == "art. 1" && applied.edit.datedBy?.act.date == LegalDate("2021-01-15"))
        #expect(!applied.edit.notes.contains { $0.hasPrefix("date fixed by") })
        // The consolidation's JSON names the act that dated the change.
        let march = try #require(LegalDate("2021-03-01"))
        let version = try #require(fixture.timeline.article("4", at: march))
        let json = try #require(version.sources.last.map { ConsolidationJSON.source($0).serialized(pretty: false) })
        #expect(json.contains(#""datedBy":{"numac":"2021200050","date":"2021-01-15","dossier":"2021-01-15/03","source":"art. 1"}"#), "\(json)")
        // As known before the fixing act was published, the edit is still pending.
        let before = try Fixture(base: OperationTests.base, amending: [Self.pending, Self.fixing], knownOn: LegalDate("2021-01-20"))
        #expect(before.text("4", at: "2021-03-01")?.contains("Le registre est public.") == true)
        #expect(before.timeline.outcomes.map(\.statusName) == ["pending", "pending"])
    }

    /// 2022040073, art. 20: Justel's « (NOTE : Entrée en vigueur des articles 14; 15; 16
    /// fixée au 22-07-2023 par AR 2023-05-10/04, art. 1) » under "à la date fixée par le Roi":
    /// the date another act fixed, for those articles only — not a provision of the act. The
    /// note does not say when that act was published: as known on any date, still pending.
    @Test func justelsNoteOfTheDateAnotherActFixed() throws {
        let noted = OperationTests.amending("""
        **Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « ouvert ».

        **Art. 2.** Dans l'article 4, alinéa 3, les mots « à jour » sont remplacés par les mots « au jour le jour ».
        """, entry: "Les articles 1er et 2 entrent en vigueur à la date fixée par le Gouvernement.\n\n(NOTE : Entrée en vigueur de l'article 1er fixée au 01-03-2021 par AGW 2021-01-15/03, art. 1)")
        let fixture = try Fixture(base: OperationTests.base, amending: [noted])
        #expect(!fixture.library.diagnostics.contains { $0.message.contains("NOTE") }, "\(fixture.library.diagnostics)")
        #expect(fixture.library.fixings.count == 1)
        #expect(fixture.text("4", at: "2021-02-28")?.contains("Le registre est public.") == true)
        #expect(fixture.text("4", at: "2021-03-01")?.contains("Le registre est ouvert.") == true)
        #expect(fixture.timeline.outcomes.map(\.statusName).sorted() == ["applied", "pending"])
        let applied = try #require(fixture.timeline.outcomes.first { $0.statusName == "applied" })
        #expect(applied.edit.datedBy?.act.dossier == "2021-01-15/03" && applied.edit.datedBy?.address == "art. 1" && applied.edit.datedBy?.act.date == LegalDate("2021-01-15"))
        #expect(!applied.edit.notes.contains { $0.hasPrefix("date fixed by") })
        let asKnown = try Fixture(base: OperationTests.base, amending: [noted], knownOn: LegalDate("2030-01-01"))
        #expect(asKnown.timeline.outcomes.map(\.statusName) == ["pending", "pending"])
        #expect(JustelEntryIntoForceNote.read("(NOTE : Entrée en vigueur des articles 14; 15; 16 fixée au 22-07-2023 par AR 2023-05-10/04, art. 1)")
                == JustelEntryIntoForceNote(articles: ["14", "15", "16"], effective: LegalDate("2023-07-22")!, abbreviation: "AR",
                                            date: LegalDate("2023-05-10")!, dossier: "2023-05-10/04", article: "1"))
    }
}

/// Issue 13, class 5: a list of articles is those articles; a range is every article
/// between, in the act's order; two that follow each other, with another between them since,
/// are not guessed.
@Suite("Lists and ranges of articles")
struct ArticleListTests {
    static let base = baseAct("""
    **Article 1er.** Le délai est de dix jours.

    **Art. 2.** Le délai est de dix jours.

    **Art. 2bis.** Le délai est de dix jours.

    **Art. 3.** Le délai est de dix jours.

    **Art. 4.** Le délai est de dix jours.
    """)

    func texts(_ instruction: String) throws -> (fixture: Fixture, changed: [String]) {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** " + instruction)])
        let changed = ["1", "2", "2bis", "3", "4"].filter { fixture.text($0, at: "2021-01-01")?.contains("dix") == false }
        return (fixture, changed)
    }

    @Test func aListIsThoseArticles() throws {
        let (fixture, changed) = try texts("Dans les articles 1er, 3 et 4 du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(changed == ["1", "3", "4"])
    }

    @Test func aRangeIsEveryArticleBetween() throws {
        let (fixture, changed) = try texts("Dans les articles 1er à 3 du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(changed == ["1", "2", "2bis", "3"])
        #expect(fixture.timeline.outcomes.first?.resolved == "art. 1, art. 2, art. 2bis, art. 3")
    }

    @Test func aRangeIsAllOrNothing() throws {
        // Art. 3 has no « jours »: the range fails there, and arts. 1 and 2 are left as they were.
        let base = baseAct("""
        **Article 1er.** Le délai est de dix jours.

        **Art. 2.** Le délai est de dix jours.

        **Art. 3.** Le délai est d'un mois.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans les articles 1er à 3 du même arrêté, le mot « jours » est remplacé par le mot « jours ouvrables ».")])
        #expect(fixture.failures.count == 1)
        #expect(fixture.failures.first?.contains("art. 3") == true, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Le délai est de dix jours.\n")
        #expect(fixture.text("2", at: "2021-01-01") == "Art. 2. Le délai est de dix jours.\n")
    }

    @Test func twoThatFollowEachOtherWithAnotherBetween() throws {
        let (fixture, changed) = try texts("Les articles 2 et 3 du même arrêté sont abrogés.")
        #expect(fixture.failures == ["Art. 1: art. 2bis stands between art. 2 and art. 3, which the instruction names as two that follow each other (« et » and « à » are read alike there): whether it is meant too cannot be told; not applied"])
        #expect(changed.isEmpty)
    }

    @Test func aListRepealsThoseArticlesOnly() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Les articles 1er et 4 du même arrêté sont abrogés.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01")?.contains("Abrogé") == true)
        #expect(fixture.text("2", at: "2021-01-01")?.contains("dix") == true)
        #expect(fixture.text("3", at: "2021-01-01")?.contains("dix") == true)
        #expect(fixture.text("4", at: "2021-01-01")?.contains("Abrogé") == true)
    }
}

/// Issue 12: what the typed changes made certain, where strings once let a guess through.
@Suite("Typed changes: no guess where the text does not say")
struct TypedChangeTests {
    /// "l'article 1er de l'annexe 1" is an article of the annex, never the act's own art. 1
    /// (the timeline once applied such edits to the act's article of the same number).
    @Test func anArticleOfAnAnnexIsNotTheActsArticle() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er de l'annexe 1 du même arrêté, le mot « essais » est remplacé par le mot « tests ».")])
        #expect(fixture.failures == ["Art. 1: annexe 1 does not exist in the act on 2021-01-01"])
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Le présent arrêté s'applique aux essais. Il vise les essais publics.\n")
    }

    /// "la fin de la phrase est supprimée" without the words after which it begins: the
    /// instruction does not say what goes (it once removed the whole sentence).
    @Test func theEndOfASentenceWithoutItsAnchor() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, la fin de la phrase est supprimée.")])
        #expect(fixture.failures == ["Art. 1: the instruction deletes the end of art. 3, § 1, al. 1, phrase but does not say after which words it begins"])
        #expect(fixture.text("3", at: "2021-01-01")?.hasPrefix("Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.") == true)
    }

    /// A point that is re-established comes back in its place, with its new words; one that
    /// is in force cannot be re-established.
    @Test func aRepealedPointIsReestablishedInItsPlace() throws {
        let repeal = OperationTests.amending("**Art. 1er.** Dans l'article 2, le 2° est abrogé.")
        let restore = OperationTests.amending("**Art. 1er.** Dans l'article 2, le 2°, abrogé par l'arrêté du Gouvernement du 1er juin 2020, est rétabli dans la rédaction suivante :\n\n« 2° organisateur : l'association qui organise l'essai; ».",
                                              date: "2021-06-01", published: "2021-06-10", numac: "2021200200", entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let fixture = try Fixture(base: OperationTests.base, amending: [repeal, restore])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("2", at: "2022-01-01") == "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : l'association qui organise l'essai;\n3° ministre : le ministre compétent.\n")
        let again = try Fixture(base: OperationTests.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 2, le 2° est rétabli dans la rédaction suivante :\n\n« 2° organisateur : l'association; ».")])
        #expect(again.failures == ["Art. 1: art. 2, 2° is not repealed: it cannot be re-established"])
    }
}

/// A jurist reads "En vigueur :  Bruxelles" and "En vigueur : Bruxelles" as the same text
/// (famifed: the Moniteur's double space, Justel's single one).
@Suite("Comparing with an official text")
struct SameTextTests {
    @Test func spacesInsideALineDoNotMatter() throws {
        let a = Article(number: "1", paragraphs: [Paragraph(number: nil, alineas: [Alinea(sentences: [Sentence("En vigueur :  Bruxelles")])])])
        let b = Article(number: "1", paragraphs: [Paragraph(number: nil, alineas: [Alinea(sentences: [Sentence("En vigueur : Bruxelles")])])])
        let c = Article(number: "1", paragraphs: [Paragraph(number: nil, alineas: [Alinea(sentences: [Sentence("En vigueur :"), ]), Alinea(sentences: [Sentence("Bruxelles")])])])
        #expect(OfficialComparison.sameText(a, b))
        #expect(!OfficialComparison.sameText(a, c))
    }
}

extension SameTextTests {
    static func article(_ lines: [String]) -> Article {
        Article(number: "1", paragraphs: [Paragraph(number: nil, alineas: lines.map { Alinea(sentences: [Sentence($0)]) })])
    }

    /// Justel's "441L8 [2 ...]2." for deleted words, "[1 ...]" once for two repealed alinéas.
    @Test func justelsMarksOfWhatWasTakenOut() {
        #expect(OfficialComparison.sameText(Self.article(["section E n° 441L8 ...."]), Self.article(["section E n° 441L8."])))
        #expect(OfficialComparison.sameText(Self.article(["Texte.", "(...)"]), Self.article(["Texte.", "(...)", "(...)"])))
        #expect(!OfficialComparison.sameText(Self.article(["Texte.", "(...)"]), Self.article(["Texte."])))
        #expect(!OfficialComparison.sameText(Self.article(["section E n° 441L8 & 441/03D."]), Self.article(["section E n° 441L8."])))
    }

    @Test func wordsFoundInAnotherCaseAreSaid() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « Registre » est remplacé par le mot « fichier ».")])
        let outcome = try #require(fixture.timeline.outcomes.first)
        #expect(outcome.status == .applied)
        #expect(outcome.diagnostic?.severity == .warning)
        #expect(outcome.diagnostic?.message == "words « Registre » found as « registre » in art. 4, al. 1")
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le département tient un fichier.") == true)
    }
}

/// Hand check 14, record 365: words asked in one case and standing in the text in that case
/// and in another — only those as asked change, and the others are said, never left without
/// a word.
@Suite("Words standing in another case beside those asked")
struct OtherCaseTests {
    static let base = baseAct("""
    **Article 1er.** Le ministre fixe les modalités. Le Ministre de l'Intérieur en est informé.

    **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    @Test func theOtherCaseIsSaidNotChanged() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, le mot « ministre » est remplacé par le mot « gouverneur ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le gouverneur fixe les modalités. Le Ministre de l'Intérieur en est informé.\n")
        let outcome = try #require(fixture.timeline.outcomes.first)
        #expect(outcome.diagnostic?.severity == .warning)
        #expect(outcome.diagnostic?.message == "words « ministre » also stand 1 time(s) in another case in art. 1 (« Ministre »): not changed")
    }

    @Test func noWordWhenEveryOccurrenceIsAsAsked() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, les mots « les modalités » sont remplacés par les mots « les règles ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.timeline.outcomes.first?.diagnostic == nil)
    }
}

/// securite-routiere-loi-2005 (« 13.000.000 euros » for the text's « 13 000 000 euros ») and
/// famifed-ar-2019 (« et 441/03D » for « & 441/03D »): found in the text's spelling, said.
@Suite("Words spelled otherwise than the text spells them")
struct SpellingTests {
    static let base = baseAct("""
    **Article 1er.** Un montant de 13 000 000 euros est octroyé à la police.

    **Art. 2.** Le bâtiment est cadastré section E n° 441L8 & 441/03D.

    **Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    @Test func thousandsSeparators() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, les mots « 13.000.000 euros » sont remplacés par les mots « 29.000.000 euros ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Un montant de 29.000.000 euros est octroyé à la police.\n")
        #expect(fixture.timeline.outcomes.first?.diagnostic?.message == "words « 13.000.000 euros » found as « 13 000 000 euros » in art. 1")
    }

    @Test func ampersandForEt() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, les mots « et 441/03D » sont abrogés.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("2", at: "2021-06-01") == "Art. 2. Le bâtiment est cadastré section E n° 441L8.\n")
    }

    @Test func numbersThatDifferAreNotFound() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, les mots « 13.000.001 euros » sont remplacés par les mots « 29 euros ».")])
        #expect(fixture.failures == ["Art. 1: words « 13.000.001 euros » not found in art. 1 on 2021-01-01"])
    }
}

/// A range of units where the change is applied to one unit only is said, never narrowed
/// to its first unit.
@Suite("Ranges the appliers do not take")
struct RangeTests {
    @Test func wordsAddedAtTheEndOfEachOfTwoPoints() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, 1° et 2°, les mots « ou un test » sont ajoutés.")])
        #expect(fixture.failures == ["Art. 1: insert in each of art. 2, 1° à 2° is not applied yet"])
    }

    @Test func wordsFoundInOneUnitOfTheRangeOnly() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, 1° et 2°, le mot « épreuve » est remplacé par le mot « essai ».")])
        #expect(fixture.failures == ["Art. 1: words « épreuve » not found in art. 2, 2° on 2021-01-01"])
    }
}

/// The list of implants (2023040057): its prestations and their fields are read and typed,
/// but not located in a base's text yet — said, never guessed.
@Suite("A prestation of the list of implants, not located yet")
struct ListEntryTimelineTests {
    @Test func aPrestationsFieldIsSaidNotApplied() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, la base de remboursement de la prestation 172491-172502 est remplacée par ce qui suit : « 15.000,00 EUR ».")])
        #expect(fixture.failures == ["Art. 1: replace of art. 4, prestation 172491-172502, base de remboursement is not applied yet: the entries of a list (prestation 172491-172502) and their fields are not units Chronolex locates in the text"])
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le département tient un registre.") == true)
    }
}

/// The columns of a table completed by values (2021030322): typed, not located in the text
/// yet — said, never guessed.
@Suite("A table's columns completed, not located yet")
struct TableColumnsTimelineTests {
    @Test func valuesAtTheFootOfColumnsAreSaidNotApplied() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, la colonne « Année » est complétée par « 2020 ».")])
        #expect(fixture.failures == ["Art. 1: insert of values at the foot of a table's columns in art. 4 is not applied yet: Chronolex does not locate a table's columns in the text"])
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le département tient un registre.") == true)
    }

    /// « l'énumération commençant par les mots … et se terminant par le mot … est remplacée »
    /// (2020040068, art. 1, 2°): the one run of siblings, from the unit that begins with the
    /// first words to the one that ends with the last; anything less certain is said.
    @Test func aRunOfUnitsByItsWords() throws {
        let base = baseAct("""
        **Article 1er.** Les codes suivants sont admis :

        - 140 jusqu'au 149 : tumeurs de la lèvre;

        - 150 : tumeurs de l'œsophage;

        - V58.1 : chemotherapy;

        - V58.2 : radiotherapy.

        **Art. 2.** Le département tient un registre.

        Le registre est public.

        Le registre est tenu par le département.
        """)
        func amending(_ first: String, _ last: String, in place: String = "l'article 1er") -> String {
            OperationTests.amending("**Art. 1er.** Dans \(place), l'énumération commençant par les mots « \(first) » et se terminant par le mot « \(last) » est remplacée par l'énumération suivante :\n\n« - C00-C14 : neoplasms;\n\n- Z51.11 : chemotherapy; »")
        }
        let points = try Fixture(base: base, amending: [amending("140 jusqu'au 149", "chemotherapy")])
        #expect(points.failures.isEmpty, "\(points.failures)")
        let text = points.text("1", at: "2021-06-01") ?? ""
        #expect(text.contains("- C00-C14 : neoplasms;\n- Z51.11 : chemotherapy;\n- V58.2 : radiotherapy."), "\(text)")
        #expect(!text.contains("140 jusqu'au 149") && !text.contains("150 :") && !text.contains("V58.1"))
        // Alinéas: from the second to the third, replaced by alinéas.
        let alineas = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, l'énumération commençant par les mots « Le registre est public » et se terminant par le mot « département » est remplacée par l'énumération suivante :\n\n« Le registre est électronique.\n\nIl est tenu par le service. »")])
        #expect(alineas.failures.isEmpty, "\(alineas.failures)")
        #expect(alineas.text("2", at: "2021-06-01") == "Art. 2. Le département tient un registre.\nLe registre est électronique.\nIl est tenu par le service.\n")
        // By dashes (points without words before them): an alinéa without words, which would
        // read back otherwise — said (look 20).
        let dashes = try Fixture(base: base, amending: [amending("Le registre est public", "département", in: "l'article 2")])
        #expect(dashes.failures == ["Art. 1: the run of art. 2 is alinéas, and the new text holds points where they stand: not applied"])
        // Not certain: said, the text kept.
        let noStart = try Fixture(base: base, amending: [amending("160", "chemotherapy")])
        #expect(noStart.failures == ["Art. 1: no unit of art. 1 begins with « 160 »"])
        let noEnd = try Fixture(base: base, amending: [amending("150", "leucémie")])
        #expect(noEnd.failures == ["Art. 1: no unit of art. 1 from the one beginning with « 150 » ends with « leucémie »"])
        let twoRuns = try Fixture(base: base, amending: [amending("Le registre", "département", in: "l'article 2")])
        #expect(twoRuns.failures == ["Art. 1: 2 runs of units of art. 2 begin with « Le registre » (art. 2, al. 2; art. 2, al. 3): which one is meant is not certain; not applied"], "\(twoRuns.failures)")
        #expect(twoRuns.text("2", at: "2021-06-01")?.contains("Le registre est public.") == true)
        let ends = try Fixture(base: baseAct("**Article 1er.** Codes :\n\n- 150 : a chemotherapy;\n\n- 151 : b chemotherapy;\n\n- 152 : c."), amending: [amending("150", "chemotherapy")])
        #expect(ends.failures == ["Art. 1: the run beginning with « 150 » may end at any of art. 1, tiret 1; art. 1, tiret 2, each ending with « chemotherapy »: not applied"], "\(ends.failures)")
    }

    @Test func anAlineaAfterATableIsSaidNotApplied() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, après le tableau relatif au titre « Registre », l'alinéa suivant est inséré, libellé comme suit : « Texte. »")])
        #expect(fixture.failures == ["Art. 1: inserting alinéa after the table titled « Registre » in art. 4 is not applied yet: Chronolex does not locate a table by its title"])
    }

    /// Hand check 16: « dans le tableau repris au point 2, c, 2°, les mots … » changed the
    /// words in the 1°, a) of the § (the target was widened to it), without a word.
    @Test func wordsInATableAtAPlaceTheModelCannotNestAreNotSoughtElsewhere() throws {
        let base = baseAct("""
        **Art. 18.** § 3. Les avantages sont évalués comme suit :

        1° prêts :

        a) le taux des prêts garantis par une assurance-vie mixte est de 1,70;

        b) le taux des autres prêts est de 1,65.

        2° autres avantages.

        **Art. 19.** Le présent arrêté entre en vigueur le 1er avril 2020.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** A l'article 18, § 3, du même arrêté, dans le tableau repris au point 2, c, 2°, les mots « assurance-vie mixte » sont remplacés par les mots « assurance-vie ».")])
        #expect(fixture.failures == ["Art. 1: c) does not exist in art. 18, § 3, 2°"])
        #expect(fixture.text("18", at: "2021-06-01")?.contains("assurance-vie mixte") == true)
    }
}

/// Hand check 15, outside the draw: a change whose date is not fixed (« à partir de l'exercice
/// comptable 2022 » for one article) left the old words in the consolidation without a word.
@Suite("A pending change is said beside the text it leaves unchanged")
struct PendingSaidTests {
    @Test func thePendingChangeIsAWarning() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».

        **Art. 2.** L'article 1er entre en vigueur à partir de l'exercice comptable 2022.
        """)])
        let outcome = try #require(fixture.timeline.outcomes.first)
        #expect(outcome.status == .pending("à partir de l'exercice comptable 2022"))
        #expect(outcome.diagnostic?.severity == .warning)
        #expect(outcome.diagnostic?.message == "not applied: its entry into force is not dated (« à partir de l'exercice comptable 2022 »)")
        #expect(fixture.failures.isEmpty)
        #expect(fixture.text("4", at: "2023-06-01")?.hasPrefix("Art. 4. Le département tient un registre.") == true)
    }
}

/// Hand check 15, a probe around record 211 (2021030118, art. 7, 3°): « dans le paragraphe 7,
/// il est ajouté un deuxième alinéa » where the § already has two went in as the second,
/// the old second becoming third, without a word. Added is at the end, and the number must
/// be the one it takes there.
@Suite("An alinéa added with its number")
struct AddedAlineaNumberTests {
    static func fixture(_ alineas: String) throws -> Fixture {
        try Fixture(base: baseAct("""
        **Article 1er.** § 1er. Les voyageurs doivent disposer d'un test négatif.\(alineas)

        § 2. Le présent arrêté entre en vigueur le 1er avril 2020.
        """), amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 1er, il est ajouté un deuxième alinéa rédigé comme suit : « Les enfants en sont dispensés. »")])
    }

    @Test func addedAsTheNumberSays() throws {
        let fixture = try Self.fixture("")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01")?.contains("test négatif.\nLes enfants en sont dispensés.\n§ 2.") == true)
    }

    @Test func aNumberTheEndDoesNotGiveIsSaid() throws {
        let fixture = try Self.fixture("\n\nUn autre alinéa existant.")
        #expect(fixture.failures == ["Art. 1: the new alinéa would be alinéa 3 of § 1 of art. 1, not alinéa 2 as the instruction says"])
    }
}

/// Hand check 15, a probe around record 463: « remplacé deux fois » with the words found once
/// was headed « words found several times ».
@Suite("The count of words found, as explain heads it")
struct WordsFoundCountTests {
    @Test func foundOnceIsNotSeveralTimes() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé deux fois par le mot « fichier ».")])
        let outcome = try #require(fixture.timeline.outcomes.first)
        #expect(outcome.summary.hasPrefix("words found once: words « registre » found 1 time(s)"), "\(outcome.summary)")
        #expect(outcome.statusName == "words-found-times")
    }
}
