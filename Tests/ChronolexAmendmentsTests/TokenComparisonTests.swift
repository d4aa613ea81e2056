@testable import ChronolexAmendments
import Foundation
import Testing

/// The grammar compares a token's words with its own without calling `String`'s comparison
/// when the lengths already tell (``Token/isWord(_:)``, ``Token/isText(_:)``,
/// ``Token/isMark(_:)``, ``FoldedWord``, ``FoldedWords/mayContain(_:)``). These pin that
/// every shortcut answers as `String ==` does, and the fact they rest on: the grammar's
/// words, as written in its sources, are in Unicode's composed form (NFC).
@Suite("A token's words compared with the grammar's, as String compares them")
struct TokenComparisonTests {
    /// Words as the grammar writes them, and others: accented, decomposed (`e` and a
    /// combining acute), longer than a small string, marks, digits, the empty word.
    static let candidates: [String] = [
        "", ",", ".", ";", ":", ")", "(", "§", "°", "2°", "1er", "l'", "le", "la", "les", "de", "du",
        "alinea", "alinéa", "aline\u{301}a", "alineas", "article", "articles", "Article", "phrase",
        "paragraphe", "remplaces", "remplacés", "vóór", "vo\u{301}o\u{301}r", "voor", "Ière", "Ier",
        "modifications", "constitutionnelle", "l'arrete", "l'arrêté", "e\u{301}", "é", "K", "\u{212A}",
        ";", "\u{37E}", "chaque", "fois", "ce", "cet", "cette", "1°", "a)", "155.1", "8.1°",
    ]

    /// The candidates in NFC, as the grammar's words are (the others are there as tokens).
    static let composed = candidates.filter { $0.precomposedStringWithCanonicalMapping.utf8.elementsEqual($0.utf8) }

    /// Instructions whose tokens cover the candidates and their neighbours.
    static let texts: [String] = [
        "Dans l'article 2, alinéa 1er, du même arrêté, les mots « trente » sont remplacés par les mots « quarante ».",
        "A l’article 5, § 2, 2°, a), les modifications suivantes sont apportées : le 1° est abrogé ;",
        "Dans l'aline\u{301}a 3 de l'article 155.1, le 8.1° est remplacé par ce qui suit : « 8.1° X ».",
        "In artikel 2, vóór de woorden \"A\" worden de woorden \"B\" ingevoegd. vo\u{301}o\u{301}r Ière Ier",
        "L'ARTICLE 4 constitutionnelle chaque fois qu'ils apparaissent \u{212A} \u{37E} e\u{301} é , ; : ( )",
        "les signes « , » et \"§\" et « ; » et « » et « é » et « alinéa » sont des quotations",
    ]

    static func tokens() throws -> [Token] {
        try texts.flatMap { try Tokenizer.tokens($0) }
            + Tokenizer.tokens(candidates.filter { !$0.isEmpty && $0 != "(" && $0 != ")" }.joined(separator: " "))
    }

    @Test func wordsAnswerAsStringEquality() throws {
        #expect(Self.composed.count < Self.candidates.count)
        for token in try Self.tokens() {
            for candidate in Self.composed {
                let expected = token.kind != .quote && token.folded == candidate
                #expect(token.isWord(candidate) == expected, "\(token.text) / \(token.folded) against \(candidate)")
                #expect((token.word == candidate) == (token.folded == candidate), "\(token.folded) against \(candidate)")
                #expect((token.word != candidate) == (token.folded != candidate))
                #expect(token.isText(candidate) == (token.text == candidate), "\(token.text) against \(candidate)")
            }
        }
    }

    /// ``composed`` as the grammar writes its words in its sources (`take("de", "la")`,
    /// `["ce", "cet"].contains(w)`): literals, compared without making a `String`.
    static let literals: [StaticString] = [
        "", ",", ".", ";", ":", ")", "(", "§", "°", "2°", "1er", "l'", "le", "la", "les", "de", "du",
        "alinea", "alinéa", "alineas", "article", "articles", "Article", "phrase",
        "paragraphe", "remplaces", "remplacés", "vóór", "voor", "Ière", "Ier",
        "modifications", "constitutionnelle", "l'arrete", "l'arrêté", "é", "K",
        ";", "chaque", "fois", "ce", "cet", "cette", "1°", "a)", "155.1", "8.1°",
    ]

    @Test func literalsAnswerAsStringEquality() throws {
        #expect(Self.literals.map(\.description) == Self.composed)
        let tokens = try Self.tokens()
        for token in tokens {
            for literal in Self.literals {
                let text = literal.description
                #expect(token.isWord(literal) == (token.kind != .quote && token.folded == text), "\(token.folded) against \(text)")
                #expect((token.word == literal) == (token.folded == text), "\(token.folded) against \(text)")
            }
            #expect(Self.literals.contains(token.word) == Self.composed.contains(token.folded), "\(token.folded)")
        }
        // The scanner's literal forms: in order, one among several.
        for start in tokens.indices {
            for length in 1...3 where start + length <= tokens.count {
                let words = tokens[start..<(start + length)]
                var scanner = ChronolexAmendments.Scanner(tokens)
                scanner.index = start
                let expected = words.allSatisfy { $0.kind != .quote && Self.composed.contains($0.folded) }
                // `take` of the words as literals, when each is one.
                let literals = words.compactMap { token in Self.literals.first { $0.description == token.folded } }
                guard literals.count == length else { continue }
                let taken: Bool
                switch length {
                case 1: taken = scanner.take(literals[0])
                case 2: taken = scanner.take(literals[0], literals[1])
                default: taken = scanner.take(literals[0], literals[1], literals[2])
                }
                #expect(taken == expected && scanner.index == (taken ? start + length : start))
            }
        }
    }

    @Test func tablesAnswerAsDictionaries() throws {
        var dictionary: [String: Int] = [:]
        for (k, word) in Self.composed.enumerated() { dictionary[word] = k }
        let table = FoldedWordTable(dictionary)
        let words = FoldedWords(Set(Self.composed))
        for token in try Self.tokens() where token.kind != .quote {
            #expect(table[token] == dictionary[token.folded], "\(token.folded)")
            #expect(table[token.word] == dictionary[token.folded], "\(token.folded)")
            #expect(table[token.folded] == dictionary[token.folded], "\(token.folded)")
            #expect(words.contains(token.word) == words.words.contains(token.folded), "\(token.folded)")
        }
        for candidate in Self.candidates {
            #expect(table[candidate] == dictionary[candidate], "\(candidate)")
            #expect(words.contains(candidate) == words.words.contains(candidate), "\(candidate)")
        }
    }

    @Test func marksAreOneCharacterExactly() throws {
        for token in try Self.tokens() {
            for mark: Unicode.Scalar in [",", ".", ";", ":", ")", "(", "!", "?"] {
                #expect(token.isMark(mark) == (token.text.unicodeScalars.elementsEqual([mark])), "\(token.text) against \(mark)")
            }
        }
    }

    @Test func scannerAsksAsTheTokenAnswers() throws {
        let tokens = try Tokenizer.tokens("Dans l'article 2, alinéa 1er, le mot « A » est remplacé")
        var scanner = ChronolexAmendments.Scanner(tokens)
        for (k, token) in tokens.enumerated() {
            #expect(scanner.word(k) == (token.kind == .quote ? nil : token.folded))
            #expect(scanner.foldedWord(k)?.text == scanner.word(k))
            for candidate in Self.composed {
                #expect(scanner.isWord(candidate, at: k) == (token.kind != .quote && token.folded == candidate))
            }
        }
        let first = scanner.takeAny(["le", "dans"])
        let none = scanner.takeAny(["le", "la"])
        let second = scanner.takeAny(["l'"])
        let taken = scanner.take("article", "2", ",")
        #expect(first == "dans" && none == nil && second == "l'" && taken)
        #expect(scanner.isMark(",", at: 2) && !scanner.isMark(",", at: 1))
    }

    @Test func setsAnswerAsSetsOfStrings() throws {
        let words = FoldedWords(Set(Self.composed))
        for token in try Self.tokens() where token.kind != .quote {
            #expect(words.contains(token) == words.words.contains(token.folded), "\(token.folded)")
            if words.words.contains(token.folded) { #expect(words.mayContain(token)) }
        }
    }

    /// `Scanner.render` keeps whether its text ends with an apostrophe or an opening
    /// parenthesis instead of asking `hasSuffix` for every token: the same text as asking.
    @Test func renderJoinsWordsAsAskingTheTextWould() throws {
        func asked(_ tokens: ArraySlice<Token>) -> String {
            var out = ""
            for token in tokens {
                switch token.kind {
                case .quote: out += (out.isEmpty ? "" : " ") + "« " + ChronolexAmendments.Scanner.excerpt(token.text) + " »"
                case .punctuation where [",", ".", ";", ")"].contains(token.text): out += token.text
                case .punctuation, .word:
                    if out.hasSuffix("'") || out.hasSuffix("(") || out.isEmpty { out += token.text } else { out += " " + token.text }
                }
            }
            return out
        }
        let texts = Self.texts + [
            "modifié par l'arrêté royal du 3 mai 2019 (M.B. 5 mai 2019) et l' « annexe » ( 2° ) d’ici qu' Peeters'",
            "( ( l' l' « A » ) ' ) jusqu’au 1er janvier",
        ]
        for text in texts {
            let tokens = try Tokenizer.tokens(text)
            for start in 0..<min(tokens.count, 4) {
                #expect(ChronolexAmendments.Scanner.render(tokens[start...]) == asked(tokens[start...]), "\(text) from \(start)")
            }
        }
    }

    /// No byte from 0xCC up means no character from U+0300 up, and such a text is in NFC.
    @Test func textsBelowCombiningMarksAreComposed() {
        var generator = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x300...0x36F, 0x370...0x3FF, 0x1E00...0x1EFF, 0x2000...0x2130]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let range = ranges.randomElement(using: &generator)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { text.unicodeScalars.append(scalar) }
            }
            let below = Array(text.utf8).withUnsafeBufferPointer { Token.isBelowCombiningMarks($0) }
            #expect(below == text.unicodeScalars.allSatisfy { $0.value < 0x300 })
            if below {
                #expect(text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// The fact the shortcuts rest on: every string the grammar writes in its sources is in
    /// NFC, so that it equals a word in NFC only byte for byte.
    @Test func grammarWordsAreComposed() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/ChronolexAmendments").standardized
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 30, "the grammar's sources are read from \(sources.path)")
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\\n]|\\.)*)""#)
        var count = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let word = String(text[range])
                count += 1
                #expect(word.precomposedStringWithCanonicalMapping.utf8.elementsEqual(word.utf8),
                        "\(file.lastPathComponent): « \(word) » is not in NFC")
            }
        }
        #expect(count > 1_000)
    }
}
