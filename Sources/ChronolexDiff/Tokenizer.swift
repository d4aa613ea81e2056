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
    /// True when the first token stands for all the words before the stretch that was cut
    /// (``aroundChange(_:_:)``), the last one for all the words after it: words both texts
    /// share, never compared one by one.
    private(set) var wholePrefix = false
    private(set) var wholeSuffix = false

    var count: Int { starts.count }

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        tokenize(from: 0, to: bytes.count, gapStart: 0)
    }

    /// `bytes[start..<end]` cut into tokens; the words before (up to `prefixEnd`, 0 for
    /// none) one token, and the words from `end` on (when `end` is not the end) one token.
    private init(bytes: [UInt8], prefixEnd: Int, start: Int, end: Int) {
        self.bytes = bytes
        var gapStart = 0
        if prefixEnd > 0 {
            var first = 0
            while first < prefixEnd, whitespaceLength(at: first) > 0 { first += whitespaceLength(at: first) }
            append(first, prefixEnd)
            wholePrefix = true
            gapStart = prefixEnd
        }
        tokenize(from: start, to: end, gapStart: gapStart)
        if end < bytes.count {
            var last = bytes.count
            while last > end, whitespaceLength(endingAt: last) > 0 { last -= whitespaceLength(endingAt: last) }
            var gap = end
            while gap > 0, whitespaceLength(endingAt: gap) > 0 { gap -= whitespaceLength(endingAt: gap) }
            append(end, last)
            gapStarts[count - 1] = gap
            wholeSuffix = true
        }
    }

    /// Two texts that differ, cut into tokens only where they differ: the words both start
    /// with, up to a space, are one token, and so are the words both end with, from a
    /// space. `nil` when there is nothing to set aside, or when texts this long would
    /// give Myers another bound.
    ///
    /// The tokens in between are those of the whole texts (a token never spans a space,
    /// except `§ 2`, which is never cut), so that the comparison of the two stretches, set
    /// beside the shared words, is the comparison of the whole texts (``WordDiff``
    /// checks the one case where it is not: one stretch all shared words).
    static func aroundChange(_ x: [UInt8], _ y: [UInt8]) -> (TokenizedText, TokenizedText)? {
        guard x.count + y.count + 3 < 1 << 20 else { return nil }
        let shorter = min(x.count, y.count)
        var same = 0
        x.withUnsafeBufferPointer { a in
            y.withUnsafeBufferPointer { b in
                while same < shorter, a[same] == b[same] { same += 1 }
            }
        }
        let old = TokenizedText(uncut: x), new = TokenizedText(uncut: y)
        // The shared start: whole words and the space after them.
        var start = same
        while start > 0, old.whitespaceLength(endingAt: start) == 0 { start -= 1 }
        var prefixEnd = start
        while prefixEnd > 0, old.whitespaceLength(endingAt: prefixEnd) > 0 { prefixEnd -= old.whitespaceLength(endingAt: prefixEnd) }
        // A `§` at the end would join the number after it.
        if prefixEnd >= 2, x[prefixEnd - 2] == 0xC2, x[prefixEnd - 1] == 0xA7 { prefixEnd = 0 }
        if prefixEnd == 0 { start = 0 }
        // The shared end, not overlapping the start: from the first word after a space.
        var shared = 0
        let limit = shorter - start
        x.withUnsafeBufferPointer { a in
            y.withUnsafeBufferPointer { b in
                while shared < limit, a[a.count - 1 - shared] == b[b.count - 1 - shared] { shared += 1 }
            }
        }
        var end = x.count - shared
        while end < x.count, old.whitespaceLength(at: end) == 0 { end += 1 }
        let spaceBefore = end
        while end < x.count, old.whitespaceLength(at: end) > 0 { end += old.whitespaceLength(at: end) }
        if end == spaceBefore || end == x.count {
            end = x.count
        } else if x[end] >= 0x30, x[end] <= 0x39 {
            // A number after a `§` (in either text) joins it: nothing set aside at the end.
            let newEnd = end - x.count + y.count
            for (text, at) in [(old, end), (new, newEnd)] {
                var gap = at
                while gap > 0, text.whitespaceLength(endingAt: gap) > 0 { gap -= text.whitespaceLength(endingAt: gap) }
                if gap >= 2, text.bytes[gap - 2] == 0xC2, text.bytes[gap - 1] == 0xA7 { end = x.count }
            }
        }
        guard prefixEnd > 0 || end < x.count else { return nil }
        let newEnd = end == x.count ? y.count : end - x.count + y.count
        return (TokenizedText(bytes: x, prefixEnd: prefixEnd, start: start, end: end),
                TokenizedText(bytes: y, prefixEnd: prefixEnd, start: start, end: newEnd))
    }

    /// The bytes alone, not cut yet.
    private init(uncut bytes: [UInt8]) {
        self.bytes = bytes
    }

    func text(of index: Int) -> String {
        String(decoding: bytes[starts[index]..<ends[index]], as: UTF8.self)
    }

    func slice(of index: Int) -> ArraySlice<UInt8> { bytes[starts[index]..<ends[index]] }

    /// FNV-1a of each token's bytes: cheap to compute, checked against the bytes on use
    /// (0 for the shared words set aside, not compared).
    func hashes() -> [UInt64] {
        var result = [UInt64](repeating: 0, count: count)
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<count where !isShared(index) {
                result[index] = fnv1a(buffer, starts[index]..<ends[index])
            }
        }
        return result
    }

    /// True for a token that stands for the shared words before or after the stretch cut.
    func isShared(_ index: Int) -> Bool {
        (index == 0 && wholePrefix) || (index == count - 1 && wholeSuffix)
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
    /// Length of the whitespace character that ends at `i` (0 when there is none).
    private func whitespaceLength(endingAt i: Int) -> Int {
        guard i > 0 else { return 0 }
        let b = bytes[i - 1]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
        if b == 0xA0, i >= 2, bytes[i - 2] == 0xC2 { return 2 }
        if b == 0xAF || (b >= 0x80 && b <= 0x8A), i >= 3, bytes[i - 2] == 0x80, bytes[i - 3] == 0xE2 { return 3 }
        return 0
    }

    private func whitespaceLength(at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 } // no-break space
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
           bytes[i + 2] == 0xAF || (bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0x8A) { return 3 } // narrow/thin spaces
        return 0
    }

    /// Cuts `bytes[start..<end]`, the whitespace before the first token starting at `gapStart`.
    private mutating func tokenize(from start: Int, to end: Int, gapStart first: Int) {
        var i = start
        let n = end
        var gapStart = first
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

/// FNV-1a of `buffer[range]`: the hash by which tokens are numbered (checked against the
/// bytes on every hit).
func fnv1a(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in range { hash = (hash ^ UInt64(buffer[k])) &* 0x0000_0100_0000_01B3 }
    return hash
}
