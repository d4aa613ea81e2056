/// Splits the words of an alinéa or a point into sentences, as "la deuxième phrase"
/// counts them: a sentence ends at `.`, `!` or `?` followed by a space and a capital
/// letter, outside quotations, and not after an abbreviation (`art.`, `al.`, `M.`) or
/// the number of a paragraph (`§ 1er.`).
///
/// - Complexity: O(n) in the UTF-8 length of the text, one pass.
public enum SentenceSplitter {
    /// The byte ranges (in `text.utf8`) of the sentences, trimmed of spaces.
    public static func sentenceRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var utf8 = text.utf8
        let found: [Range<Int>]? = utf8.withContiguousStorageIfAvailable { bytes in
            split(bytes)
        }
        if let found { return found }
        // Non-contiguous storage (bridged strings): copy once.
        var copy = text
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        ranges = utf8.withContiguousStorageIfAvailable { split($0) } ?? [0..<utf8.count]
        return ranges
    }

    /// The byte ranges of the sentences of UTF-8 text held in an array.
    public static func sentenceRanges(inUTF8 bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { split($0) }
    }

    /// The sentences of the text, trimmed.
    public static func sentences(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return sentenceRanges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    static let abbreviations: Set<String> = [
        "art", "al", "m", "mm", "mme", "mmes", "mlle", "cf", "p", "pp", "n", "no", "nr", "ch", "sect", "vol",
        "éd", "ibid", "op", "cit", "dr", "prof", "av", "bd", "ann", "ar", "kb", "ex", "resp", "tit", "chap",
        "par", "st", "ste", "min", "c", "cass", "civ", "pen", "jud", "e.a", "i.e", "e.g", "o.a", "enz", "bv",
    ]

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // Room for four sentences at once (a unit rarely has more): grown from empty, the
        // array was made again at its second and third sentences (perf). It lives only
        // while the unit's sentences are made.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(4)
        var start = 0
        var depth = 0          // « » and “ ” nesting
        var straightOpen = false
        var i = 0
        let n = bytes.count
        while i < n {
            // Bytes that are none of the marks read below are skipped at once, eight at a time
            // while none of the eight is one.
            i = nextMark(bytes, from: i)
            guard i < n else { break }
            let b = bytes[i]
            if b == 0xC2, i + 1 < n {
                if bytes[i + 1] == 0xAB { depth += 1 } else if bytes[i + 1] == 0xBB, depth > 0 { depth -= 1 }
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { depth += 1 } else if bytes[i + 2] == 0x9D, depth > 0 { depth -= 1 }
                i += 3
                continue
            }
            if b == UInt8(ascii: "\""), depth == 0 { straightOpen.toggle() }
            if (b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")) && depth == 0 && !straightOpen,
               let next = nextSentenceStart(bytes, after: i), !isAbbreviation(bytes, endingBefore: i, start: start) {
                appendTrimmed(bytes, start..<(i + 1), to: &ranges)
                start = next
                i = next
                continue
            }
            i += 1
        }
        appendTrimmed(bytes, start..<n, to: &ranges)
        return ranges
    }

    /// The offset of the first byte from `start` that ``mayEndOrQuote(_:)`` accepts, or the end.
    @inline(__always)
    private static func nextMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= n {
                let word = ByteWord.load(base, at: i)
                let marks = ByteWord.matches(UInt8(ascii: "."), in: word) | ByteWord.matches(UInt8(ascii: "!"), in: word)
                    | ByteWord.matches(UInt8(ascii: "?"), in: word) | ByteWord.matches(UInt8(ascii: "\""), in: word)
                    | ByteWord.matches(0xC2, in: word) | ByteWord.matches(0xE2, in: word)
                // The lowest high bit set is the first mark (never a false one before it).
                if marks != 0 { return i + marks.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n, !mayEndOrQuote(bytes[i]) { i += 1 }
        return i
    }

    /// `.`, `!`, `?`, `"` (one bit each of `asciiMarks`) and the first bytes of «, », “ and ”
    /// (0xC2, 0xE2): the bytes the splitter acts on.
    @inline(__always)
    private static func mayEndOrQuote(_ byte: UInt8) -> Bool {
        let asciiMarks: UInt64 = 1 << 0x21 | 1 << 0x22 | 1 << 0x2E | 1 << 0x3F
        return byte < 64 ? (asciiMarks >> UInt64(byte)) & 1 != 0 : byte == 0xC2 || byte == 0xE2
    }

    /// The offset of the capital that starts the next sentence after the mark at `i`,
    /// when one or more spaces and a capital letter follow it.
    private static func nextSentenceStart(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Int? {
        var j = i + 1
        var sawSpace = false
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: " ") { j += 1; sawSpace = true; continue }
            if bytes[j] == 0xC2, j + 1 < bytes.count, bytes[j + 1] == 0xA0 { j += 2; sawSpace = true; continue }
            break
        }
        guard sawSpace, j < bytes.count else { return nil }
        let c = bytes[j]
        if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { return j }
        // Latin-1 capitals À–Ý are C3 80 … C3 9D in UTF-8 (× is C3 97, not a letter).
        if c == 0xC3, j + 1 < bytes.count, bytes[j + 1] >= 0x80, bytes[j + 1] <= 0x9D, bytes[j + 1] != 0x97 { return j }
        return nil
    }

    /// True when the word before the mark is an abbreviation, a single letter, or the
    /// number of a paragraph (`§ 1er.`).
    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, endingBefore i: Int, start: Int) -> Bool {
        var j = i
        while j > start, bytes[j - 1] != UInt8(ascii: " "), bytes[j - 1] != UInt8(ascii: "("), bytes[j - 1] != 0x0A, i - j < 24 {
            j -= 1
        }
        if j == i { return false }
        // An initialism, « S.P.F. Economie », « A.S.B.L. Croix-Rouge » (look 29: split after
        // it, « la deuxième phrase » took « Economie. »). It may end a sentence too (« … au
        // M.B. Il … »): an instruction that counts sentences across one is refused
        // (``ambiguousInitialism(in:)``).
        if isInitialism(bytes, afterElision(bytes, j..<i)) { return true }
        // A word of more than five ASCII bytes is neither a letter nor an abbreviation (the
        // longest is four letters): no string is made of it.
        let longASCII = i - j > 5 && !bytes[j..<i].contains { $0 >= 0x80 }
        if !longASCII {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<i]), as: UTF8.self)
            if word.count == 1, word.first?.isLetter == true { return true }
            if abbreviations.contains(word.lowercased()) { return true }
        }
        // `§ 1er.` or `§ 2.` heading a text, or a sentence in it (a line break lost: « … fin.
        // § 2. Le recours … »): a paragraph's number, not the end of a sentence. Cited inside a
        // sentence (« … visé au § 1er. Il est motivé. »), it ends the sentence (hand check 18:
        // « la deuxième phrase » took the third).
        if j >= start + 2, bytes[j - 1] == UInt8(ascii: " "), j >= 3,
           bytes[j - 3] == 0xC2, bytes[j - 2] == 0xA7 {
            var k = j - 3
            while k > start, bytes[k - 1] == UInt8(ascii: " ") || bytes[k - 1] == 0x0A { k -= 1 }
            if k == start || bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: ":") || bytes[k - 1] == UInt8(ascii: ";") { return true }
        }
        return false
    }

    /// The part of a word after its elided article (« l'A.S.B.L », « d’A.S.B.L »).
    private static func afterElision(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        // ' or the last byte of ’ (E2 80 99).
        guard let mark = range.last(where: { bytes[$0] == UInt8(ascii: "'") || (bytes[$0] == 0x99 && $0 >= range.lowerBound + 2 && bytes[$0 - 2] == 0xE2) }) else { return range }
        return (mark + 1)..<range.upperBound
    }

    /// Letters each followed by a dot but the last (`S.P.F`, `M.B`, `a.s.b.l`): at least two.
    private static func isInitialism(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count % 2 == 1 else { return false }
        for (k, i) in range.enumerated() {
            let b = bytes[i]
            if k % 2 == 0 {
                guard (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) else { return false }
            } else if b != UInt8(ascii: ".") {
                return false
            }
        }
        return true
    }

    /// The first initialism of `text` (« S.P.F. ») followed by a space and a capital: read
    /// as an abbreviation, inside a sentence, though it may end one (« … publié au M.B. Il
    /// est gratuit. »). An instruction that counts sentences up to one cannot tell which
    /// sentence it names. `nil` when there is none.
    public static func ambiguousInitialism(in text: String) -> String? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (word, next) in zip(words, words.dropFirst()) {
            guard word.count >= 4, word.last == ".", let first = next.unicodeScalars.first,
                  first.properties.isUppercase else { continue }
            let body = Array(word.dropLast().utf8)
            let found = body.withUnsafeBufferPointer { bytes -> Range<Int>? in
                let part = afterElision(bytes, 0..<bytes.count)
                return isInitialism(bytes, part) ? part : nil
            }
            if let found { return String(decoding: body[found], as: UTF8.self) + "." }
        }
        return nil
    }

    private static func appendTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") || bytes[lower] == 0x0A { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == 0x0A { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }
}
