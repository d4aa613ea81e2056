@testable import ChronolexIndex
import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing

/// Look 30 on the index: which text of an act a consolidation from the index starts from.
/// The folder starts from the earliest text given and checks the later ones; the index took
/// the latest Justel state whatever the date asked (finding 6: « text absent » where an
/// earlier indexed state held it), even as known on a day before that state (finding 1:
/// the later text printed), and one of two differing texts « as published » without a word
/// (finding 5).
@Suite("Look 30: the text an index consolidation starts from")
struct Look30IndexTests {
    static let numac = "2010000001"

    /// The arrêté « relatif aux essais » under `title`, whose text is `body`.
    static func essais(title: String = "Arrêté royal relatif aux essais", _ body: String) -> String {
        """
        ---
        title-fr: "\(title)"
        date: 2010-03-01
        number: 2010000001
        publication: 2010-03-15
        starts: 2010-04-01
        ---

        \(body)
        """
    }

    static func state(_ updated: String, _ body: String) -> String {
        essais(title: "Arrêté royal relatif aux essais (NOTE : Consultation des versions antérieures à partir du 15-03-2010 et mise à jour au \(updated))", body)
    }

    /// Justel's state of 1 June 2015: art. 2 as published.
    static let v1 = state("01-06-2015", """
        **Article 1er.** Le présent arrêté règle les essais.

        **Art. 2.** Le délai est de trente jours.
        """)

    /// Justel's state of 1 June 2017: art. 2 as the act of 2016 left it.
    static let v2 = state("01-06-2017", """
        **Article 1er.** Le présent arrêté règle les essais.

        **Art. 2.** Le délai est de [1 vingt]1 jours.

        `(1)<AR 2016-04-01/01, art. 1, 002; En vigueur : 01-06-2016>`
        """)

    /// The act of 2016 between the two states: « trente » → « vingt » from 1 June 2016.
    static let amending = """
        ---
        title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
        date: 2016-04-01
        number: 2016000122
        case: 2016-04-01/01
        publication: 2016-05-01
        modifies: 2010000001
        ---

        **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " trente " est remplacé par le mot " vingt ".

        **Art. 2.** Le présent arrêté entre en vigueur le 1er juin 2016.
        """

    static func day(_ text: String) -> LegalDate { LegalDate(text)! }

    /// Art. 2 on `at` (as known on `knownOn`) through the index, as `consolidate --corpus` asks it.
    static func article2(_ index: CorpusIndex, at: String, knownOn: String? = nil) throws -> Result<String, ConsolidationFailure> {
        let selection = try index.selection(numac: numac, at: day(at), knownOn: knownOn.map(day))
        return Workspace(paths: selection.paths).consolidated(act: numac, knownOn: knownOn.map(day)).map { consolidated in
            guard !consolidated.failed(article: "2", at: [day(at)]), case .success(let version) = consolidated.article("2", at: day(at)) else { return "(failed)" }
            return TextRenderer.render(version.article)
        }
    }

    /// Finding 6: a date before the latest state is read from the earlier state that covers it.
    @Test func theStateThatCoversTheDateIsTaken() throws {
        let (folder, index) = try DateFixingIndexTests.corpus(["v1.md": Self.v1, "v2.md": Self.v2, "r.md": Self.amending])
        defer { try? FileManager.default.removeItem(at: folder) }
        let early = try index.selection(numac: Self.numac, at: Self.day("2015-12-01"))
        #expect(URL(fileURLWithPath: early.base.path).lastPathComponent == "v1.md")
        #expect(early.amending.compactMap(\.act.numac) == ["2016000122"])
        #expect(try Self.article2(index, at: "2015-12-01").get() == "Art. 2. Le délai est de trente jours.\n")
        #expect(try Self.article2(index, at: "2016-07-01").get() == "Art. 2. Le délai est de vingt jours.\n")
        // On or after the latest state: that state, the acts it holds not applied again.
        let late = try index.selection(numac: Self.numac, at: Self.day("2017-07-01"))
        #expect(URL(fileURLWithPath: late.base.path).lastPathComponent == "v2.md")
        #expect(late.amending.isEmpty)
        // Without a date (an article's history): the latest state, as before.
        #expect(URL(fileURLWithPath: try index.selection(numac: Self.numac).base.path).lastPathComponent == "v2.md")
        // A search on that day finds the words of the earlier state.
        let found = try index.search("trente jours", at: Self.day("2015-12-01"))
        #expect(found.hits.map { "\($0.numac ?? "-") \($0.article)" } == ["2010000001 2"], "\(found.failures)")
    }

    /// Finding 1: as known on a day before a Justel state, that state is not taken.
    @Test func aStateIsNotKnownBeforeItsDate() throws {
        let (folder, index) = try DateFixingIndexTests.corpus(["v1.md": Self.v1, "v2.md": Self.v2, "r.md": Self.amending])
        defer { try? FileManager.default.removeItem(at: folder) }
        let selection = try index.selection(numac: Self.numac, at: Self.day("2017-07-01"), knownOn: Self.day("2016-01-01"))
        #expect(URL(fileURLWithPath: selection.base.path).lastPathComponent == "v1.md")
        #expect(try Self.article2(index, at: "2017-07-01", knownOn: "2016-01-01").get() == "Art. 2. Le délai est de trente jours.\n")
        #expect(try Self.article2(index, at: "2017-07-01", knownOn: "2016-06-01").get() == "Art. 2. Le délai est de vingt jours.\n")
        // No text known on that day: refused, as an act published after it is.
        let (alone, only) = try DateFixingIndexTests.corpus(["v2.md": Self.v2])
        defer { try? FileManager.default.removeItem(at: alone) }
        let failure = try #require(Self.failure(try Self.article2(only, at: "2017-07-01", knownOn: "2016-01-01")))
        #expect(failure.diagnostics.contains { $0.message.hasPrefix("Justel's state of 2017-06-01 was not known on 2016-01-01") }, "\(failure.diagnostics.map(\.message))")
    }

    /// Finding 5: two texts « as published » that differ are refused, as the folder refuses them.
    @Test func twoDifferingTextsAsPublishedAreRefused() throws {
        let published = Self.essais("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours.")
        let variant = Self.essais("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours ouvrables.")
        let (folder, index) = try DateFixingIndexTests.corpus(["a.md": published, "b.md": variant, "r.md": Self.amending])
        defer { try? FileManager.default.removeItem(at: folder) }
        let failure = try #require(Self.failure(try Self.article2(index, at: "2016-07-01")))
        #expect(failure.diagnostics.contains { $0.message.hasPrefix("2 texts of act 2010000001 say no state date ('mise à jour au')") }, "\(failure.diagnostics.map(\.message))")
        // A search on a date says the act could not be consolidated, as `consolidate` does.
        let found = try index.search("délai", at: Self.day("2016-07-01"))
        #expect(found.hits.isEmpty)
        #expect(found.failures.map(\.numac) == [Self.numac])
        // The same bytes twice (a copy in another folder) are one text.
        let (copies, same) = try DateFixingIndexTests.corpus(["a.md": published, "b.md": published, "r.md": Self.amending])
        defer { try? FileManager.default.removeItem(at: copies) }
        #expect(try Self.article2(same, at: "2016-07-01").get() == "Art. 2. Le délai est de vingt jours.\n")
        #expect(try same.selection(numac: Self.numac).summary.contains { $0.contains("the same text") })
    }

    /// Finding 4: a search on a date said nothing of an instruction that could not be applied
    /// to the article it printed.
    @Test func aSearchSaysTheTextIsNotCertain() throws {
        let published = Self.essais("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours. Le ministre peut prolonger le délai.\n\n**Art. 3.** La décision est motivée.")
        let failing = Self.amending.replacingOccurrences(of: "le mot \" trente \" est remplacé par le mot \" vingt \"", with: "le mot \" délai \" est remplacé par le mot \" terme \"")
        let (folder, index) = try DateFixingIndexTests.corpus(["a.md": published, "r.md": failing])
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = try index.search("délai prolonger", at: Self.day("2016-07-01"))
        #expect(found.hits.map(\.article) == ["2"])
        let uncertain = try #require(found.hits.first?.uncertain)
        #expect(uncertain.contains("words « délai » found 2 times"), "\(uncertain)")
        // Another article, which the failed instruction does not reach, is certain.
        #expect(try index.search("décision motivée", at: Self.day("2016-07-01")).hits.map(\.uncertain) == [nil])
        // Before the change was to apply, nothing to say.
        #expect(try index.search("délai prolonger", at: Self.day("2016-01-01")).hits.map(\.uncertain) == [nil])
    }

    /// Finding 20: the words bracketed are those of the window that holds the most of them,
    /// and a snippet of the indexed text is one line.
    @Test func snippetsShowTheWordsFoundOnOneLine() throws {
        let text = "Art. 2. Le délai est de trente jours. Il court dès la notification.\nLe ministre peut prolonger le délai de vingt jours."
        #expect(CorpusIndex.excerpt(text, terms: ["vingt", "jours"]) == "…dès la notification. Le ministre peut prolonger le délai de [vingt] [jours.]")
        let published = Self.essais("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai court dès la notification.\n\nLe ministre peut le prolonger.")
        let (folder, index) = try DateFixingIndexTests.corpus(["a.md": published])
        defer { try? FileManager.default.removeItem(at: folder) }
        let hits = try index.search("notification ministre")
        #expect(hits.count == 1)
        #expect(hits.allSatisfy { !$0.excerpt.contains("\n") }, "\(hits.map(\.excerpt))")
    }

    /// Finding 20: a search on a date matched Chronolex's own words — « (Abrogé) » of a
    /// repealed article, the note that stands for a text not in the input — as the article's.
    @Test func aSearchOnADateSkipsChronolexsOwnWords() throws {
        let published = Self.essais("**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours.\n\n**Art. 3.** La décision est motivée.")
        let repealing = Self.amending.replacingOccurrences(of: "Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot \" trente \" est remplacé par le mot \" vingt \".",
                                                           with: "L'article 3 de l'arrêté royal du 1er mars 2010 relatif aux essais est abrogé.")
        let (folder, index) = try DateFixingIndexTests.corpus(["a.md": published, "r.md": repealing])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try index.search("abrogé", at: Self.day("2016-07-01")).hits.filter { $0.numac == Self.numac }.isEmpty)
        // Before its state's change, art. 2 of a state alone is not in the input: not searched, said.
        let (alone, only) = try DateFixingIndexTests.corpus(["v2.md": Self.v2])
        defer { try? FileManager.default.removeItem(at: alone) }
        let found = try only.search("délai", at: Self.day("2015-12-01"))
        #expect(found.hits.isEmpty)
        #expect(found.unknownTexts.map { "\($0.numac) \($0.article)" } == ["2010000001 2"])
    }

    static func failure<T>(_ result: Result<T, ConsolidationFailure>) -> ConsolidationFailure? {
        if case .failure(let failure) = result { return failure }
        return nil
    }
}
