import ChronolexModel
import Testing
@testable import ChronolexDiff

/// With many changed units, the diff compares the words of half of them on a second
/// thread: each change must still carry the words of its own unit, in order, spacing-only
/// changes dropped as with few units.
@Suite("Many changed units")
struct ManyChangedUnitsTests {
    @Test func wordsOfEachUnitOnBothThreads() throws {
        // 400 articles: every third word changed, every fifth only respaced (no change),
        // some unicode and empty ones.
        var old = frontMatter, new = frontMatter
        for number in 1...400 {
            let words = "Le ministre \(number) statue sur la demande « é\(number) » dans les trente jours."
            old += "**Art. \(number).** \(words)\n\n"
            switch number % 5 {
            case 0: new += "**Art. \(number).** \(words.replacingOccurrences(of: " statue", with: "  statue"))\n\n"
            case 1, 3: new += "**Art. \(number).** \(words.replacingOccurrences(of: "trente", with: "soixante-\(number)"))\n\n"
            case 2: new += "**Art. \(number).** \(words.replacingOccurrences(of: "é\(number)", with: "ü\(number) — ∑"))\n\n"
            default: new += "**Art. \(number).** \(words)\n\n"
            }
        }
        let diff = ActDiffer.diff(old: try readAct(old), new: try readAct(new),
                                  from: ActDiff.Side(label: "old", file: nil), to: ActDiff.Side(label: "new", file: nil))
        #expect(diff.changes.count == 240)
        #expect(diff.changes.map(\.newAddress) == (1...400).filter { [1, 2, 3].contains($0 % 5) }.map { "art. \($0)" })
        for change in diff.changes {
            #expect(change.kind == .changed)
            #expect(change.words == WordDiff.diff(change.old, change.new))
        }
    }
}
