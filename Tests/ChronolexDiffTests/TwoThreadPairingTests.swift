import ChronolexModel
import ChronolexReaders
import Foundation
import Testing
@testable import ChronolexDiff

/// A large diff without attributions pairs its top-level units in two halves, the second
/// on a thread of its own (`ActDiffer.Split`), then appends the second half's changes to
/// the first's. Wherever the steps are cut, the diff must be the one made on one thread:
/// the same changes in the same order, renumberings found across the cut (a unit removed
/// in one half and inserted in the other), regrouped alinéas, the same words.
@Suite("Pairing on two threads")
struct TwoThreadPairingTests {
    func diff(_ old: Act, _ new: Act, split: ActDiffer.Split, flattening: Bool = false, article: String? = nil) -> ActDiff {
        ActDiffer.diff(old: old, new: new, from: ActDiff.Side(label: "old.md", file: "old.md"),
                       to: ActDiff.Side(label: "new.md", file: "new.md"), attributions: nil, article: article,
                       flatteningEveryArticle: flattening, split: split)
    }

    /// The diff cut at every step in `cuts` equals the diff on one thread, value and text.
    func expectSameEverywhere(_ oldText: String, _ newText: String, cuts: [Int]? = nil, article: String? = nil,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let old = try readAct(oldText, file: "old.md"), new = try readAct(newText, file: "new.md")
        let one = diff(old, new, split: .never, article: article)
        let text = TextDiffRenderer.render(one, style: .plain)
        let json = JSONDiffRenderer.render(one, pretty: false)
        let html = HTMLDiffRenderer.render(one)
        let count = old.articles.count + new.articles.count + 8
        let all = cuts ?? Array(-1...count)
        for cut in all {
            for flattening in [false, true] {
                let two = diff(old, new, split: .at(cut), flattening: flattening, article: article)
                #expect(two == one, "cut at \(cut), flattening \(flattening)", sourceLocation: sourceLocation)
                // The pages too, at a few cuts (every cut would be slow in a debug build).
                guard cut == all[all.count / 2] || cut == all[all.count / 3] || cut == all.last else { continue }
                #expect(TextDiffRenderer.render(two, style: .plain) == text, sourceLocation: sourceLocation)
                #expect(JSONDiffRenderer.render(two, pretty: false) == json, sourceLocation: sourceLocation)
                #expect(HTMLDiffRenderer.render(two) == html, sourceLocation: sourceLocation)
            }
        }
        // The automatic choice too (one thread below `stepsForTwoThreads`, two above).
        #expect(diff(old, new, split: .automatic, article: article) == one, sourceLocation: sourceLocation)
    }

    @Test func theLibrariesActEverywhere() throws {
        try expectSameEverywhere(libraries2019, libraries2023)
        try expectSameEverywhere(libraries2023, libraries2019)
        try expectSameEverywhere(libraries2019, libraries2023, article: "14")
    }

    /// Articles renumbered across the cut (gone from the first half, back in the second
    /// under another number), repealed, inserted, changed, moved to another chapter, and
    /// alinéas that became one §.
    @Test func movesAcrossTheCut() throws {
        var old = frontMatter + "## CHAPITRE 1er. - Premier\n\n", new = frontMatter + "## CHAPITRE 1er. - Premier\n\n"
        for number in 1...40 {
            let words = "Le ministre \(number) statue sur la demande dans les trente jours."
            if number == 21 {
                old += "## CHAPITRE 2. - Second\n\n"
                new += "## CHAPITRE 2. - Deuxième\n\n"
            }
            switch number % 8 {
            case 0: // changed
                old += "**Art. \(number).** \(words)\n\n"
                new += "**Art. \(number).** \(words.replacingOccurrences(of: "trente", with: "soixante"))\n\n"
            case 1: // gone from here…
                old += "**Art. \(number).** Texte déplacé \(number % 3).\n\n"
            case 2: // repealed
                old += "**Art. \(number).** \(words)\n\n"
                new += "**Art. \(number).** (Abrogé)\n\n"
            case 3: // alinéas that become one §
                old += "**Art. \(number).** \(words)\n\nIl notifie sa décision \(number).\n\n"
                new += "**Art. \(number).** § 1er. \(words)\nIl notifie sa décision \(number).\n\n§ 2. Un nouveau paragraphe.\n\n"
            case 4: // inserted
                old += "**Art. \(number).** \(words)\n\n"
                new += "**Art. \(number).** \(words)\n\n**Art. \(number)/1.** Inséré \(number).\n\n"
            case 5: // …and back under another number, with the same words
                old += "**Art. \(number).** \(words)\n\n"
                new += "**Art. \(number).** \(words)\n\n**Art. \(number + 100).** Texte déplacé \((number - 4) % 3).\n\n"
            default:
                old += "**Art. \(number).** \(words)\n\n"
                new += "**Art. \(number).** \(words)\n\n"
            }
        }
        try expectSameEverywhere(old, new)
        try expectSameEverywhere(new, old)
    }

    /// Generated versions with points, §, spacing changes and moved articles.
    @Test func generatedVersions() throws {
        var random = Generator(state: 2026_12_02)
        for _ in 0..<6 {
            var old = frontMatter, new = frontMatter
            var moved: [String] = []
            for number in 1...30 {
                let body: String
                switch random.next() % 4 {
                case 0: body = "Sont exclus :\n\n1° les dépenses \(number);\n\n2° les amortissements.\n\n"
                case 1: body = "§ 1er. Le ministre statue \(number).\n\n§ 2. Il notifie sa décision.\n\n"
                case 2: body = "Le ministre statue \(number).\n\nIl notifie sa décision.\n\n"
                default: body = "Le ministre \(number) statue.\n\n"
                }
                old += "**Art. \(number).** \(body)"
                switch random.next() % 6 {
                case 0: new += "**Art. \(number).** \(body.replacingOccurrences(of: "statue", with: "décide"))"
                case 1: moved.append(body)
                case 2: new += "**Art. \(number).** \(body.replacingOccurrences(of: " les", with: "  les"))"
                case 3: new += "**Art. \(number).** \(body.replacingOccurrences(of: "2°", with: "3°"))"
                default: new += "**Art. \(number).** \(body)"
                }
            }
            for (position, body) in moved.enumerated() { new += "**Art. \(200 + position).** \(body)" }
            try expectSameEverywhere(old, new)
            try expectSameEverywhere(new, old, cuts: [0, 5, 17, 31])
        }
    }

    /// Consecutive versions of real acts (../shared/corpus, when present), both ways, cut
    /// at a few places: Justel's markers, repealed units, renumbered points.
    @Test func realVersions() throws {
        let corpus = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        var pairs: [(String, String)] = []
        let electricity = corpus.appendingPathComponent("electricity-1999-versions")
        pairs.append((electricity.appendingPathComponent("1999011160.archived-v083.md").path,
                      electricity.appendingPathComponent("1999011160.archived-v084.md").path))
        let triples = corpus.appendingPathComponent("triples-2024")
        for set in (try? FileManager.default.contentsOfDirectory(atPath: triples.path))?.sorted() ?? [] {
            let directory = triples.appendingPathComponent(set)
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { $0.contains(".v0") && $0.hasSuffix(".md") }.sorted()
            if versions.count >= 2 {
                pairs.append((directory.appendingPathComponent(versions[0]).path, directory.appendingPathComponent(versions[1]).path))
            }
        }
        let accueil = corpus.appendingPathComponent("accueil-cg-2014")
        pairs.append((accueil.appendingPathComponent("2014203567.v007-2023.md").path, accueil.appendingPathComponent("2014203567.v008-2024.md").path))
        for (first, second) in pairs where FileManager.default.fileExists(atPath: first) && FileManager.default.fileExists(atPath: second) {
            guard let a = ActReader.read(path: first).act, let b = ActReader.read(path: second).act else { continue }
            for (old, new) in [(a, b), (b, a)] {
                let one = diff(old, new, split: .never)
                let text = TextDiffRenderer.render(one, style: .plain)
                let count = old.articles.count + new.articles.count
                for cut in [1, count / 4, count / 2, count - 1] {
                    let two = diff(old, new, split: .at(cut))
                    #expect(two == one, "\(first) cut at \(cut)")
                    #expect(TextDiffRenderer.render(two, style: .plain) == text)
                }
            }
        }
    }
}
