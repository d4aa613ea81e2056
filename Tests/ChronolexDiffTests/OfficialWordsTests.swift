import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing
@testable import ChronolexDiff

/// `check`'s word distance measured from the official text's words cut beforehand
/// (`Check.OfficialWords`, each article of Chronolex's text that reads as an official one
/// taking its tokens, those both texts start and end with set aside): the same number as
/// `WordDiff.distance` of the two whole texts, and the same tokens marked as changed as
/// with every token numbered by its words.
@Suite("Word distance from the official words cut beforehand")
struct OfficialWordsTests {
    /// The distance both ways: they must be equal, to the last bit.
    static func bothWays(_ official: Act, _ ours: Act, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Double {
        let plain = WordDiff.distance(Check.articlesText(official), Check.articlesText(ours))
        let words = Check.OfficialWords(official)
        let quick = Check.distance(words, ours)
        #expect(quick == plain, "\(quick) ≠ \(plain)", sourceLocation: sourceLocation)
        // The articles both texts start and end with set aside, Myers marks the tokens that
        // it marks with every token numbered by its words.
        let setAside = Check.compare(words, ours, settingAside: true), whole = Check.compare(words, ours, settingAside: false)
        #expect(setAside.deleted == whole.deleted && setAside.inserted == whole.inserted, sourceLocation: sourceLocation)
        return quick
    }

    static func article(_ number: String, _ alineas: [String]) -> Article {
        Article(number: number, paragraphs: [Paragraph(number: nil, alineas: alineas.map { Alinea(sentences: [Sentence($0)]) })])
    }

    static func act(_ articles: [Article]) -> Act {
        Act(body: articles.map { .article($0) })
    }

    static func words(_ random: inout Generator) -> String {
        let length = Int.random(in: 0...12, using: &random)
        var tokens = (0..<length).map { _ in SharedWordsTests.words.randomElement(using: &random)! }
        var gaps = (0..<length).map { _ in SharedWordsTests.spaces.randomElement(using: &random)! }
        if length > 0, Int.random(in: 0..<3, using: &random) == 0 {
            SharedWordsTests.edit(&tokens, &gaps, times: 1, using: &random)
        }
        return SharedWordsTests.text(tokens, gaps)
    }

    /// Generated acts, and the same acts with articles changed, added, removed, moved and
    /// renumbered, and a word at an article's end joined to the next one's start (`§`, `2`).
    @Test func generatedActs() {
        var random = Generator(state: 2026)
        var nonZero = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...10, using: &random)
            let official = (0..<count).map { index in
                Self.article(String(index + 1), (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.words(&random) })
            }
            var ours = official
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let at = Int.random(in: 0...ours.count, using: &random)
                switch Int.random(in: 0..<6, using: &random) {
                case 0 where at < ours.count: ours[at] = Self.article(ours[at].number, [Self.words(&random)])
                case 1: ours.insert(Self.article(String(Int.random(in: 1...12, using: &random)), [Self.words(&random), "§"]), at: at)
                case 2 where at < ours.count: ours.remove(at: at)
                case 3 where at < ours.count: ours.append(ours.remove(at: at))
                case 4 where at < ours.count: ours[at].number = String(Int.random(in: 1...12, using: &random))
                default: ours.insert(Self.article("9", ["2 bis", "§"]), at: at)
                }
            }
            if Self.bothWays(Self.act(official), Self.act(ours)) != 0 { nonZero += 1 }
        }
        #expect(nonZero > 1_000, "\(nonZero)")
    }

    /// Longer acts whose articles are drawn from a few texts (the same words in several
    /// articles, an article's words moved to another), with one or two articles changed,
    /// added or removed: the articles both texts start and end with are set aside, or not
    /// when the words after them run on to the end of the change.
    @Test func longerActsWithFewChanges() {
        var random = Generator(state: 1867)
        let pool = (0..<6).map { _ in [Self.words(&random), Self.words(&random)] } + [["§"], ["2 le"], [""], ["le ministre"]]
        for _ in 0..<2_000 {
            let official = (0..<Int.random(in: 1...30, using: &random)).map { index in
                Self.article(String(index + 1), pool.randomElement(using: &random)!)
            }
            var ours = official
            for _ in 0..<Int.random(in: 1...2, using: &random) {
                let at = Int.random(in: 0...ours.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0 where at < ours.count: ours[at] = Self.article(ours[at].number, pool.randomElement(using: &random)!)
                case 1 where at < ours.count: ours.remove(at: at)
                case 2 where at < ours.count: ours[at] = Self.article(ours[at].number, [Self.words(&random)])
                default: ours.insert(Self.article(String(Int.random(in: 1...40, using: &random)), pool.randomElement(using: &random)!), at: at)
                }
            }
            _ = Self.bothWays(Self.act(official), Self.act(ours))
            _ = Self.bothWays(Self.act(ours), Self.act(official))
        }
    }

    @Test func theLibrariesActBothWays() throws {
        let old = try readAct(libraries2019, file: "old.md"), new = try readAct(libraries2023, file: "new.md")
        #expect(Self.bothWays(old, new) > 0)
        #expect(Self.bothWays(new, old) > 0)
        #expect(Self.bothWays(new, new) == 0)
        #expect(Self.bothWays(Act(), new) == 1)
        #expect(Self.bothWays(Act(), Act()) == 0)
    }

    /// Justel's pages of the shared corpus against Chronolex's consolidation of themselves
    /// (what `check PAGE --against PAGE` measures), and the Code pénal's two languages.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.fedris.path), "../shared is absent"))
    func justelPages() throws {
        let corpus = Paths.fedris.deletingLastPathComponent()
        let pages = ["fedris-ar-2007/2007022782.v004-2018.justel-old-layout.html", "fedris-ar-2007/2007022782.v005-2024.justel-2024-layout.html",
                     "justel-html/strafwetboek_fr.justel-old-layout.html", "justel-html/strafwetboek_nl.justel-old-layout.html"]
        var acts: [Act] = []
        for page in pages {
            let path = corpus.appendingPathComponent(page).path
            let official = try #require(ActReader.read(path: path).act)
            acts.append(official)
            guard case .success(let consolidated) = Workspace(paths: [path]).consolidated(act: nil, knownOn: official.metadata.consolidatedOn),
                  let date = OfficialComparison.date(comparing: official, with: consolidated.timeline) else { continue }
            _ = Self.bothWays(official, consolidated.timeline.act(at: date))
        }
        #expect(Self.bothWays(acts[2], acts[3]) > 0.5)
        #expect(Self.bothWays(acts[0], acts[1]) > 0)
    }
}
