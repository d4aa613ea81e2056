import Foundation
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 29 (a probe of a frozen build): the base act cited as « précité » was taken for
/// another act (its changes left out, exit 0), …
@Suite("Look 29: the probe's findings")
struct Look29Tests {
    /// « de l'arrêté du Gouvernement du 1er mars 2020 précité », « de l'arrêté précité »:
    /// the act cited before, here the base; the change is applied. (« précité » was read as
    /// the title: « 1 edit(s) aimed at 1 other act(s) », the text unamended.)
    @Test(arguments: [
        "Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 précité, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté précité, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté du Gouvernement précité, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté susmentionné, le mot « département » est remplacé par le mot « service ».",
        "Dans l'article 4 de l'arrêté du 1er mars 2020 susvisé, le mot « département » est remplacé par le mot « service ».",
    ])
    func theBaseCitedAsAforesaid(_ instruction: String) throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** \(instruction)
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le service tient un registre.") == true, "\(fixture.text("4", at: "2021-06-01") ?? "")")
    }

    /// An act of the same date cited as « précité » that is not the base: another act, left
    /// out (not the base, whose date differs).
    @Test func anotherActCitedAsAforesaid() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Dans l'article 4 de l'arrêté du Gouvernement du 5 mai 2019 précité, le mot « département » est remplacé par le mot « service ».
        """)])
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le département tient un registre.") == true)
    }

    /// « L'article 1er est complété par les mots … » of an article of one alinéa: at the end
    /// of that alinéa (it was refused as « not one alinéa, point or sentence »).
    @Test func wordsAddedToAnArticleOfOneAlinea() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** L'article 1er du même arrêté est complété par les mots « et privés ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le présent arrêté s'applique aux essais. Il vise les essais publics et privés.\n")
        // Of an article of three alinéas, which one is not said: still refused.
        let three = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** L'article 4 du même arrêté est complété par les mots « et privés ».")])
        #expect(three.failures.count == 1)
    }

    /// « L'article 4, abrogé par …, est rétabli » while art. 4 is in force: the act that
    /// repealed it is missing; its text was replaced without a word.
    @Test func anArticleInForceIsNotReestablished() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** L'article 4 du même arrêté, abrogé par l'arrêté du Gouvernement du 1er février 2020, est rétabli dans la rédaction suivante :

        « Art. 4. Le registre est supprimé. »
        """)])
        #expect(fixture.failures.count == 1 && fixture.failures.first?.contains("art. 4 is not repealed on 2021-01-01: it cannot be re-established") == true, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2021-06-01")?.hasPrefix("Art. 4. Le département tient un registre.") == true)
    }

    /// « L'article 4 est remplacé par ce qui suit : « Art. 5. … » »: which number is meant
    /// cannot be told (it was applied as art. 4).
    @Test func aReplacementHeadedWithAnotherNumber() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** L'article 4 du même arrêté est remplacé par ce qui suit :

        « Art. 5. Le registre est supprimé. »
        """)])
        #expect(fixture.failures.count == 1 && fixture.failures.first?.contains("the new text is headed « Art. 5 » where it replaces art. 4") == true, "\(fixture.failures)")
        let same = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("""
        **Art. 1er.** L'article 4 du même arrêté est remplacé par ce qui suit :

        « Art. 4. Le registre est supprimé. »
        """)])
        #expect(same.failures.isEmpty)
        #expect(same.text("4", at: "2021-06-01") == "Art. 4. Le registre est supprimé.\n")
    }

    /// « la deuxième phrase » of an alinéa whose first sentence holds « S.P.F. Economie »:
    /// the splitter no longer cuts there, and, as « S.P.F. » could end a sentence, an
    /// instruction that counts sentences across it is refused (it replaced « Economie. »).
    @Test func sentencesCountedAcrossAnInitialism() throws {
        let base = baseAct("**Article 1er.** Le rapport est établi par le S.P.F. Economie. Il est publié. Il est gratuit.\n\n**Art. 2.** Le rapport est public. Il est gratuit.")
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans l'article 1er du même arrêté, la deuxième phrase est remplacée par ce qui suit : « Il est affiché. »

        **Art. 2.** Dans l'article 2 du même arrêté, la deuxième phrase est remplacée par ce qui suit : « Il est payant. »
        """)])
        #expect(fixture.failures.count == 1 && fixture.failures.first?.contains("whether « S.P.F. » followed by a capital ends a sentence cannot be told") == true, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le rapport est établi par le S.P.F. Economie. Il est publié. Il est gratuit.\n")
        #expect(fixture.text("2", at: "2021-06-01") == "Art. 2. Le rapport est public. Il est payant.\n")
    }

    /// Dutch « Artikel 7 wordt aangevuld met de woorden … », « In artikel 3 wordt de eerste
    /// zin aangevuld met de woorden … »: words at the end of the unit, as « est complété par
    /// les mots » (both stopped the act: « matches no known instruction form »).
    @Test func dutchWordsAtTheEnd() throws {
        let amending = HandCheck23Tests.amending.replacingOccurrences(of: "In artikel 7 van hetzelfde besluit wordt het woord \"vier\" telkens door het woord \"vijf\" vervangen.",
                                                                       with: "Artikel 7 van hetzelfde besluit wordt aangevuld met de woorden \"en op zaterdag\".\n\n**Art. 6.** In artikel 1 van hetzelfde besluit wordt de eerste zin aangevuld met de woorden \"door de minister\".")
        #expect(amending != HandCheck23Tests.amending)
        let fixture = try Fixture(base: HandCheck23Tests.base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("7", at: "2016-02-01") == "Art. 7. De bibliotheek is ten minste vier uren per week open. Zij telt vier uren leesplaats en op zaterdag.\n")
        #expect(fixture.text("1", at: "2016-02-01") == "Article 1. Dit besluit regelt de erkenning van de openbare bibliotheken door de minister.\n")
    }

    /// « après l'article 5, un article 5/2 » where a 5/1 follows art. 5: placed where the
    /// instruction puts it, before the 5/1, and said (it was silent: « 5/2 » and « 5/1 » were
    /// taken for two numbers with no order between them, as a « 5/1 » beside a « 5bis »).
    @Test func aSlashNumberBeforeALowerOne() throws {
        let base = baseAct("### Chapitre 2. - Procédure\n\n**Art. 5.** Cinq.\n\n**Art. 5/1.** Cinq/un.\n\n**Art. 6.** Six.")
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans le chapitre 2 du même arrêté, il est inséré après l'article 5 un article 5/2 rédigé comme suit :

        « Art. 5/2. Cinq/deux. »
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.warnings.contains { $0.contains("art. 5/2 placed where the instruction puts it, after art. 5, though its number does not follow") }, "\(fixture.warnings)")
        let bis = try Fixture(base: baseAct("**Art. 5.** Cinq.\n\n**Art. 5bis.** Cinq bis.\n\n**Art. 6.** Six."), amending: [OperationTests.amending("""
        **Art. 1er.** Dans le même arrêté, il est inséré après l'article 5 un article 5/1 rédigé comme suit :

        « Art. 5/1. Cinq/un. »
        """)])
        #expect(bis.failures.isEmpty && bis.warnings.isEmpty, "beside a 5bis, as before: \(bis.warnings)")
    }

    /// Dutch « van het voormelde besluit », « van voormeld besluit »: the act of that kind
    /// cited before.
    @Test(arguments: ["van het voormelde besluit", "van voormeld besluit", "van het voornoemde besluit"])
    func dutchAforesaid(_ act: String) throws {
        let amending = HandCheck23Tests.amending.replacingOccurrences(of: "In artikel 7 van hetzelfde besluit", with: "In artikel 7 " + act)
        let fixture = try Fixture(base: HandCheck23Tests.base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("7", at: "2016-02-01") == "Art. 7. De bibliotheek is ten minste vijf uren per week open. Zij telt vijf uren leesplaats.\n")
    }
}

/// Look 29: an act that amends the base without saying so (no `modifies:`, a title without
/// « modifiant ») was left out of the consolidation with `--act`, without a word.
@Suite("Look 29: an amending act that does not say so")
struct UnsaidAmendmentTests {
    static let omnibus = """
    ---
    title-fr: "Arrêté du Gouvernement portant diverses dispositions en matière d'essais"
    date: 2020-06-01
    number: 2020200100
    case: 2020-06-01/01
    publication: 2020-06-10
    ---

    **Article 1er.** Dans l'article 4 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « département » est remplacé par le mot « service ».

    **Art. 2.** Le ministre fait rapport chaque année.

    **Art. 3.** Le présent arrêté entre en vigueur le 1er janvier 2021.
    """

    @Test func itIsAnErrorScopedToWhatItReaches() throws {
        let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("omnibus.md", Self.omnibus)]).consolidated(act: "2020200001").get()
        let errors = consolidated.problems.map(\.diagnostic).filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.description.hasPrefix("omnibus.md:9: Art. 1: this act amends"), "\(error)")
        #expect(error.message.contains("amends 2020200001 (its art. 1) but does not say so") && error.message.contains("add `modifies: 2020200001`"), "\(error.message)")
        let after = try #require(LegalDate("2021-06-01"))
        #expect(consolidated.failed(article: "4", at: [after]))
        #expect(!consolidated.failed(article: "3", at: [after]))
        // Before its change applies, the text of art. 4 is certain.
        #expect(!consolidated.failed(article: "4", at: [LegalDate("2020-12-31")!]))
    }

    /// Said with `modifies:`, the same act is applied, and nothing is reported.
    @Test func saidItIsApplied() throws {
        let said = Self.omnibus.replacingOccurrences(of: "publication: 2020-06-10", with: "publication: 2020-06-10\nmodifies: 2020200001")
        let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("omnibus.md", said)]).consolidated(act: "2020200001").get()
        #expect(!consolidated.failed)
        let text = consolidated.timeline.article("4", at: LegalDate("2021-06-01")!).map { TextRenderer.render($0.article) }
        #expect(text?.hasPrefix("Art. 4. Le service tient un registre.") == true)
    }
}
