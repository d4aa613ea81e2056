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
}
