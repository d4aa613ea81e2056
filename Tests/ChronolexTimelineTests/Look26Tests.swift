import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 26: « as known on », acts that amend or date other acts, and the front ends'
/// agreement.
@Suite("Look 26: as known on, amendments of amending acts, dates fixed twice")
struct Look26Tests {
    static let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».")
    /// Published 2020-09-10, in force 2020-10-01: amends the words of `first` (in force 2021-01-01).
    static let second = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
    **Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « fichier » est remplacé par le mot « carnet ».

    **Art. 2.** Le présent arrêté entre en vigueur le 1er octobre 2020.
    """)

    static func workspace(_ amending: [String]) -> Workspace {
        Workspace(texts: [("base.md", OperationTests.base)] + amending.enumerated().map { ("a\($0.offset + 1).md", $0.element) })
    }

    static func day(_ iso: String) -> LegalDate { LegalDate(iso)! }

    /// `explain` said « applied », exit 0, where `consolidate` refused.
    @Test func explainSaysWhatConsolidateSays() throws {
        let explanation = try Self.workspace([Self.first, Self.second]).explanation(act: "2020200001").get()
        #expect(explanation.failed)
        #expect(explanation.problems.map(\.message).contains { $0.hasPrefix("this amends the arrêté du Gouvernement du 1er juin 2020") }, "\(explanation.problems)")
        let alone = try Self.workspace([Self.first]).explanation(act: "2020200001").get()
        #expect(!alone.failed && alone.problems.isEmpty)
    }

    /// As known before the amendment was published, it says nothing (it stopped the text).
    @Test func anAmendmentPublishedAfterTheDayAsked() throws {
        let known = try Self.workspace([Self.first, Self.second]).consolidated(act: "2020200001", knownOn: Self.day("2020-08-01")).get()
        #expect(!known.failed(article: "4", at: [Self.day("2021-06-01")]))
        #expect(try TextRenderer.render(known.article("4", at: Self.day("2021-06-01")).get().article).contains("tient un fichier"))
        // Known since: it stops the text of art. 4 from the day the amended change takes effect
        // (2021-01-01; look 27: not from the amendment's own day, 2020-10-01).
        let now = try Self.workspace([Self.first, Self.second]).consolidated(act: "2020200001").get()
        #expect(now.failed(article: "4", at: [Self.day("2021-06-01")]))
        #expect(now.failed(article: "4", at: [Self.day("2021-01-01")]))
        #expect(!now.failed(article: "4", at: [Self.day("2020-12-31")]))
        let report = now.report(keepGoing: false, article: "4", at: [Self.day("2020-12-31")]).map(\.message)
        #expect(report.contains { $0.hasPrefix("1 error(s) in instructions that apply only after 2020-12-31") }, "\(report)")
    }

    /// An amendment of the article that dates the amending act's changes may move them to
    /// any day: it concerns every day.
    @Test func anAmendmentOfTheDatingArticle() throws {
        let dating = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** Dans l'article 99 de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, les mots « 1er janvier 2021 » sont remplacés par les mots « 1er mars 2020 ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er octobre 2020.
        """)
        let now = try Self.workspace([Self.first, dating]).consolidated(act: "2020200001").get()
        #expect(now.failed(article: "4", at: [Self.day("2020-05-01")]))
    }

    /// An act published after the day asked for whose date clause cannot be read stopped
    /// the text as known on that day.
    @Test func anUnreadClauseOfAnActNotYetPublished() throws {
        let unread = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                             entry: "Le présent arrêté entre en vigueur le jour de la Saint-Nicolas.")
        let workspace = Self.workspace([unread])
        let asKnown = try workspace.consolidated(act: "2020200001", knownOn: Self.day("2020-06-01")).get()
        #expect(!asKnown.failed(article: "4", at: [Self.day("2020-12-01")]), "\(asKnown.diagnostics.map(\.message))")
        let now = try workspace.consolidated(act: "2020200001").get()
        #expect(now.failed(article: "4", at: [Self.day("2020-12-01")]))
    }

    /// An act without a publication date, signed after the day asked for, was known then.
    @Test func anActWithoutPublication() throws {
        let unpublished = amendingAct(date: "2020-06-01", published: "", numac: "2020200100", """
        **Article 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».

        **Art. 2.** Le présent arrêté produit ses effets le 1er janvier 2020.
        """)
        let workspace = Self.workspace([unpublished])
        // Signed after the day asked for: not known, certainly.
        let before = try workspace.consolidated(act: "2020200001", knownOn: Self.day("2020-05-01")).get()
        #expect(!before.failed(article: "4", at: [Self.day("2020-04-15")]))
        #expect(try TextRenderer.render(before.article("4", at: Self.day("2020-04-15")).get().article).contains("tient un registre"))
        // Signed before it: whether it was known is not in the input.
        let after = try workspace.consolidated(act: "2020200001", knownOn: Self.day("2020-07-01")).get()
        #expect(after.failed(article: "4", at: [Self.day("2020-04-15")]))
        #expect(after.diagnostics.contains { $0.message.hasPrefix("this act's publication is not given (signed on 2020-06-01): whether it was known on 2020-07-01 is not in the input") },
                "\(after.diagnostics.map(\.message))")
        #expect(!after.failed(article: "3", at: [Self.day("2020-04-15")]))
        // Without « as known on », nothing to say.
        #expect(!(try workspace.consolidated(act: "2020200001").get().failed))
    }

    static let pending = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                                 entry: "Le présent arrêté entre en vigueur à la date fixée par le Gouvernement.")

    static func fixing(numac: String, date: String, published: String, day: String) -> String {
        """
        ---
        title-fr: "Arrêté du Gouvernement fixant la date d'entrée en vigueur de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: \(date)
        number: \(numac)
        publication: \(published)
        ---

        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le \(day).

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication.
        """
    }

    /// Two acts fix the same change's date: the second, published after the first's day had
    /// come, took it out of force for months, without a word.
    @Test func aDateFixedTwice() throws {
        let june = Self.fixing(numac: "2021200050", date: "2021-02-15", published: "2021-03-01", day: "1er juin 2021")
        let september = Self.fixing(numac: "2021200070", date: "2021-06-20", published: "2021-07-01", day: "1er septembre 2021")
        let workspace = Self.workspace([Self.pending, september, june])
        let now = try workspace.consolidated(act: "2020200001").get()
        let errors = now.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["the date of the act « Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars … »'s changes (Art. 1) is fixed more than once: 1er juin 2021 by the act of 15 février 2021, art. 1; 1er septembre 2021 by the act of 20 juin 2021, art. 1: which holds is not read; applied from 2021-09-01"],
                "\(errors)")
        #expect(now.failed(article: "4", at: [Self.day("2021-06-15")]))
        #expect(!now.failed(article: "4", at: [Self.day("2021-05-31")]))
        #expect(!now.failed(article: "3", at: [Self.day("2021-06-15")]))
        // As known before the second was published: one fixing, no error, the change in force in June.
        let known = try workspace.consolidated(act: "2020200001", knownOn: Self.day("2021-06-30")).get()
        #expect(!known.failed(article: "4", at: [Self.day("2021-06-15")]))
        #expect(try TextRenderer.render(known.article("4", at: Self.day("2021-06-15")).get().article).contains("tient un fichier"))
        // The same act given twice fixes one day: no error.
        let twice = try Self.workspace([Self.pending, june, june]).consolidated(act: "2020200001").get()
        #expect(!twice.diagnostics.contains { $0.severity == .error }, "\(twice.diagnostics.map(\.message))")
    }
}

/// Look 26: clauses that name their place in another act but whose verb the grammar does not
/// know were taken for provisions of the amending act (a warning, the text unamended); and
/// Dutch « In hetzelfde artikel » was not read.
@Suite("Look 26: clauses placed in another act; the same article in Dutch")
struct Look26ReadingTests {
    @Test(arguments: [
        "le mot « registre » est transformé en le mot « fichier ».",
        "le délai de trente jours est porté à quarante-cinq jours.",
        "le mot « registre » est à remplacer par le mot « fichier ».",
    ])
    func aClausePlacedInAnotherActIsAnInstruction(_ rest: String) throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending(
            "**Art. 1er.** Dans l'article 4, alinéa 1er, de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, " + rest))])
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].message.hasPrefix("matches no known instruction form") && errors[0].unit == "Art. 1", "\(errors)")
        #expect(!workspace.diagnostics.contains { $0.message.contains("provision of this act") })
        #expect(try workspace.consolidated(act: nil).get().failed(article: "4", at: [LegalDate("2021-06-01")!]))
    }

    /// Provisions of the act itself stay provisions: its own article, a case, not a place.
    @Test(arguments: [
        "Dans l'article 4 du présent arrêté, le délai de trente jours court à partir de la demande.",
        "Dans les cas visés à l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le ministre statue dans les trente jours.",
    ])
    func provisionsStayProvisions(_ clause: String) throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending("**Art. 1er.** " + clause))])
        #expect(!workspace.diagnostics.contains { $0.severity == .error }, "\(workspace.diagnostics)")
        #expect(workspace.diagnostics.contains { $0.severity == .warning && $0.message.contains("provision of this act") }, "\(workspace.diagnostics)")
    }

    @Test func theSameArticleInDutch() throws {
        let amending = """
        ---
        title-nl: "Besluit van de Regering tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken"
        date: 2016-01-10
        number: 2016200001
        publication: 2016-01-20
        starts: 2016-02-01
        ---

        **Artikel 1.** In artikel 7 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken wordt het woord "vier" telkens door het woord "vijf" vervangen.

        **Art. 2.** In hetzelfde artikel wordt tussen het eerste en het tweede lid een lid ingevoegd, luidende:

        "Zij is gratis."
        """
        let fixture = try Fixture(base: HandCheck23Tests.base.replacingOccurrences(of: "per week open. Zij telt", with: "per week open.\n\nZij telt"), amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let seven = try #require(fixture.text("7", at: "2016-02-01"))
        #expect(seven == "Art. 7. De bibliotheek is ten minste vijf uren per week open.\nZij is gratis.\nZij telt vijf uren leesplaats.\n", "\(seven)")
    }
}

/// Look 26: a change « à une date fixée par le Gouvernement et au plus tard le … », no act
/// among the inputs fixing it, is applied from its latest day; before that day nothing was
/// said of it, though an act not given may have fixed an earlier one.
@Suite("Look 26: a latest day said before it")
struct LatestDaySaidTests {
    @Test func saidFromItsActsPublication() throws {
        let act = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                          entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement et au plus tard le 1er janvier 2021.")
        let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("a.md", act)]).consolidated(act: nil).get()
        let december = try #require(LegalDate("2020-12-01"))
        #expect(!consolidated.failed(article: "4", at: [december]))
        let said = consolidated.report(keepGoing: false, article: "4", at: [december]).map(\.message)
        #expect(said.contains { $0.hasSuffix("applied from 2021-01-01, the latest day it says; an earlier day may have been fixed by an act not given") }, "\(said)")
        // Before its act was published, nothing to say.
        let may = try #require(LegalDate("2020-05-01"))
        #expect(consolidated.report(keepGoing: false, article: "4", at: [may]).isEmpty)
    }
}
