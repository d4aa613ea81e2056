import Testing
@testable import ChronolexModel

/// `containsBytes` is the quick test before a real reading (does this alinéa say « cesse »
/// at all?): it must find every occurrence the bytes hold, at the start, the end, after a
/// false start, in a substring, and nothing else.
@Suite("A byte search in a text")
struct ContainsBytesTests {
    @Test func findsWhatTheBytesHold() {
        #expect("Le présent arrêté cesse d'être en vigueur".containsBytes("cesse"))
        #expect("cesse".containsBytes("cesse"))
        #expect("Il cesse".containsBytes("cesse"))
        #expect("ces cessent".containsBytes("cesse"), "after a false start")
        #expect("cecesse".containsBytes("cesse"))
        #expect("Dit besluit treedt buiten werking op".containsBytes("buiten werking"))
        #expect(!"Le présent arrêté entre en vigueur".containsBytes("cesse"))
        #expect(!"cess".containsBytes("cesse"))
        #expect(!"".containsBytes("cesse"))
        #expect("".containsBytes(""))
        #expect("déjà".containsBytes("à"))
    }

    @Test func inASubstring() {
        let text = "aaa cesse bbb"
        let tail = text[text.index(text.startIndex, offsetBy: 5)...]
        #expect(!tail.containsBytes("cesse"), "the substring starts after the « c »")
        #expect(text.dropFirst(4).containsBytes("cesse"))
    }

    /// Against the standard library's search, on generated texts of a few letters.
    @Test func sameAnswersAsAPlainSearch() {
        var state: UInt64 = 32
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let letters: [Character] = ["c", "e", "s", " ", "é"]
        for _ in 0..<2000 {
            let text = String((0..<Int(next() % 20)).map { _ in letters[Int(next() % UInt64(letters.count))] })
            #expect(text.containsBytes("cesse") == (text.utf8.firstRange(of: "cesse".utf8) != nil), "\(text)")
        }
    }
}
