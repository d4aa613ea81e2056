import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 19 (2026-12-03, probes of dates by a reviewer who had not written them, on a frozen
/// build of 9b53a97): dates of entry into force or of effect that were not read, so that a
/// text came out as in force when it was not (or the reverse) with no word, or with a
/// warning that said something false.
@Suite("Look 19: dates of entry into force and of effect")
struct HandCheck19TimelineTests {
    func entry(_ body: String, language: String = "fr") throws -> BaseEntryIntoForce {
        let key = language == "nl" ? "title-nl" : "title-fr"
        return try BaseEntryIntoForceTests().entry("\(key): \"Besluit betreffende de bibliotheken\"\ndate: 2015-03-12\npublication: 2015-04-02", body)
    }

    /// The base act's own clause in Dutch: the act was dated by the default rule, with a
    /// warning that it had no entry-into-force article.
    @Test func aDutchBaseActsOwnDate() throws {
        let retro = try entry("**Art. 1.** Tekst.\n\n**Art. 2.** Dit besluit heeft uitwerking met ingang van 1 januari 2015.", language: "nl")
        #expect(retro.date?.iso == "2015-01-01")
        let published = try entry("**Art. 1.** Tekst.\n\n**Art. 2.** Dit besluit treedt in werking op de dag van de bekendmaking ervan in het Belgisch Staatsblad.", language: "nl")
        #expect(published.date?.iso == "2015-04-02")
        let tenth = try entry("**Art. 1.** Tekst.\n\n**Art. 2.** Dit besluit treedt in werking op de tiende dag na de bekendmaking ervan in het Belgisch Staatsblad.", language: "nl")
        #expect(tenth.date?.iso == "2015-04-12")
        let pending = try entry("**Art. 1.** Tekst.\n\n**Art. 2.** Dit besluit treedt in werking op een door de minister te bepalen datum.", language: "nl")
        #expect(pending.date == nil)
        #expect(pending.reason.contains("een door de minister te bepalen datum"), "\(pending.reason)")
    }

    /// « In de Franse tekst van artikel 4 … » in a Dutch act, on the French base: the change
    /// was dropped as « no change to this version », without a word. It is this version's.
    @Test func anInstructionAboutTheBasesOwnLanguage() throws {
        let dutch = """
        ---
        title-nl: "Besluit van de Regering tot wijziging van het besluit van de Regering van 1 maart 2020 betreffende de proeven"
        date: 2020-06-01
        number: 2020200100
        publication: 2020-06-10
        modifies: 2020200001
        ---

        **Artikel 1.** In de Franse tekst van artikel 4, eerste lid, van hetzelfde besluit wordt het woord « registre » vervangen door het woord « fichier ».

        **Art. 2.** Dit besluit treedt in werking op 1 januari 2021.
        """
        let fixture = try Fixture(base: OperationTests.base, amending: [dutch])
        #expect(fixture.failures == ["Art. 1: the instruction is about the français text, which this base act is: what it changes there is not read (an instruction about another language version is read as no change); consolidate with the amending act's français version"])
        // About another version than the base's: no change here, as before.
        let other = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans le texte néerlandais de l'article 4, le mot « register » est remplacé par le mot « bestand ».")])
        #expect(other.failures.isEmpty, "\(other.failures)")
        #expect(other.timeline.outcomes.map(\.status) == [.noop])
    }

    /// A later act changes the words of an amending act before it takes effect: the base
    /// was consolidated with the words first published, and the amendment counted among
    /// the edits « aimed at other acts ». Now an error, scoped to the article it reaches.
    @Test func anAmendmentOfAnAmendingAct() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».")
        let second = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « fichier » est remplacé par le mot « carnet ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er octobre 2020.
        """)
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("a1.md", first), ("a2.md", second)])
        let consolidated = try workspace.consolidated(act: "2020200001").get()
        let errors = consolidated.problems.filter { $0.diagnostic.severity == .error }
        #expect(errors.map(\.diagnostic.message) == ["this amends the arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, whose edits of this act (Art. 1) are applied as it was published: an amendment of an amending act is not carried into the consolidation, so their words or their date may differ"])
        #expect(errors.map(\.scope) == [.article("4")])
        #expect(errors.first?.diagnostic.file == "a2.md")
        // Without the later act, nothing is said.
        let alone = try Workspace(texts: [("base.md", OperationTests.base), ("a1.md", first)]).consolidated(act: "2020200001").get()
        #expect(!alone.problems.contains { $0.diagnostic.severity == .error })
    }

    /// « les mots " X " sont insérés » and no more: appended at the end of a point, without
    /// a word (Dutch « worden de woorden " X " ingevoegd » the same). Where is not said.
    @Test func wordsInsertedWithoutAPlace() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, 3°, les mots « et délégué » sont insérés.")])
        #expect(fixture.failures == ["Art. 1: the instruction inserts « et délégué » without saying where (« après », « avant », « entre » the words of the text, or « complété par » at its end): not applied"])
        #expect(fixture.text("2", at: "2021-06-01")?.contains("3° ministre : le ministre compétent.") == true)
    }

    /// An act that says it modifies the base (`modifies:`) but cites it with another date:
    /// dropped among the edits « aimed at other acts », the base left unamended.
    @Test func theBaseCitedWithAnotherDate() throws {
        let slip = amendingAct(date: "2020-06-01", published: "2020-06-10", numac: "2020200100", """
        **Article 1er.** Dans l'article 4, alinéa 1er, de l'arrêté du Gouvernement du 2 mars 2020 relatif aux essais, le mot « registre » est remplacé par le mot « fichier ».
        """)
        let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("a.md", slip)]).consolidated(act: "2020200001").get()
        let errors = consolidated.problems.filter { $0.diagnostic.severity == .error }
        #expect(errors.map(\.diagnostic.message) == ["the act says it modifies 2020200001, the act of 1er mars 2020 with that title, but this instruction cites the arrêté du Gouvernement du 2 mars 2020 relatif aux essais: a slip in the date, or another act; not applied to 2020200001"])
        #expect(errors.map(\.scope) == [.article("4")])
    }

    /// A later act fixes the date of an amending act that had dated itself: ignored,
    /// without a word. Which date holds is not read: said.
    @Test func aDateFixedForAnActThatHadItsOwn() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».")
        let second = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er juillet 2021.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """)
        let consolidated = try Workspace(texts: [("base.md", OperationTests.base), ("a1.md", first), ("a2.md", second)]).consolidated(act: "2020200001").get()
        let errors = consolidated.problems.filter { $0.diagnostic.severity == .error }
        #expect(errors.map(\.diagnostic.message) == ["this fixes the entry into force of the arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais at 1er juillet 2021, which that act had dated itself (1er janvier 2021): which date holds is not read; its edits keep their own date"])
        #expect(errors.map(\.scope) == [.article("4")])
    }

    /// A Dutch act printed with French headings (« Article 1. », « (Abrogé) », « 12 MARS
    /// 2015 »): now its own language's, and the markdown reads back to the same tree.
    @Test func aDutchActInItsOwnWords() throws {
        let text = "---\ntitle-nl: \"Besluit betreffende de bibliotheken\"\ndate: 2015-03-12\nnumber: 2015035001\npublication: 2015-04-02\n---\n\n**Artikel 1.** Tekst een.\n\n**Art. 2.** (Opgeheven)\n"
        let act = try #require(ActReader.read(text: text, file: "base.md").act)
        #expect(act.metadata.language == .dutch)
        #expect(TextRenderer.render(act) == "12 MAART 2015. - Besluit betreffende de bibliotheken\n\nArtikel 1. Tekst een.\n\nArt. 2. (Opgeheven)\n")
        let markdown = MarkdownRenderer.render(act)
        #expect(markdown.contains("**Artikel 1.** Tekst een.") && markdown.contains("**Art. 2.** (Opgeheven)"), "\(markdown)")
        let again = try #require(ActReader.read(text: markdown, file: "again.md").act)
        #expect(TextRenderer.render(again) == TextRenderer.render(act))
        #expect(again.articles.map(\.status) == [.inForce, .repealed])
    }

    /// `--as-known-on` a day before the base act was published: its text was printed.
    @Test func knownOnBeforeTheActWasPublished() throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base)])
        guard case .failure(let failure) = workspace.consolidated(act: nil, knownOn: LegalDate("2020-03-01")) else {
            Issue.record("the act was not known on 2020-03-01")
            return
        }
        #expect(failure.diagnostics.map(\.message) == ["the act was published on 2020-03-10: as known on 2020-03-01, it was not known yet"])
        #expect(throws: Never.self) { try workspace.consolidated(act: nil, knownOn: LegalDate("2020-03-10")).get() }
    }

    /// « Entrent en vigueur le 1er mars 2007 : 1° l'article 44 de la loi …; 2° le présent
    /// arrêté. » (fedris-ar-2007, art. 11): read once an article of its own could date the
    /// act, it was « cannot tell what it applies to »; the verb comes first, then the list.
    @Test func theVerbFirstThenWhatItDates() throws {
        let list = try entry("**Art. 1.** Texte.\n\n**Art. 2.** Entrent en vigueur le 1er mars 2015 :\n\n1° l'article 44 de la loi du 13 juillet 2006 portant des dispositions diverses;\n\n2° le présent arrêté.")
        #expect(list.date?.iso == "2015-03-01")
        #expect(list.reason == "its article 2")
    }

    /// « L'article 5 entre en vigueur le 1er janvier 2016 » as an article of its own, and the
    /// Dutch exception « met uitzondering van artikel 5, dat in werking treedt op … »: art. 5
    /// was shown in force with the rest of the act.
    @Test(arguments: [
        ("fr", "**Art. 3.** Le présent arrêté entre en vigueur le 1er mai 2015.\n\n**Art. 4.** L'article 2 entre en vigueur le 1er janvier 2016."),
        ("nl", "**Art. 3.** Dit besluit treedt in werking op 1 mei 2015.\n\n**Art. 4.** Artikel 2 treedt in werking op 1 januari 2016."),
        ("nl", "**Art. 3.** Dit besluit treedt in werking op 1 mei 2015, met uitzondering van artikel 2, dat in werking treedt op 1 januari 2016."),
        ("nl", "**Art. 3.** Dit besluit treedt in werking op 1 mei 2015.\n\nIn afwijking van het eerste lid treedt artikel 2 in werking op 1 januari 2016."),
    ])
    func anArticleOfTheBaseActWithItsOwnDate(_ language: String, _ clause: String) throws {
        let key = language == "nl" ? "title-nl" : "title-fr"
        let base = "---\n\(key): \"Arrêté relatif aux essais\"\ndate: 2015-03-12\nnumber: 2015000101\npublication: 2015-04-02\n---\n\n**Art. 1.** Tekst een.\n\n**Art. 2.** Tekst twee.\n\n\(clause)\n"
        let consolidated = try Workspace(texts: [("base.md", base)]).consolidated(act: nil).get()
        #expect(consolidated.timeline.entryIntoForce?.iso == "2015-05-01")
        let june = try #require(LegalDate("2015-06-01"))
        guard case .failure(let diagnostic) = consolidated.article("2", at: june) else {
            Issue.record("art. 2 should not be in force in June 2015")
            return
        }
        #expect(diagnostic.message == "art. 2 is not in force on 2015-06-01: it is from 2016-01-01")
        #expect(consolidated.timeline.act(at: june).articles.map(\.number).contains("1"))
    }

    /// An amending act's clauses of effect: « heeft uitwerking met ingang van », « sort ses
    /// effets », « rétroagit au », the Dutch « treedt artikel 2 in werking » after a phrase.
    /// Its edits took the default date (the tenth day after publication).
    @Test(arguments: [
        ("Le présent arrêté sort ses effets le 1er janvier 2020.", "2020-01-01", true),
        ("Le présent arrêté rétroagit au 1er janvier 2020.", "2020-01-01", true),
        ("Le présent arrêté produit ses effets le 1er janvier 2020.", "2020-01-01", true),
    ])
    func anAmendingActsDateOfEffect(_ clause: String, _ date: String, _ retroactive: Bool) throws {
        let act = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».", entry: clause)
        let fixture = try Fixture(base: OperationTests.base, amending: [act])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let edit = try #require(fixture.timeline.outcomes.first?.edit)
        #expect(edit.effective == .date(try #require(LegalDate(date))))
        #expect(edit.retroactive == retroactive)
    }

    /// « à une date fixée par le Roi(,) et au plus tard le 1er janvier 2023 »: without a comma
    /// it was called « not dated » and left pending for ever (look 19); then an error, which
    /// refused the everyday case of an act that fixes the date (look 21). Now pending with its
    /// latest day: a fixing act among the inputs dates it; else it applies from that day, said.
    @Test(arguments: ["à une date fixée par le Gouvernement et au plus tard le 1er janvier 2021", "à une date fixée par le Gouvernement, et au plus tard le 1er janvier 2021"])
    func aLatestDate(_ phrase: String) throws {
        let act = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».", entry: "Le présent arrêté entre en vigueur \(phrase).")
        let alone = try Fixture(base: OperationTests.base, amending: [act])
        #expect(alone.text("4", at: "2020-12-31")?.contains("registre") == true)
        #expect(alone.text("4", at: "2021-01-01")?.contains("fichier") == true)
        #expect(alone.warnings.first?.hasSuffix("none among the inputs fixes it: applied from 2021-01-01, the latest day it says; an earlier day may have been fixed by an act not given") == true, "\(alone.warnings)")
        let fixing = amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
        **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er octobre 2020.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """)
        let fixed = try Fixture(base: OperationTests.base, amending: [act, fixing])
        #expect(fixed.text("4", at: "2020-10-01")?.contains("fichier") == true)
        #expect(fixed.text("4", at: "2020-09-30")?.contains("registre") == true)
    }
}
