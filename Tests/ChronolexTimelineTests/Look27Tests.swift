import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 27 (a probe of the session's fixes): a range's reach in the act's order, amendments
/// of amending acts that may move a change, provisions placed in another act's article, and
/// acts whose publication is not given.
@Suite("Look 27: the session's fixes probed")
struct Look27Tests {
    static let after = LegalDate("2021-06-01")!

    static func consolidated(_ base: String, _ amending: [String], knownOn: LegalDate? = nil) throws -> Consolidated {
        try Workspace(texts: [("base.md", base)] + amending.enumerated().map { ("a\($0.offset + 1).md", $0.element) })
            .consolidated(act: "2020200001", knownOn: knownOn).get()
    }

    static func stopped(_ consolidated: Consolidated, _ articles: [String], at date: LegalDate = after) -> [String] {
        articles.filter { consolidated.failed(article: $0, at: [date]) }
    }

    /// An article 30 inserted in the chapitre 4, after art. 10: « les articles 9 à 11 » reach
    /// it, as applied in the act's order, whatever its number (it printed, unamended).
    @Test func aRangeReachesWhatStandsBetweenItsEnds() throws {
        let insert = OperationTests.amending("""
        **Art. 1er.** Dans le chapitre 4 du même arrêté, il est inséré un article 30 rédigé comme suit :

        « Art. 30. Le ministre statue dans les trente jours. »
        """, date: "2019-06-01", published: "2019-06-10", numac: "2019200100", entry: "Le présent arrêté entre en vigueur le 1er janvier 2020.")
        let range = OperationTests.amending("**Art. 1er.** Dans les articles 9 à 11 du même arrêté, le mot « zzz » est remplacé par le mot « yyy ».")
        let consolidated = try Self.consolidated(DivisionRepealTests.base, [insert, range])
        #expect(Self.stopped(consolidated, ["1", "9", "10", "11", "30", "31"]) == ["9", "10", "11", "30"])
    }

    /// « les articles 6 à 4 »: the two ends as written reach what stands between them.
    @Test func aReversedRange() throws {
        let consolidated = try Self.consolidated(OperationTests.base, [OperationTests.amending("**Art. 1er.** Dans les articles 6 à 4 du même arrêté, le mot « zzz » est remplacé par le mot « yyy ».")])
        #expect(consolidated.failed(at: [Self.after]))
        #expect(Self.stopped(consolidated, ["3", "4", "5", "6"]) == ["4", "5", "6"])
    }

    static let first = OperationTests.amending("**Art. 1er.** Dans les articles 3 et 4 du même arrêté, le mot « ministre » est remplacé par le mot « gouverneur ».")

    static func amendment(_ old: String, _ new: String) -> String {
        amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, les mots « \(old) » sont remplacés par les mots « \(new) ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er octobre 2020.
        """)
    }

    /// An amendment of an amending act whose words name articles may move its change to any
    /// of them (« articles 3 et 4 » become « articles 3 et 6 »): every article; words that name
    /// none, the articles the change reaches.
    @Test func anAmendmentThatMayMoveAChange() throws {
        let moved = try Self.consolidated(OperationTests.base, [Self.first, Self.amendment("articles 3 et 4", "articles 3 et 6")])
        #expect(Self.stopped(moved, ["1", "3", "4", "6"]) == ["1", "3", "4", "6"])
        let words = try Self.consolidated(OperationTests.base, [Self.first, Self.amendment("gouverneur", "délégué")])
        #expect(Self.stopped(words, ["1", "3", "4", "6"]) == ["3", "4"])
        // Words only: nothing before the change takes effect (2021-01-01), though the
        // amendment does from 2020-10-01.
        #expect(Self.stopped(words, ["3"], at: LegalDate("2020-12-01")!).isEmpty)
    }

    /// Provisions of the amending act that speak of an article of another act, and change none
    /// of its words, stay provisions (they were unreadable instructions, stopping the act).
    @Test(arguments: [
        "Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, on entend par « ministre » le ministre de l'Intérieur.",
        "Dans les articles 3 et 4 du même arrêté, toute référence au ministre vaut référence au gouverneur.",
        "À l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, tel qu'il était en vigueur avant le 1er janvier 2021, les demandes introduites restent soumises aux règles anciennes.",
        "Aux articles 3 et 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le ministre peut déroger pour l'année 2021.",
    ])
    func provisionsPlacedInAnotherAct(_ clause: String) throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».\n\n**Art. 2.** " + clause))])
        #expect(!workspace.diagnostics.contains { $0.severity == .error }, "\(workspace.diagnostics.map(\.message))")
        #expect(workspace.diagnostics.contains { $0.message.contains("provision of this act") })
    }

    /// An act without publication, signed before the day asked: its error concerns the text from
    /// the first day its changes take effect (it stopped every day).
    @Test func anUnknownPublicationFromItsChangesDay() throws {
        let unpublished = amendingAct(date: "2020-06-01", published: "", numac: "2020200100", """
        **Article 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.
        """)
        let known = try Self.consolidated(OperationTests.base, [unpublished], knownOn: LegalDate("2021-06-30"))
        #expect(Self.stopped(known, ["4"], at: LegalDate("2020-12-01")!).isEmpty)
        #expect(Self.stopped(known, ["4"], at: LegalDate("2021-02-01")!) == ["4"])
    }

    /// An act that fixes a pending change's date, without publication, signed before the day
    /// asked: an error (it was taken as unknown, « not dated », without a word).
    @Test func aFixingWithoutPublication() throws {
        let pending = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                              entry: "Le présent arrêté entre en vigueur à la date fixée par le Gouvernement.")
        let fixing = Look26Tests.fixing(numac: "2021200050", date: "2021-02-15", published: "", day: "1er juin 2021")
        let known = try Self.consolidated(OperationTests.base, [pending, fixing], knownOn: LegalDate("2021-08-01"))
        #expect(known.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("this act fixes the date of changes of this act, but its publication is not given (signed on 2021-02-15)") },
                "\(known.diagnostics.map(\.message))")
        #expect(Self.stopped(known, ["4"], at: LegalDate("2021-07-01")!) == ["4"])
        #expect(Self.stopped(known, ["3", "4"], at: LegalDate("2021-05-01")!).isEmpty)
        // Signed after the day asked: not known, certainly; nothing to say.
        let before = try Self.consolidated(OperationTests.base, [pending, fixing], knownOn: LegalDate("2021-02-01"))
        #expect(!before.diagnostics.contains { $0.severity == .error })
    }
}

/// Look 28: a clause placed in another act's article names its words after a smaller place
/// (« à l'alinéa 1er, », Dutch « eerste lid, ») or after Dutch « wordt »: still an
/// instruction (they were provisions, the text unamended); a clause cut after « behalve ».
@Suite("Look 28: clauses placed in another act, read further")
struct Look28ReadingTests {
    @Test(arguments: [
        "Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, à l'alinéa 1er, le mot « registre » est transformé en « fichier ».",
        "Dans l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, au § 1er, le mot « trente » est transformé en « quarante ».",
        "Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, l'expression « tient un registre » est transformée en « tient un fichier ».",
        "Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, la mention « registre » est à remplacer par « fichier ».",
    ])
    func afterASmallerPlace(_ clause: String) throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", OperationTests.amending("**Art. 1er.** " + clause))])
        #expect(workspace.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("matches no known instruction form") }, "\(workspace.diagnostics.map(\.message))")
        #expect(!workspace.diagnostics.contains { $0.message.contains("provision of this act") })
    }

    @Test func dutchAuxiliaryFirst() throws {
        let body = """
        ---
        title-nl: "Besluit van de Regering tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken"
        date: 2016-01-10
        number: 2016200001
        publication: 2016-01-20
        starts: 2016-02-01
        ---

        **Artikel 1.** In artikel 7 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken, wordt het woord "vier" omgezet in het woord "vijf".

        **Art. 2.** In artikel 3 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken, § 1, eerste lid, wordt het woord "open" omgezet in het woord "toegankelijk".
        """
        let workspace = Workspace(texts: [("base.md", HandCheck23Tests.base), ("a.md", body)])
        #expect(workspace.diagnostics.filter { $0.severity == .error && $0.message.hasPrefix("matches no known instruction form") }.count == 2, "\(workspace.diagnostics.map(\.message))")
    }

    @Test func anExceptionCutShort() throws {
        let act = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».", entry: "Le présent arrêté entre en vigueur le 1er janvier 2021, sauf")
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a.md", act)])
        #expect(workspace.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("entry-into-force clause: the exception names nothing") }, "\(workspace.diagnostics.map(\.message))")
    }
}
