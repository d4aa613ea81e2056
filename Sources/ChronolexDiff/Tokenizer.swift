/// Splits the words of a unit into the tokens a jurist reads as one: words, numbers with
/// their separators (`25.000`, `2,50`, `1.250,50`), ordinals (`1er`), point labels (`8.1°`,
/// `2/1°`, `a)`, `ii)`), `§ 2` (the sign and its number together), guillemets `«` and `»`
/// alone, and punctuation (`;`, `,`, `:`, a final `.`) apart from the word it follows.
///
/// An elision is split after its apostrophe: `l'article` is `l'` + `article`, so that
/// replacing « l'article » by « l'arrêté » shows one changed word, not two. Hyphenated
/// words stay whole (`quarante-cinq`, `sous-section`).
///
/// Whitespace (spaces, tabs, line breaks, non-breaking spaces) separates tokens and is
/// not compared: two texts that differ only in spacing have no word change.
public enum WordTokenizer {
    /// The tokens of a text, in order (whitespace dropped, `§ 2` kept with its space).
    public static func tokens(of text: String) -> [String] {
        let tokenized = TokenizedText(text)
        return (0..<tokenized.count).map { tokenized.text(of: $0) }
    }
}

/// A text cut into tokens, as byte ranges into its UTF-8 form, each with the whitespace
/// that precedes it. Internal: the diff works on ranges, not on `String`s.
struct TokenizedText {
    let bytes: [UInt8]
    /// Start and end (exclusive) of each token.
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    /// Start of the whitespace before each token (== start when there is none).
    private(set) var gapStarts: [Int] = []
    /// The trailing punctuation of the piece being split.
    private var trailing: [(Int, Int)] = []

    var count: Int { starts.count }

    init(_ text: String) {
        bytes = Array(text.utf8)
        tokenize()
    }

    func text(of index: Int) -> String {
        String(decoding: bytes[starts[index]..<ends[index]], as: UTF8.self)
    }

    func slice(of index: Int) -> ArraySlice<UInt8> { bytes[starts[index]..<ends[index]] }

    /// FNV-1a of each token's bytes: cheap to compute, checked against the bytes on use.
    func hashes() -> [UInt64] {
        var result = [UInt64](repeating: 0, count: count)
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<count {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in starts[index]..<ends[index] { hash = (hash ^ UInt64(buffer[k])) &* 0x0000_0100_0000_01B3 }
                result[index] = hash
            }
        }
        return result
    }

    /// The whitespace before a token, as written.
    func gap(before index: Int) -> String {
        String(decoding: bytes[gapStarts[index]..<starts[index]], as: UTF8.self)
    }

    /// The text from the start of token `first` to the end of token `last`, spacing kept.
    func span(_ first: Int, _ last: Int) -> String {
        String(decoding: bytes[starts[first]..<ends[last]], as: UTF8.self)
    }

    /// Length of the whitespace at `i` (0 when `bytes[i]` does not start whitespace).
    private func whitespaceLength(at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 } // no-break space
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
           bytes[i + 2] == 0xAF || (bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0x8A) { return 3 } // narrow/thin spaces
        return 0
    }

    private mutating func tokenize() {
        var i = 0
        let n = bytes.count
        var gapStart = 0
        while i < n {
            let w = whitespaceLength(at: i)
            if w > 0 { i += w; continue }
            var chunkEnd = i
            while chunkEnd < n, whitespaceLength(at: chunkEnd) == 0 { chunkEnd += 1 }
            let before = count
            splitChunk(i, chunkEnd)
            if count > before { gapStarts[before] = gapStart }
            // `§` followed by a number on the same line: one token (`§ 2`, `§ 1er`).
            if before > 0, count > before { _ = mergeSection(at: before) }
            i = chunkEnd
            gapStart = chunkEnd
        }
    }

    /// `§` then a token starting with a digit, separated by spaces only: merge them.
    private mutating func mergeSection(at first: Int) -> Bool {
        guard first >= 1, first < count else { return false }
        let previous = first - 1
        guard ends[previous] - starts[previous] == 2, bytes[starts[previous]] == 0xC2, bytes[starts[previous] + 1] == 0xA7,
              bytes[starts[first]] >= 0x30, bytes[starts[first]] <= 0x39 else { return false }
        for k in ends[previous]..<starts[first] where bytes[k] == 0x0A { return false }
        ends[previous] = ends[first]
        // The number's own trailing tokens stay; only the number joins the sign.
        starts.remove(at: first); ends.remove(at: first); gapStarts.remove(at: first)
        return true
    }

    private mutating func append(_ start: Int, _ end: Int) {
        guard end > start else { return }
        starts.append(start); ends.append(end); gapStarts.append(start)
    }

    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Length of a quotation mark at `i`: `«`, `»`, `"`, `“`, `”`, `„` (0 otherwise).
    private func quoteLength(at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b == 0x22 { return 1 }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return 2 }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D || bytes[i + 2] == 0x9E { return 3 }
        return 0
    }

    /// Splits a run without whitespace: quotation marks apart, then each piece.
    private mutating func splitChunk(_ start: Int, _ end: Int) {
        var pieceStart = start
        var i = start
        while i < end {
            let q = quoteLength(at: i, end: end)
            if q > 0 {
                splitPiece(pieceStart, i)
                append(i, i + q)
                i += q
                pieceStart = i
            } else {
                i += 1
            }
        }
        splitPiece(pieceStart, end)
    }

    /// A piece without whitespace or quotation marks: leading `(`/`[`, an elision, the
    /// word, then trailing punctuation one mark at a time.
    private mutating func splitPiece(_ start: Int, _ end: Int) {
        var s = start
        var e = end
        guard s < e else { return }
        // `(...)`, `(…)`, `...`: one token.
        let lead = bytes[s]
        if lead == 0x28 || lead == 0x2E || lead == 0xE2 {
            let piece = bytes[s..<e]
            if piece.elementsEqual("(...)".utf8) || piece.elementsEqual("(…)".utf8) || piece.elementsEqual("...".utf8) || piece.elementsEqual("…".utf8) {
                return append(s, e)
            }
        }
        var hasOpening = false
        while s < e, bytes[s] == 0x28 || bytes[s] == 0x5B { append(s, s + 1); s += 1; hasOpening = true }
        // Trailing punctuation, collected from the end (in a buffer kept from piece to piece).
        trailing.removeAll(keepingCapacity: true)
        while e > s {
            let b = bytes[e - 1]
            if b == 0x3B || b == 0x2C || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x5D {
                trailing.append((e - 1, e)); e -= 1
            } else if b == 0x2E {
                // `...` at the end stays one token.
                if e - s >= 3, bytes[e - 2] == 0x2E, bytes[e - 3] == 0x2E { trailing.append((e - 3, e)); e -= 3 } else { trailing.append((e - 1, e)); e -= 1 }
            } else if b == 0x29 {
                // `a)`, `ii)`, `a/1)`, `2°)`: a label keeps its parenthesis.
                if !hasOpening, isLabel(s, e - 1) { break }
                trailing.append((e - 1, e)); e -= 1
            } else {
                break
            }
        }
        // Elision: `l'`, `d'`, `qu'`, `jusqu'`, `n'`, `s'` (straight or curly apostrophe).
        var k = s
        while k < e, k - s <= 6 {
            let b = bytes[k]
            if b == 0x27 || (b == 0xE2 && k + 2 < e && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x99) {
                let length = b == 0x27 ? 1 : 3
                if k > s, k + length < e {
                    append(s, k + length)
                    s = k + length
                }
                break
            }
            if !(Self.isASCIILetterOrDigit(b) && b > 0x39) { break }
            k += 1
        }
        append(s, e)
        for (a, b) in trailing.reversed() { append(a, b) }
    }

    /// True for a point label before its `)`: 1 to 6 lower-case letters, digits or `/`.
    private func isLabel(_ s: Int, _ e: Int) -> Bool {
        guard e > s, e - s <= 6 else { return false }
        for k in s..<e {
            let b = bytes[k]
            if !((b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2F) { return false }
        }
        return true
    }
}
