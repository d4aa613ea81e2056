import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 23: a base act's own end (« cesse d'être en vigueur le … ») said by `consolidate`
/// only; `history` showed its last versions open-ended and `diff` compared a text that was no
/// longer law.
@Suite("Look 23: an act's end in every front end")
struct ActEndTests {
    static let base = HandCheck22Tests.base("**Art. 3.** Le présent arrêté cesse d'être en vigueur le 31 décembre 2021.")

    @Test func historyEndsTheVersions() throws {
        let consolidated = try Workspace(texts: [("base.md", Self.base)]).consolidated(act: nil).get()
        let end = try #require(consolidated.timeline.end)
        #expect(end.date == LegalDate("2021-12-31") && end.article == "3")
        let entries = try consolidated.history(article: "2").get()
        let text = HistoryRenderer.text(entries, base: consolidated.base, article: "2", end: end)
        #expect(text.hasPrefix("2020-04-01 – 2021-12-30  base act"), "\(text)")
        #expect(text.hasSuffix("2021-12-31  the act ceases to be in force by its article 3 (read as its first day out of force): no version is in force from then\n"), "\(text)")
        let json = HistoryRenderer.json(entries, base: consolidated.base, pretty: false, end: end)
        #expect(json.contains(#""validUntil":"2021-12-30""#) && json.contains(#""end":{"date":"2021-12-31","article":"art. 3"}"#), "\(json)")
    }

    @Test func diffAfterTheEndIsRefused() throws {
        let consolidated = try Workspace(texts: [("base.md", Self.base)]).consolidated(act: nil).get()
        let from = try #require(LegalDate("2021-01-01"))
        guard case .failure(let diagnostic) = consolidated.diff(from: from, to: try #require(LegalDate("2022-06-01"))) else {
            Issue.record("a diff to a day after the act's end was made")
            return
        }
        #expect(diagnostic.message.contains("ceases to be in force on 2021-12-31"))
        guard case .success = consolidated.diff(from: from, to: try #require(LegalDate("2021-12-30"))) else {
            Issue.record("a diff before the end was refused")
            return
        }
    }

    /// Look 24: an end moved by an act that takes effect after it — the act had lapsed; it was
    /// shown in force again, and the late change listed as in force.
    @Test func aLapsedActStaysLapsed() throws {
        let late = amendingAct(date: "2022-01-20", published: "2022-02-01", numac: "2022200100", """
        **Article 1er.** Dans l'article 3, les mots « 31 décembre 2021 » sont remplacés par les mots « 31 décembre 2023 ».
        """)
        let consolidated = try Workspace(texts: [("base.md", Self.base), ("late.md", late)]).consolidated(act: nil).get()
        guard case .failure(let diagnostic) = consolidated.article("2", at: try #require(LegalDate("2022-06-01"))) else {
            Issue.record("the lapsed act was shown in force")
            return
        }
        #expect(diagnostic.message.contains("ceases to be in force on 2021-12-31"))
        let end = try #require(consolidated.timeline.end)
        let text = HistoryRenderer.text(try consolidated.history(article: "3").get(), base: consolidated.base, article: "3", end: end)
        #expect(text.contains("2022-02-11 – …  (after the act's end on 2021-12-31: never in force)"), "\(text)")
    }

    /// An act without an end: nothing said.
    @Test func noEnd() throws {
        let consolidated = try Workspace(texts: [("base.md", HandCheck22Tests.base(""))]).consolidated(act: nil).get()
        #expect(consolidated.timeline.end == nil)
    }
}

/// Look 23 (2026-12-03, session 30): the Dutch forms read since, applied to a Dutch base act.
@Suite("Look 23: Dutch forms applied")
struct HandCheck23Tests {
    static let base = """
    ---
    title-nl: "Besluit van de Regering betreffende de openbare bibliotheken"
    date: 2015-03-12
    number: 2015201234
    publication: 2015-04-02
    starts: 2015-04-12
    ---

    **Artikel 1.** Dit besluit regelt de erkenning van de openbare bibliotheken.

    **Art. 2.** Voor de toepassing van dit besluit wordt verstaan onder:

    1° bibliotheek: een openbare bibliotheek;

    2° inrichtende macht: de commune of de vereniging;

    3° leesplaats: een plaats van uitlening;

    4° collectie: het geheel van de documenten.

    **Art. 3.** § 1. De bibliotheek is open.

    Zij is gratis.

    § 2. De minister bepaalt de openingsuren.

    **Art. 7.** De bibliotheek is ten minste vier uren per week open. Zij telt vier uren leesplaats.
    """

    static let amending = """
    ---
    title-nl: "Besluit van de Regering tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken"
    date: 2016-01-10
    number: 2016200001
    publication: 2016-01-20
    starts: 2016-02-01
    ---

    **Artikel 1.** In artikel 2 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken worden de bepalingen onder 2° en 4° opgeheven.

    **Art. 2.** In artikel 7 van hetzelfde besluit wordt het woord "vier" telkens door het woord "vijf" vervangen.

    **Art. 3.** Aan artikel 3, § 2, van hetzelfde besluit worden de volgende leden toegevoegd:

    "Nieuw een."

    "Nieuw twee."

    **Art. 4.** Aan artikel 2 van hetzelfde besluit wordt een bepaling 5° toegevoegd, luidende:

    "5° iets: iets anders."

    **Art. 5.** In artikel 3, § 1, van hetzelfde besluit wordt aan het eerste lid een lid toegevoegd, luidende:

    "Nieuw drie."
    """

    @Test func appliedAsJustelWouldPrintThem() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("7", at: "2016-02-01") == "Art. 7. De bibliotheek is ten minste vijf uren per week open. Zij telt vijf uren leesplaats.\n")
        #expect(fixture.text("7", at: "2016-01-31")?.contains("vier uren per week") == true)
        let two = try #require(fixture.text("2", at: "2016-02-01"))
        #expect(two.contains("2° (...)") && two.contains("4° (...)") && two.contains("3° leesplaats") && two.hasSuffix("5° iets: iets anders.\n"), "\(two)")
        let three = try #require(fixture.text("3", at: "2016-02-01"))
        #expect(three.contains("De bibliotheek is open.\nNieuw drie.\nZij is gratis."), "\(three)")
        #expect(three.hasSuffix("De minister bepaalt de openingsuren.\nNieuw een.\nNieuw twee.\n"), "\(three)")
    }
}

/// Look 23: errors scoped to what they reach — in articles and in time — and one act given
/// twice.
@Suite("Look 23: scopes and copies")
struct ScopeAndCopyTests {
    static func consolidated(_ amending: [String]) throws -> Consolidated {
        let texts = [("base.md", OperationTests.base)] + amending.enumerated().map { ("\($0.offset + 1)-amending.md", $0.element) }
        return try Workspace(texts: texts).consolidated(act: nil).get()
    }

    static let rangeBeyondTheAct = OperationTests.amending("**Art. 1er.** Les articles 3 à 40 sont abrogés.")

    /// « les articles 3 à 40 » failed (no art. 40): the error was scoped to art. 3, and art. 4
    /// printed in force.
    @Test func aRangeOfArticlesReachesEachOfThem() throws {
        let consolidated = try Self.consolidated([Self.rangeBeyondTheAct])
        let after = try #require(LegalDate("2021-06-01"))
        #expect(consolidated.failed(article: "4", at: [after]))
        #expect(consolidated.failed(article: "3", at: [after]))
    }

    /// The same failure, effective 2021-01-01, says nothing of the text of 2020: it stopped it.
    @Test func aFailureSaysNothingOfTheTextBeforeItsDay() throws {
        let consolidated = try Self.consolidated([Self.rangeBeyondTheAct])
        let before = try #require(LegalDate("2020-06-01"))
        #expect(!consolidated.failed(article: "4", at: [before]))
        #expect(!consolidated.failed(at: [before]))
        let report = consolidated.report(keepGoing: false, at: [before]).map(\.message)
        #expect(report.contains { $0.contains("1 error(s) in instructions that apply only after 2020-06-01") }, "\(report)")
        #expect(consolidated.failed(at: []))
    }

    /// One amending act in two files (a copy): applied twice, an alinéa and words doubled.
    @Test func oneActInTwoFilesIsAppliedOnce() throws {
        let act = OperationTests.amending("**Art. 1er.** L'article 4 est complété par un alinéa rédigé comme suit : « Il est publié en ligne. »")
        let consolidated = try Self.consolidated([act, act])
        let text = try consolidated.article("4", at: try #require(LegalDate("2021-06-01"))).get()
        #expect(TextRenderer.render(text.article).components(separatedBy: "Il est publié en ligne.").count == 2)
        #expect(consolidated.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("the same act as 1-amending.md (numac 2020200100): applied once") },
                "\(consolidated.diagnostics.map(\.message))")
    }

    /// Look 24: two acts of other dates that share a numac (a slip) are two acts, each applied.
    @Test func twoActsSharingANumac() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».")
        let second = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « accessible ».",
                                             date: "2021-03-01", published: "2021-03-10", entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let consolidated = try Self.consolidated([first, second])
        let text = TextRenderer.render(try consolidated.article("4", at: try #require(LegalDate("2021-07-01"))).get().article)
        #expect(text.contains("tient un fichier") && text.contains("est accessible"), "\(text)")
        #expect(!consolidated.diagnostics.contains { $0.message.contains("the same act as") })
    }

    /// Look 25: a copy of the second of two acts sharing a numac was applied twice.
    @Test func aCopyOfTheSecondActSharingANumac() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».")
        let second = OperationTests.amending("**Art. 1er.** L'article 4 est complété par un alinéa rédigé comme suit : « Il est publié en ligne. »",
                                             date: "2021-03-01", published: "2021-03-10", entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let consolidated = try Self.consolidated([first, second, second])
        let text = TextRenderer.render(try consolidated.article("4", at: try #require(LegalDate("2021-07-01"))).get().article)
        #expect(text.components(separatedBy: "Il est publié en ligne.").count == 2 && text.contains("tient un fichier"), "\(text)")
        #expect(consolidated.diagnostics.contains { $0.message.hasPrefix("the same act as 2-amending.md") }, "\(consolidated.diagnostics.map(\.message))")
    }

    /// Words sought in a repealed unit: « not found » alone, as if the words were wrong.
    @Test func wordsInARepealedUnit() throws {
        let repeal = OperationTests.amending("**Art. 1er.** Dans l'article 4, l'alinéa 2 est abrogé.")
        let words = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « accessible ».",
                                            date: "2021-03-01", published: "2021-03-10", numac: "2021200100", entry: "Le présent arrêté entre en vigueur le 1er juillet 2021.")
        let consolidated = try Self.consolidated([repeal, words])
        #expect(consolidated.diagnostics.contains { $0.message == "words « public » not found in art. 4, al. 2: art. 4, al. 2 is repealed on 2021-07-01; they stood there until 2020-12-31: the arrêté du Gouvernement du 1er juin 2020 (2020200100, art. 1) repealed them from 2021-01-01" },
                "\(consolidated.diagnostics.map(\.message))")
    }

    /// « il est inséré un 2° » where the 2° was repealed: two points 2°, without a word.
    @Test func anInsertionUnderARepealedNumber() throws {
        let repeal = OperationTests.amending("**Art. 1er.** Dans l'article 2, le 2° est abrogé.")
        let insert = OperationTests.amending("**Art. 1er.** Dans l'article 2, il est inséré un 2° rédigé comme suit : « 2° jury : les membres du jury; »",
                                             date: "2021-03-01", published: "2021-03-10", numac: "2021200100", entry: "Le présent arrêté entre en vigueur le 1er juillet 2021.")
        let consolidated = try Self.consolidated([repeal, insert])
        #expect(consolidated.diagnostics.contains { $0.message.contains("2° already exists in art. 2, repealed: an insertion under the number of a repealed point is not applied") },
                "\(consolidated.diagnostics.map(\.message))")
        #expect(consolidated.failed(article: "2", at: [try #require(LegalDate("2021-08-01"))]))
    }
}

/// Look 23: an edit applied to a text its act could not see — a unit replaced, or alinéas
/// inserted, by an act published after it but in force before it.
@Suite("Look 23: changes the edit's act could not see")
struct UnseenChangeTests {
    static let published2021 = (date: "2021-03-01", published: "2021-03-10", numac: "2021200100")

    @Test func aUnitReplacedByALaterAct() throws {
        let words = OperationTests.amending("**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».")
        let replaced = OperationTests.amending("**Art. 1er.** L'article 3 est remplacé par ce qui suit : « Art. 3. Le ministre agrée les essais dans les trente jours ouvrables. »",
                                               date: Self.published2021.date, published: Self.published2021.published, numac: Self.published2021.numac,
                                               entry: "Le présent arrêté produit ses effets le 1er mai 2020.")
        let fixture = try Fixture(base: OperationTests.base, amending: [words, replaced])
        #expect(fixture.failures.contains { $0.contains("written for the text its act saw when published (2020-06-10): art. 3 was replaced") }, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-06-01")?.contains("trente jours ouvrables") == true)
    }

    @Test func anAlineaInsertedByALaterAct() throws {
        let repeal = OperationTests.amending("**Art. 1er.** Dans l'article 4, l'alinéa 2 est abrogé.", entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let insert = OperationTests.amending("**Art. 1er.** Dans l'article 4, il est inséré entre les alinéas 1er et 2 un alinéa rédigé comme suit : « Il est numérique. »",
                                             date: Self.published2021.date, published: Self.published2021.published, numac: Self.published2021.numac,
                                             entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let fixture = try Fixture(base: OperationTests.base, amending: [repeal, insert])
        #expect(fixture.failures.contains { $0.contains("an alinéa was inserted in art. 4") }, "\(fixture.failures)")
    }

    /// Look 24: an alinéa added at the end, or after the one counted, moves nothing — the
    /// change was refused; one alinéa replaced by two moves those after it — it was missed.
    @Test(arguments: [
        ("L'article 4 est complété par un alinéa rédigé comme suit : « Il est numérique. »", false),
        ("Dans l'article 4, il est inséré entre les alinéas 2 et 3 un alinéa rédigé comme suit : « Il est numérique. »", false),
        ("Dans l'article 4, il est inséré entre les alinéas 1er et 2 un alinéa rédigé comme suit : « Il est numérique. »", true),
        ("Dans l'article 4, l'alinéa 1er est remplacé par les alinéas suivants : « Le département tient un registre. » « Il est numérique. »", true),
        ("Dans l'article 4, l'alinéa 1er est remplacé par ce qui suit : « Le département tient un fichier. »", false),
    ])
    func alineasMovedOrNot(_ later: String, _ refused: Bool) throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « accessible ».",
                                            entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let second = OperationTests.amending("**Art. 1er.** " + later, date: Self.published2021.date, published: Self.published2021.published,
                                             numac: Self.published2021.numac, entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, second])
        #expect(fixture.failures.contains { $0.contains("written for the text its act saw") } == refused, "\(fixture.failures)")
    }

    /// Look 25: « le dernier alinéa » counted by the earlier act is the same alinéa after an
    /// alinéa inserted among the others, or one replaced by two before it — not after one
    /// added at the end.
    @Test(arguments: [
        ("Dans l'article 4, il est inséré entre les alinéas 1er et 2 un alinéa rédigé comme suit : « Il est numérique. »", false),
        ("Dans l'article 4, l'alinéa 1er est remplacé par les alinéas suivants : « Le département tient un registre. » « Il est numérique. »", false),
        ("L'article 4 est complété par un alinéa rédigé comme suit : « Il est numérique. »", true),
    ])
    func theLastAlinea(_ later: String, _ refused: Bool) throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, dernier alinéa, les mots « à jour » sont remplacés par les mots « à jour chaque mois ».",
                                            entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let second = OperationTests.amending("**Art. 1er.** " + later, date: Self.published2021.date, published: Self.published2021.published,
                                             numac: Self.published2021.numac, entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, second])
        #expect(fixture.failures.contains { $0.contains("written for the text its act saw") } == refused, "\(fixture.failures)")
        if !refused { #expect(fixture.text("4", at: "2022-02-01")?.contains("Le registre est tenu à jour chaque mois.") == true) }
    }

    /// Look 24: the later act without a publication date is later by its own date.
    @Test func aLaterActWithoutPublication() throws {
        let words = OperationTests.amending("**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».")
        let replaced = """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: 2021-03-01
        number: 2021200100
        modifies: 2020200001
        ---

        **Art. 1er.** L'article 3 est remplacé par ce qui suit : « Art. 3. Le ministre agrée les essais dans les trente jours ouvrables. »

        **Art. 2.** Le présent arrêté produit ses effets le 1er mai 2020.
        """
        let fixture = try Fixture(base: OperationTests.base, amending: [words, replaced])
        #expect(fixture.failures.contains { $0.contains("art. 3 was replaced") && $0.contains("made later (2021-03-01)") }, "\(fixture.failures)")
    }

    /// Words changed by each act in other places of the article: both applied, as before.
    @Test func wordsChangedElsewhereByALaterAct() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».", entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let second = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 2, le mot « public » est remplacé par le mot « accessible ».",
                                             date: Self.published2021.date, published: Self.published2021.published, numac: Self.published2021.numac,
                                             entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, second])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2022-02-01") == "Art. 4. Le département tient un fichier.\nLe registre est accessible.\nLe registre est tenu à jour.\n")
    }
}

/// Look 23: a pending change dated by a later act was credited to its own act alone, and a
/// day fixed before the fixing act's publication was not said retroactive.
@Suite("Look 23: the act that dated a change")
struct FixingProvenanceTests {
    @Test func historyNamesTheFixingActAndSaysRetroactive() throws {
        let pending = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                             entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement.")
        let fixing = amendingAct(date: "2021-02-01", published: "2021-03-10", numac: "2021200200", """
        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er janvier 2021.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """)
        let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("a.md", pending), ("fix.md", fixing)]).consolidated(act: nil).get()
        let entries = try consolidated.history(article: "4").get()
        try Self.expectDated(consolidated)
        // A fixing act whose title says only that it fixes a date, its `modifies:` empty: its
        // articles were never read, the change left pending.
        let titled = """
        ---
        title-fr: "Arrêté du Gouvernement fixant la date d'entrée en vigueur de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: 2021-02-01
        number: 2021200200
        publication: 2021-03-10
        ---

        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er janvier 2021.
        """
        try Self.expectDated(try Workspace(texts: [("base.md", OperationTests.base), ("a.md", pending), ("fix.md", titled)]).consolidated(act: nil).get())
        let text = HistoryRenderer.text(entries, base: consolidated.base, article: "4")
        #expect(text.contains("2021-01-01 – …") && text.contains("date fixed by the act of 1er février 2021") && text.contains(", retroactive"), "\(text)")
        // Look 24: the JSON said « retroactive » without naming the act that dated it.
        let json = HistoryRenderer.json(entries, base: consolidated.base, pretty: false)
        #expect(json.contains(#""datesFixedBy":["date fixed by the act of 1er février 2021"#), "\(json)")
    }

    static func expectDated(_ consolidated: Consolidated, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let version = try consolidated.article("4", at: try #require(LegalDate("2021-02-01"))).get()
        #expect(TextRenderer.render(version.article).contains("tient un fichier"), sourceLocation: sourceLocation)
    }
}

/// Look 23: a base act's own article in force after the rest was shown « inserted », with no
/// source, by `diff`.
@Suite("Look 23: a base article in force later, in a diff")
struct LaterBaseArticleTests {
    @Test func attributedToTheBaseAct() throws {
        let base = baseActDatedByItself("""
        **Article 1er.** Le présent arrêté s'applique aux essais.

        **Art. 2.** La redevance est de cent euros.

        **Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 2, qui entre en vigueur le 1er janvier 2021.
        """)
        let consolidated = try Workspace(texts: [("base.md", base)]).consolidated(act: nil).get()
        let diff = try consolidated.diff(from: try #require(LegalDate("2020-06-01")), to: try #require(LegalDate("2021-02-01"))).get()
        let change = try #require(diff.changes.first { $0.newAddress == "art. 2" })
        #expect(change.attribution.map(\.fullCitation) == ["the base act itself (ARR 2020-03-01), in force later"], "\(change.attribution.map(\.fullCitation))")
    }
}
