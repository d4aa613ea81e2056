import Testing
@testable import ChronolexDiff

/// `WordDiff.diff` sets aside the words two texts start and end with before comparing the
/// rest (`diffAroundChange`): these tests check that it gives the runs of comparing every
/// word (`diffWhole`), on texts made to trip it up — spacing that differs inside the
/// shared words, `§` and its number, quotation marks, elisions, a word repeated.
@Suite("Word diff around the change")
struct SharedWordsTests {

    static let words = ["le", "la", "de", "du", "ministre", "Conseil", "Comité", "l'article", "d'un", "§", "§", "2", "1er",
                        "3", "25.000", "2,50", "«", "»", "«cinq", "ans»,", "(...)", "a)", "1°", "4°,", "mots;", "fin.", "avis:",
                        "jusqu’à", "(voir", "annexe)", "...", "é", "è", "quarante-cinq"]
    static let spaces = [" ", " ", " ", " ", "  ", "\n", "\u{00A0}", "\u{202F}", " \n "]

    /// Changes the tokens `times` times at random: one replaced, inserted, removed,
    /// lengthened, or the space after it changed.
    static func edit(_ tokens: inout [String], _ gaps: inout [String], times: Int, using random: inout Generator) {
        for _ in 0..<times {
            let at = Int.random(in: 0..<tokens.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: tokens[at] = words.randomElement(using: &random)!
            case 1: tokens.insert(words.randomElement(using: &random)!, at: at); gaps.insert(" ", at: at)
            case 2 where tokens.count > 1: tokens.remove(at: at); gaps.remove(at: min(at, gaps.count - 1))
            case 3: gaps[at] = spaces.randomElement(using: &random)!
            default: tokens[at] += words.randomElement(using: &random)!
            }
        }
    }

    static func text(_ tokens: [String], _ gaps: [String]) -> String {
        var result = ""
        for (index, token) in tokens.enumerated() { result += (index == 0 ? "" : gaps[index - 1]) + token }
        return result
    }

    @Test func sameRunsAsComparingEveryWord() {
        var random = Generator(state: 14)
        var setAside = 0
        let pairs = 20_000
        for _ in 0..<pairs {
            let length = Int.random(in: 1...24, using: &random)
            var tokens = (0..<length).map { _ in Self.words.randomElement(using: &random)! }
            var gaps = (0..<length).map { _ in Self.spaces.randomElement(using: &random)! }
            let old = Self.text(tokens, gaps)
            Self.edit(&tokens, &gaps, times: Int.random(in: 1...3, using: &random), using: &random)
            let new = (Int.random(in: 0..<8, using: &random) == 0 ? " " : "") + Self.text(tokens, gaps)
                + (Int.random(in: 0..<8, using: &random) == 0 ? "\n" : "")
            let x = Array(old.utf8), y = Array(new.utf8)
            guard x != y else { continue }
            let whole = WordDiff.diffWhole(x, y)
            if let quick = WordDiff.diffAroundChange(x, y) {
                setAside += 1
                #expect(quick == whole, "\(old.debugDescription) → \(new.debugDescription)")
            }
            #expect(WordDiff.diff(old, new) == whole)
        }
        // The shortcut is taken most of the time, so the comparison above means something.
        #expect(setAside > pairs / 2, "\(setAside) of \(pairs)")
    }

    @Test func oneWordChangedInALongUnit() {
        let start = String(repeating: "le ministre statue sur l'avis du Conseil; ", count: 40)
        let old = start + "dans les soixante jours. " + start
        let new = start + "dans les quatre-vingt-dix jours. " + start
        let x = Array(old.utf8), y = Array(new.utf8)
        let quick = WordDiff.diffAroundChange(x, y)
        #expect(quick != nil)
        #expect(quick == WordDiff.diffWhole(x, y))
        #expect(quick?.filter { $0.operation != .equal }.map(\.text) == ["soixante", "quatre-vingt-dix"])
    }
}
