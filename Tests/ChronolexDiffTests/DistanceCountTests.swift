import Testing
@testable import ChronolexDiff

/// `WordDiff.distance` counts the words of both texts from the tokens the diff cut, the
/// words set aside at the start and end counted once (`setAsideTokenCount`): these tests
/// check that it gives the measure of cutting each whole text into tokens, on the texts
/// made to trip the diff around the change up (``SharedWordsTests``).
@Suite("Word distance counted from the diff's tokens")
struct DistanceCountTests {
    /// The measure as first written: the changed runs' tokens over every token of both texts.
    static func plainDistance(_ old: String, _ new: String) -> Double {
        let changed = WordDiff.diff(old, new).filter { $0.operation != .equal }.reduce(0) { $0 + TokenizedText($1.text).count }
        let total = TokenizedText(old).count + TokenizedText(new).count
        return total == 0 ? 0 : Double(changed) / Double(total)
    }

    @Test func sameDistanceAsCountingEveryWord() {
        var random = Generator(state: 41)
        var setAside = 0
        let pairs = 20_000
        for _ in 0..<pairs {
            let length = Int.random(in: 1...24, using: &random)
            var tokens = (0..<length).map { _ in SharedWordsTests.words.randomElement(using: &random)! }
            var gaps = (0..<length).map { _ in SharedWordsTests.spaces.randomElement(using: &random)! }
            let old = (Int.random(in: 0..<8, using: &random) == 0 ? "\u{00A0}" : "") + SharedWordsTests.text(tokens, gaps)
            SharedWordsTests.edit(&tokens, &gaps, times: Int.random(in: 0...3, using: &random), using: &random)
            let new = (Int.random(in: 0..<8, using: &random) == 0 ? " " : "") + SharedWordsTests.text(tokens, gaps)
                + (Int.random(in: 0..<8, using: &random) == 0 ? "\n" : "")
            if WordDiff.compareAroundChange(Array(old.utf8), Array(new.utf8)) != nil { setAside += 1 }
            let fast = WordDiff.distance(old, new), plain = Self.plainDistance(old, new)
            #expect(fast == plain, "\(old.debugDescription) → \(new.debugDescription): \(fast) ≠ \(plain)")
        }
        #expect(setAside > pairs / 2, "\(setAside) of \(pairs)")
    }

    @Test func emptyAndIdenticalTexts() {
        for (old, new) in [("", ""), ("", "a"), ("a", ""), (" ", "  "), ("§ 2 le", "§ 2 le"), ("le ministre", "le  ministre")] {
            #expect(WordDiff.distance(old, new) == Self.plainDistance(old, new), "\(old.debugDescription) → \(new.debugDescription)")
        }
    }
}
