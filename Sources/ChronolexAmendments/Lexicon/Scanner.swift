import ChronolexModel

/// One word of an instruction as the grammar sees it: a word (`remplacés`, `l'`, `8.1°`,
/// `a)`), a quotation (the text between `«` and `»`, which is content, never grammar), or
/// a punctuation mark (`,`, `;`, `:`, `.`, `(`, `)`, `§`).
struct Token: Sendable {
    enum Kind: Sendable { case word, quote, punctuation }
    let kind: Kind
    /// As written; for a quotation, its content without the surrounding spaces.
    let text: String
    /// Lower case without French accents (`remplaces` for `remplacés`); empty for a quotation.
    let folded: String
    /// What ``isWord(_:)``, ``isText(_:)`` and ``isMark(_:)`` look at before they compare
    /// strings: whether ``folded`` and ``text`` are known to be in Unicode's composed form
    /// (NFC: every character below U+0300, where the combining marks begin, as in French and
    /// Dutch words, `§` and `°`), and their first bytes (0 when empty). (Packed into one
    /// word with the kind, they cost more: reads of the kind seemed to copy the token.)
    let foldedIsNFC: Bool
    private let textIsNFC: Bool
    let foldedFirst: UInt8
    private let textFirst: UInt8

    init(kind: Kind, text: String, folded: String) {
        var text = text, folded = folded
        let (textIsNFC, textFirst) = text.withUTF8 { (Token.isBelowCombiningMarks($0), $0.first ?? 0) }
        let (foldedIsNFC, foldedFirst) = folded.withUTF8 { (Token.isBelowCombiningMarks($0), $0.first ?? 0) }
        self.init(kind: kind, text: text, folded: folded, textIsNFC: textIsNFC, textFirst: textFirst,
                  foldedIsNFC: foldedIsNFC, foldedFirst: foldedFirst)
    }

    /// A token whose bytes the tokenizer has already looked at.
    init(kind: Kind, text: String, folded: String, textIsNFC: Bool, textFirst: UInt8, foldedIsNFC: Bool, foldedFirst: UInt8) {
        self.kind = kind
        self.text = text
        self.folded = folded
        self.textIsNFC = textIsNFC
        self.textFirst = textFirst
        self.foldedIsNFC = foldedIsNFC
        self.foldedFirst = foldedFirst
    }

    /// True when every character of the UTF-8 bytes is below U+0300 (no byte from 0xCC up):
    /// the text is then in NFC, since no combining mark or character that composes
    /// otherwise stands below U+0300.
    static func isBelowCombiningMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0xCC }
    }

    /// True when the token is the folded word `word`: a word or a mark, never a quotation.
    ///
    /// The grammar asks this of nearly every token it reads, with words that are mostly not
    /// the token's, so the common answer comes first and without comparing strings: two
    /// texts in NFC are equal, as `String` compares, only when their bytes are, so a word
    /// known to be in NFC (``foldedIsNFC``) is not `word` when their lengths differ. The
    /// grammar's words are in NFC (`TokenComparisonTests.grammarWordsAreComposed`). Otherwise the strings are compared
    /// as `String` compares them.
    @inline(__always)
    func isWord(_ word: String) -> Bool {
        kind != .quote && FoldedWord.same(folded, isNFC: foldedIsNFC, word)
    }

    /// ``isWord(_:)`` for a word of the grammar's source, compared in place.
    @inline(__always)
    func isWord(_ word: StaticString) -> Bool {
        kind != .quote && FoldedWord.same(folded, isNFC: foldedIsNFC, word)
    }

    /// True when the token is written `text` (`§`, `Ier`), any kind; lengths first, as in
    /// ``isWord(_:)``.
    @inline(__always)
    func isText(_ text: String) -> Bool {
        FoldedWord.same(self.text, isNFC: textIsNFC, text)
    }

    /// True when the token is the one ASCII character `mark` (`,`, `.`, `;`, `:`, `)`),
    /// told from its first byte and its length without comparing strings.
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar) -> Bool {
        assert(mark.isASCII, "a mark is one ASCII character")
        return textFirst == UInt8(truncatingIfNeeded: mark.value) && text.utf8.count == 1
    }

    /// The folded word as a rule keeps it to compare it more than once (`let w = token.word`).
    var word: FoldedWord { FoldedWord(text: folded, isNFC: foldedIsNFC, first: foldedFirst) }

    /// True when the token starts with an ASCII digit (`2`, `1er`, `155.1`, `8.1°`).
    var startsWithDigit: Bool {
        kind == .word && textFirst >= 0x30 && textFirst <= 0x39
    }
}

/// A token's folded word held by a rule that compares it with many words in turn
/// (`w == "alinea"`, `case "§":`, `["ce", "cet"].contains(w)`): compared as
/// ``Token/isWord(_:)`` compares, other lengths told apart first.
struct FoldedWord: Sendable {
    /// The folded word itself (for lookups in tables and sets).
    let text: String
    /// True when ``text`` is known to be in NFC (see ``Token/foldedIsNFC``).
    let isNFC: Bool
    /// The first byte of ``text`` (0 when it is empty), for the tables that tell most words
    /// apart by their first byte and length (``FoldedWords``).
    let first: UInt8

    @inline(__always)
    static func == (word: FoldedWord, other: String) -> Bool { same(word.text, isNFC: word.isNFC, other) }

    /// True when `text` is `other` as `String` compares them, told from the lengths first
    /// when `text` is known to be in NFC (two texts in NFC are equal only byte for byte; the
    /// grammar's words are in NFC): the one rule of ``Token/isWord(_:)``, ``Token/isText(_:)``
    /// and `==`.
    @inline(__always)
    static func same(_ text: String, isNFC: Bool, _ other: String) -> Bool {
        if isNFC, text.utf8.count != other.utf8.count { return false }
        return text == other
    }

    @inline(__always)
    static func != (word: FoldedWord, other: String) -> Bool { !(word == other) }

    /// `==` with a word written in the grammar's source (`take("de", "la")`, `["ce",
    /// "cet"].contains(w)`): a `StaticString`, compared in place without making a `String`.
    /// Literal arrays of them hold no references, so they are neither retained nor
    /// destroyed one word at a time as arrays of `String` literals were (callgrind of
    /// `edits`: 11 million words destroyed).
    @inline(__always)
    static func == (word: FoldedWord, literal: StaticString) -> Bool { same(word.text, isNFC: word.isNFC, literal) }

    /// ``same(_:isNFC:_:)`` for a word of the grammar's source. The grammar's words are in
    /// NFC (`TokenComparisonTests.grammarWordsAreComposed`), so a text in NFC equals one
    /// only byte for byte; any other text is compared as `String` compares.
    /// (The bytes are read in place, without copying the text or calling the generic
    /// `elementsEqual`: both cost more than the comparison in callgrind of `edits`.)
    @inline(__always)
    static func same(_ text: String, isNFC: Bool, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard isNFC, literal.hasPointerRepresentation else { return text == literal.description }
        guard text.utf8.count == count else { return false }
        let other = literal.utf8Start
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            for k in 0..<count where bytes[k] != other[k] { return false }
            return true
        } ?? (text == literal.description)
    }

    @inline(__always)
    static func ~= (pattern: String, word: FoldedWord) -> Bool { word == pattern }
}

extension Array where Element == StaticString {
    /// True when one of the words is `word`, compared as ``FoldedWord`` compares.
    @inline(__always)
    func contains(_ word: FoldedWord) -> Bool { contains { word == $0 } }
}

/// Why the words of an instruction could not be cut into tokens.
struct ScanError: Error, Sendable {
    var message: String
}

/// Cuts an instruction into tokens in one linear pass over its UTF-8 bytes: no regular
/// expressions. Quotations are matched with their nesting (`« … « … » … »`).
enum Tokenizer {
    static func tokens(_ text: String) throws(ScanError) -> [Token] {
        let result = text.utf8.withContiguousStorageIfAvailable { scan($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { scan($0) }
        switch result {
        case .success(let tokens): return tokens
        case .failure(let error): throw error
        }
    }

    private static func isSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xAF || b[i + 2] == 0x89 { return 3 }
        return 0
    }

    private static func string(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Result<[Token], ScanError> {
        var tokens: [Token] = []
        tokens.reserveCapacity(min(b.count / 6, 48))
        var i = 0
        let n = b.count
        var wordStart = -1
        var straightOpen = -1

        func flushWord(_ end: Int) {
            if wordStart >= 0, wordStart < end {
                let text = string(b, wordStart..<end)
                if isPlain(b, wordStart..<end) {
                    let first = b[wordStart]
                    tokens.append(Token(kind: .word, text: text, folded: text, textIsNFC: true, textFirst: first, foldedIsNFC: true, foldedFirst: first))
                } else {
                    tokens.append(wordToken(b, wordStart..<end, text: text))
                }
            }
            wordStart = -1
        }
        func punct(_ text: String) {
            let first = text.utf8.first ?? 0
            tokens.append(Token(kind: .punctuation, text: text, folded: text, textIsNFC: true, textFirst: first, foldedIsNFC: true, foldedFirst: first))
        }

        while i < n {
            let c = b[i]
            let space = isSpace(b, i)
            if space > 0 { flushWord(i); i += space; continue }
            // « … » with nesting.
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xAB {
                flushWord(i)
                var depth = 1
                var j = i + 2
                while j < n {
                    if b[j] == 0xC2, j + 1 < n {
                        if b[j + 1] == 0xAB { depth += 1 } else if b[j + 1] == 0xBB {
                            depth -= 1
                            if depth == 0 { break }
                        }
                    }
                    j += 1
                }
                if depth != 0 {
                    return .failure(ScanError(message: "unbalanced quote: the quotation opened by « \(excerpt(b, (i + 2)..<n)) is never closed"))
                }
                tokens.append(quotation(b, trimmed(b, (i + 2)..<j)))
                i = j + 2
                continue
            }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xBB {
                return .failure(ScanError(message: "unbalanced quote: » closes a quotation that was never opened (after \(excerptBefore(b, i)))"))
            }
            if c == UInt8(ascii: "\"") {
                flushWord(i)
                if straightOpen < 0 {
                    straightOpen = i + 1
                } else {
                    tokens.append(quotation(b, trimmed(b, straightOpen..<i)))
                    straightOpen = -1
                }
                i += 1
                continue
            }
            if straightOpen >= 0 { i += 1; continue }
            // „…" or „…“ (a low opening mark, look 19): not a quotation this reader pairs; an
            // error rather than words that hide the verb inside a quotation.
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x9E {
                return .failure(ScanError(message: "the low quotation mark „ (before \(excerpt(b, (i + 3)..<n))) is not read as a quotation mark: write « … » or \"…\""))
            }
            // ``…'': quotation marks as some converted texts print them.
            if c == UInt8(ascii: "`"), i + 1 < n, b[i + 1] == UInt8(ascii: "`") {
                flushWord(i)
                var j = i + 2
                while j + 1 < n, !(b[j] == UInt8(ascii: "'") && b[j + 1] == UInt8(ascii: "'")) { j += 1 }
                guard j + 1 < n else {
                    return .failure(ScanError(message: "unbalanced quote: the quotation opened by `` \(excerpt(b, (i + 2)..<n)) is never closed by ''"))
                }
                tokens.append(quotation(b, trimmed(b, (i + 2)..<j)))
                i = j + 2
                continue
            }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA7 { // §
                flushWord(i)
                punct("§")
                i += 2
                continue
            }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: "(")
                || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                flushWord(i)
                punct(String(UnicodeScalar(c)))
                i += 1
                continue
            }
            if c == UInt8(ascii: ".") {
                // `8.1°`, `155.1`, `XI.172`, `D.29-1`: a dot between a word and a digit stays in the word.
                if wordStart >= 0, i + 1 < n, b[i + 1] >= 0x30, b[i + 1] <= 0x39 { i += 1; continue }
                // `D.I.4`: capitals and digits joined by dots, a code's article number.
                if wordStart >= 0, isCodeNumber(b, from: wordStart, dot: i) { i += 1; continue }
                // `1.A` (le point 1.A), `V.E` (l'annexe V.E.): a number and one capital letter.
                if wordStart >= 0, isLetteredNumber(b, from: wordStart, dot: i) { i += 1; continue }
                flushWord(i)
                punct(".")
                i += 1
                continue
            }
            if c == UInt8(ascii: ")") {
                if wordStart >= 0, isLabel(b, wordStart..<i) {
                    flushWord(i + 1)
                } else {
                    flushWord(i)
                    punct(")")
                }
                i += 1
                continue
            }
            // Elision: l', d', qu', n', s', jusqu', lorsqu' (straight or curly apostrophe).
            let apostrophe = c == UInt8(ascii: "'") ? 1 : (c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x99 ? 3 : 0)
            if apostrophe > 0, wordStart >= 0, isElided(b, wordStart..<i) {
                let text = string(b, wordStart..<i) + "'"
                tokens.append(Token(kind: .word, text: text, folded: fold(b, wordStart..<i) + "'"))
                wordStart = -1
                i += apostrophe
                continue
            }
            if wordStart < 0 { wordStart = i }
            i += 1
        }
        if straightOpen >= 0 {
            return .failure(ScanError(message: "unbalanced quote: the quotation opened by \" \(excerpt(b, straightOpen..<n)) is never closed"))
        }
        flushWord(n)
        return .success(tokens)
    }

    /// A quotation's token: its content, not looked at for NFC (a quotation is compared with
    /// a word only where the grammar asks whether it is that mark or text, rarely).
    private static func quotation(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token {
        Token(kind: .quote, text: string(b, range), folded: "", textIsNFC: false, textFirst: range.isEmpty ? 0 : b[range.lowerBound],
              foldedIsNFC: true, foldedFirst: 0)
    }

    /// The token of a word beyond ASCII or with capitals, folded. Folding removes bytes and
    /// adds none, so a text in NFC folds to a word in NFC.
    private static func wordToken(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, text: String) -> Token {
        var folded = fold(b, range)
        let textIsNFC = Token.isBelowCombiningMarks(UnsafeBufferPointer(rebasing: b[range]))
        let (foldedIsNFC, foldedFirst) = folded.withUTF8 { (textIsNFC || Token.isBelowCombiningMarks($0), $0.first ?? 0) }
        return Token(kind: .word, text: text, folded: folded, textIsNFC: textIsNFC, textFirst: b[range.lowerBound],
                     foldedIsNFC: foldedIsNFC, foldedFirst: foldedFirst)
    }

    /// The range without the spaces (and non-breaking spaces, line breaks) at its ends.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let n = isSpace(b, lower)
            if n == 0 || lower + n > upper { break }
            lower += n
        }
        while upper > lower {
            let c = b[upper - 1]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { upper -= 1; continue }
            if c == 0xA0, upper - 2 >= lower, b[upper - 2] == 0xC2 { upper -= 2; continue }
            if (c == 0xAF || c == 0x89), upper - 3 >= lower, b[upper - 3] == 0xE2, b[upper - 2] == 0x80 { upper -= 3; continue }
            break
        }
        return lower..<upper
    }

    /// The lines of a text, each trimmed, empty lines left out.
    static func lines(_ text: String) -> [String] {
        let split: ([String]) = text.utf8.withContiguousStorageIfAvailable { b in
            var result: [String] = []
            var start = 0
            for k in 0...b.count where k == b.count || b[k] == 0x0A {
                let range = trimmed(b, start..<k)
                if !range.isEmpty { result.append(string(b, range)) }
                start = k + 1
            }
            return result
        } ?? text.split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return split
    }

    private static func excerpt(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let text = string(b, range).trimmingSpaces
        let words = text.split(separator: " ", omittingEmptySubsequences: true).prefix(6)
        return words.joined(separator: " ") + (words.count == 6 ? " …" : "")
    }

    private static func excerptBefore(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> String {
        let text = string(b, max(0, end - 60)..<end).trimmingSpaces
        let words = text.split(separator: " ").suffix(6)
        return "« … " + words.joined(separator: " ") + " »"
    }

    /// True when the dot at `dot` joins parts of a code's article number (`D.I.4`,
    /// `XI.VI.2`): capitals before it, and after it capitals, digits, dots and dashes up to
    /// the next space, with a digit among them.
    private static func isCodeNumber(_ b: UnsafeBufferPointer<UInt8>, from start: Int, dot: Int) -> Bool {
        guard dot - start <= 4, (start..<dot).allSatisfy({ (b[$0] >= 0x41 && b[$0] <= 0x5A) || b[$0] == UInt8(ascii: ".") || (b[$0] >= 0x30 && b[$0] <= 0x39) }),
              dot + 1 < b.count, b[dot + 1] >= 0x41, b[dot + 1] <= 0x5A else { return false }
        var k = dot + 1
        var digit = false
        while k < b.count, k - dot <= 16 {
            let c = b[k]
            if c >= 0x30 && c <= 0x39 { digit = true } else if !((c >= 0x41 && c <= 0x5A) || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")) { break }
            k += 1
        }
        // The number ends where a word ends: a space, a comma, the end.
        guard digit, k == b.count || b[k] == 0x20 || b[k] == UInt8(ascii: ",") || b[k] == 0x0A else { return false }
        return b[k - 1] != UInt8(ascii: ".")
    }

    /// True when the dot at `dot` joins a number (digits and dots, or capital roman
    /// numerals) to one capital letter that ends the word: `1.A`, `2.1.B`, `V.E`.
    private static func isLetteredNumber(_ b: UnsafeBufferPointer<UInt8>, from start: Int, dot: Int) -> Bool {
        guard dot - start <= 8, dot + 1 < b.count, b[dot + 1] >= 0x41, b[dot + 1] <= 0x5A else { return false }
        let isDigitOrDot = (start..<dot).allSatisfy { (b[$0] >= 0x30 && b[$0] <= 0x39) || b[$0] == UInt8(ascii: ".") }
        let isRoman = (start..<dot).allSatisfy { [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L")].contains(b[$0]) }
        guard b[start] != UInt8(ascii: "."), isDigitOrDot && b[start] >= 0x30 && b[start] <= 0x39 || isRoman else { return false }
        // One letter only: `1.A` but not `1.Le` (a sentence run on after a full stop).
        guard dot + 2 < b.count else { return true }
        let after = b[dot + 2]
        return !((after >= 0x41 && after <= 0x5A) || (after >= 0x61 && after <= 0x7A) || after >= 0x80)
    }

    /// `a`, `b`, `a/1`, `ii`, `iv`: the words that a closing parenthesis makes a label.
    private static func isLabel(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 1, count <= 6 else { return false }
        let first = b[range.lowerBound]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        if count == 1 { return true }
        var roman = true
        var slash = false
        for k in range {
            let x = b[k]
            if !(x == UInt8(ascii: "i") || x == UInt8(ascii: "v") || x == UInt8(ascii: "x") || x == UInt8(ascii: "l")) { roman = false }
            if x == UInt8(ascii: "/") { slash = true }
        }
        if roman { return true }
        if slash {
            // a/1
            return b[range.lowerBound + 1] == UInt8(ascii: "/") && range.dropFirst(2).allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
        }
        return false
    }

    private static func isElided(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        switch fold(b, range) {
        case "l", "d", "qu", "n", "s", "j", "m", "c", "jusqu", "lorsqu", "puisqu", "quoiqu": return true
        default: return false
        }
    }

    static func isPlain(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { Folding.isPlain(b, range) }
    static func fold(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String { Folding.fold(b, range) }
    static func fold(_ text: String) -> String { Folding.fold(text) }
}

/// A cursor over the tokens of one instruction. Every grammar rule reads forward from
/// the cursor; a rule that does not apply puts the cursor back where it found it.
struct Scanner {
    let tokens: [Token]
    var index = 0
    /// What ``ReferenceReader/read(_:)`` reads at some indices of these tokens, read before
    /// the parser asks (``NormalizedWords``); empty for most scanners.
    let references: ReadReferences

    init(_ tokens: [Token], references: ReadReferences = ReadReferences()) {
        self.tokens = tokens
        self.references = references
    }

    var atEnd: Bool { index >= tokens.count }

    func peek(_ offset: Int = 0) -> Token? {
        let k = index + offset
        return k < tokens.count ? tokens[k] : nil
    }

    /// The folded word at the offset, or `nil` (quotations have none).
    func word(_ offset: Int = 0) -> String? {
        let k = index + offset
        guard k < tokens.count, tokens[k].kind != .quote else { return nil }
        return tokens[k].folded
    }

    /// ``word(_:)`` as a ``FoldedWord``, for a rule that compares it with many words.
    func foldedWord(_ offset: Int = 0) -> FoldedWord? {
        let k = index + offset
        guard k < tokens.count, tokens[k].kind != .quote else { return nil }
        return tokens[k].word
    }

    /// True when the token at the offset is the folded word (compared in place: the
    /// grammar asks this of every token it reads, and a copy of the token costs more).
    func isWord(_ folded: String, at offset: Int = 0) -> Bool {
        let k = index + offset
        return k < tokens.count && tokens[k].isWord(folded)
    }

    /// True when the token at the offset is written `text` (`§`), read in place as
    /// ``isWord(_:at:)`` reads.
    func isText(_ text: String, at offset: Int = 0) -> Bool {
        let k = index + offset
        return k < tokens.count && tokens[k].isText(text)
    }

    /// True when the token at the offset is the one ASCII character `mark` (`,`, `.`, `;`).
    func isMark(_ mark: Unicode.Scalar, at offset: Int = 0) -> Bool {
        let k = index + offset
        return k < tokens.count && tokens[k].isMark(mark)
    }

    /// Consumes the folded words in order when they all follow; otherwise consumes nothing.
    @discardableResult
    mutating func take(_ words: StaticString...) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() where !tokens[index + k].isWord(w) { return false }
        index += words.count
        return true
    }

    /// Consumes one folded word (a grammar's own, `words.and`) when it follows.
    @discardableResult
    mutating func take(_ word: String) -> Bool {
        guard isWord(word) else { return false }
        index += 1
        return true
    }

    @discardableResult
    mutating func take(_ words: [String]) -> Bool {
        for (k, w) in words.enumerated() where !isWord(w, at: k) { return false }
        index += words.count
        return true
    }

    /// Consumes one word among the given ones and returns it.
    mutating func takeAny(_ words: [StaticString]) -> String? {
        guard index < tokens.count, tokens[index].kind != .quote else { return nil }
        let folded = tokens[index].word
        for word in words where folded == word {
            index += 1
            return folded.text
        }
        return nil
    }

    /// Consumes a quotation and returns its content.
    mutating func takeQuote() -> String? {
        guard let token = peek(), token.kind == .quote else { return nil }
        index += 1
        return token.text
    }

    /// Consumes a word that is a participle of the stem (`remplac` → `remplacé`,
    /// `remplacée`, `remplacés`, `remplacées`).
    mutating func takeParticiple(_ stem: String) -> Bool {
        guard let w = word(), Scanner.isParticiple(w, stem) else { return false }
        index += 1
        return true
    }

    static func isParticiple(_ word: String, _ stem: String) -> Bool {
        // One to three letters more than the stem, or none of the endings below: told by the
        // lengths before the prefix is compared.
        let extra = word.utf8.count - stem.utf8.count
        guard extra >= 1, extra <= 3, word.hasPrefix(stem) else { return false }
        switch extra {
        case 1: return word.hasSuffix("e")
        case 2: return word.hasSuffix("ee") || word.hasSuffix("es")
        case 3: return word.hasSuffix("ees")
        default: return false
        }
    }

    /// `est`, `sont`: the auxiliary, consumed when present.
    mutating func takeAuxiliary() -> Bool { takeAny(["est", "sont"]) != nil }

    /// The rest of the instruction as written, for messages.
    func rest(limit: Int = 12) -> String {
        guard index < tokens.count else { return "" }
        return Scanner.render(tokens[index..<min(tokens.count, index + limit)]) + (tokens.count > index + limit ? " …" : "")
    }

    static func render(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        // Whether `out` ends with an apostrophe or an opening parenthesis, after which the
        // next word follows without a space: kept as the text grows (asking `hasSuffix` of
        // the whole text for every token, character by character, was most of the work).
        var endsOpen = false
        for token in tokens {
            switch token.kind {
            case .quote:
                out += (out.isEmpty ? "" : " ") + "« " + excerpt(token.text) + " »"
                endsOpen = false
            case .punctuation where token.isMark(",") || token.isMark(".") || token.isMark(";") || token.isMark(")"):
                out += token.text
                endsOpen = false
            case .punctuation, .word:
                var text = token.text
                let last = text.withUTF8 { $0.last }
                if endsOpen || out.isEmpty {
                    out += text
                    if let last { endsOpen = last == UInt8(ascii: "'") || last == UInt8(ascii: "(") }
                } else {
                    out += " " + text
                    endsOpen = last == UInt8(ascii: "'") || last == UInt8(ascii: "(")
                }
            }
        }
        return out
    }

    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count <= 8 ? text : words.prefix(8).joined(separator: " ") + " …"
    }
}
