import ChronolexModel
import ChronolexXML
import Foundation
import Testing
@testable import ChronolexDiff

/// A large diff page is written in two parts: the changes' ids first, in page order, then
/// the first half of the changes straight to the output while the second half is written
/// on a thread of its own into memory, copied in after (`HTMLStream`'s parts). The page
/// must be the one libxml2 serializes for the same tree, written in one piece.
@Suite("Diff page written on two threads")
struct TwoThreadPageTests {
    /// A diff of `count` generated changes, grouped as a diff groups them: runs of changes
    /// of one article or one division, an article met again later (its heading id then
    /// taken twice), anchors repeated.
    static func diff(_ random: inout Generator, count: Int) -> ActDiff {
        var base = HTMLStreamTests.diff(&random)
        var changes: [UnitChange] = []
        var article = 1
        while changes.count < count {
            let run = Int.random(in: 1...4, using: &random)
            let division = random.next() % 9 == 0
            let number = random.next() % 13 == 0 ? String(Int.random(in: 1...article, using: &random)) : String(article)
            article += 1
            for _ in 0..<run {
                var change = HTMLStreamTests.change(&random)
                change.article = division ? nil : number
                if division { change.level = .division }
                changes.append(change)
            }
        }
        base.changes = changes
        return base
    }

    @Test func largePagesSameAsLibxml2() {
        var random = Generator(state: 2026_12_03)
        for round in 0..<12 {
            let count = [HTMLDiffRenderer.changesForTwoThreads, 300, 517, 1024][round % 4]
            let diffs = (0..<(round % 3 == 2 ? 2 : 1)).map { _ in Self.diff(&random, count: count) }
            var ids = HTMLIDs()
            #expect(HTMLDiffRenderer.ChangesPlan(diffs[0].changes, ids: &ids).cut(minimum: HTMLDiffRenderer.changesForTwoThreads) != nil)
            for layout in [HTMLDiffRenderer.Layout.inline, .sideBySide] {
                let streamed = HTMLDiffRenderer.render(diffs, layout: layout)
                let tree = HTMLDiffRenderer.renderTree(diffs, layout: layout)
                #expect(streamed == tree, "round \(round), \(layout)")
                if streamed != tree { return }
            }
        }
    }

    /// The plan's ids are those the page gave one by one: a group's id, then its changes'.
    @Test func idsInPageOrder() {
        var random = Generator(state: 7)
        let diff = Self.diff(&random, count: 400)
        var ids = HTMLIDs()
        let plan = HTMLDiffRenderer.ChangesPlan(diff.changes, ids: &ids)
        var again = HTMLIDs()
        var groupKey: String?
        for (index, change) in diff.changes.enumerated() {
            let key = change.article.map { "art:" + $0 } ?? "div:" + change.address
            if key != groupKey || index == 0 {
                groupKey = key
                #expect(plan.groupIDs[index] == again.unique(change.article.map { "art-" + Address.slug($0) } ?? "div-" + Address.slug(change.address)))
            } else {
                #expect(plan.groupIDs[index] == nil)
            }
            #expect(plan.ids[index] == again.unique(change.anchor))
        }
    }

    /// `UnitTree.sameArticles` decides the pairs of articles of the same words in two
    /// halves, the second on a thread of its own: the same decisions as one by one.
    @Test func sameArticlesOnTwoThreads() throws {
        var random = Generator(state: 2026_12_03_2)
        var old = frontMatter + "## CHAPITRE 1er. - Premier\n\n", new = old
        for number in 1...400 {
            let body = ["Le ministre \(number) statue.\n\n", "§ 1er. Il statue \(number).\n\n§ 2. Il notifie.\n\n",
                        "Sont exclus :\n\n1° les dépenses \(number);\n\n2° les amortissements.\n\n"][Int(random.next() % 3)]
            old += "**Art. \(number).** \(body)"
            switch random.next() % 5 {
            case 0: new += "**Art. \(number).** \(body.replacingOccurrences(of: "statue", with: "décide"))"
            case 1: new += "**Art. \(number + 1000).** \(body)"
            default: new += "**Art. \(number).** \(body)"
            }
            if number == 200 { old += "## CHAPITRE 2. - Second\n\n"; new += "## CHAPITRE 2. - Second\n\n" }
        }
        let a = UnitTree(try readAct(old, file: "old.md")), b = UnitTree(try readAct(new, file: "new.md"))
        var pairs: [(old: Int, new: Int)] = []
        for (k, o) in a.top.enumerated() {
            for n in b.top[max(0, k - 1)..<min(b.top.count, k + 2)] { pairs.append((o, n)) }
        }
        let expected = pairs.map { pair -> Bool in
            guard let x = a.unexpandedArticle(pair.old), let y = b.unexpandedArticle(pair.new),
                  a.nodes[pair.old].key == b.nodes[pair.new].key else { return false }
            return UnitTree.sameWords(x, y)
        }
        #expect(expected.contains(true) && expected.contains(false))
        for from in [1, 2, 7, pairs.count, Int.max] {
            #expect(UnitTree.sameArticles(a, b, pairs, twoThreadsFrom: from) == expected, "from \(from)")
        }
        #expect(UnitTree.sameArticles(a, b, [], twoThreadsFrom: 1) == [])
    }

    /// The text of a large diff is written in two halves too, the second on a thread of
    /// its own: the same bytes as each change's block written after the header, one by one.
    @Test func largeTextsInTwoHalves() {
        var random = Generator(state: 2026_12_03_3)
        for count in [TextDiffRenderer.changesForTwoThreads - 1, TextDiffRenderer.changesForTwoThreads, 301, 1000] {
            let diff = Self.diff(&random, count: count)
            for style in [TextDiffRenderer.Style.plain, .ansi] {
                var empty = diff
                empty.changes = []
                let header = TextDiffRenderer.render(empty, style: style)
                #expect(header.hasSuffix("\nno changes\n"))
                let headerCount = header.utf8.count - "\nno changes\n".utf8.count
                var expected = String(decoding: header.utf8.prefix(headerCount), as: UTF8.self)
                for change in diff.changes {
                    var one = diff
                    one.changes = [change]
                    expected += String(decoding: TextDiffRenderer.render(one, style: style).utf8.dropFirst(headerCount), as: UTF8.self)
                }
                #expect(TextDiffRenderer.render(diff, style: style) == expected, "\(count) changes, \(style)")
            }
        }
    }
}
