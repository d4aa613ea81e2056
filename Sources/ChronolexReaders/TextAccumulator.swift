import ChronolexModel
import Foundation

/// The words of one unit (alinéa or point) as they are read, line by line, with where
/// each line came from, so that each sentence gets its own source range.
struct TextAccumulator {
    private(set) var bytes: [UInt8] = []
    /// Where each appended line starts in `bytes`, and in the file (line, column, and the
    /// offset in the source's bytes of the words it was written from).
    private var segments: [(offset: Int, line: Int, column: Int, source: Int)] = []
    private(set) var lastLine = 0
    private(set) var lastColumnEnd = 1

    var isEmpty: Bool { bytes.isEmpty }

    /// How many lines the words were read from.
    var lineCount: Int { segments.count }

    /// Empties the words, keeping the room they took (for another unit's words).
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
        lastLine = 0
        lastColumnEnd = 1
    }

    /// The last byte of the words (trailing spaces are never kept).
    var lastByte: UInt8? { bytes.last }

    /// Appends one line's words, written by `write` straight into the buffer (no
    /// intermediate copy). Lines after the first are joined with `\n` (a quotation that
    /// spans several lines keeps its line breaks); trailing spaces are dropped, and an
    /// empty line leaves no trace.
    /// `source` is the offset of the words in the source's bytes, `column` its column.
    /// `joiner`: the byte between this line and the one before (a space for a line that
    /// continues the sentence of the one before, a soft line break in markdown).
    mutating func appendLine(line: Int, column: Int, source: Int, joiner: UInt8 = 0x0A, _ write: (inout [UInt8]) -> Void) {
        let separator = bytes.count
        if !bytes.isEmpty { bytes.append(joiner) }
        let start = bytes.count
        write(&bytes)
        while bytes.count > start, let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        if bytes.count == start {
            bytes.removeSubrange(separator..<start)
            return
        }
        segments.append((start, line, column, source))
        lastLine = line
        lastColumnEnd = column + bytes.count - start
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The end of the text in the file.
    var end: SourceLocation { SourceLocation(line: lastLine, column: lastColumnEnd) }

    /// The sentences, each with its range in the file, and `offsets` (in this buffer)
    /// mapped to offsets in the unit's text as the model keeps it (its sentences joined by
    /// one space).
    ///
    /// A sentence whose bytes stand unchanged in `source` (the bytes the lines were read
    /// from) points into them; the words of the others are copied once for the unit, one
    /// after the other (only theirs, and no more room than they take).
    ///
    /// - Complexity: O(n + s·log l) for n bytes, s sentences and l lines.
    func sentences(in source: SharedText, mapping offsets: [Int] = []) -> (sentences: [Sentence], offsets: [Int]) {
        let ranges = SentenceSplitter.sentenceRanges(inUTF8: bytes)
        let mapped = offsets.map { offset -> Int in
            var position = 0
            for (k, range) in ranges.enumerated() {
                if offset <= range.lowerBound { return position }
                if offset <= range.upperBound { return position + offset - range.lowerBound }
                position += range.count + (k < ranges.count - 1 ? 1 : 0)
            }
            return position
        }
        // Most units: every sentence stands as such in the source, made in one pass (no
        // array of offsets beside the sentences: one allocation less per unit).
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        for range in ranges {
            guard let offset = sourceOffset(of: range, in: source) else { break }
            sentences.append(Sentence(source, offset: offset, count: range.count,
                                      range: SourceRange(start: location(of: range.lowerBound), end: location(of: range.upperBound))))
        }
        if sentences.count == ranges.count { return (sentences, mapped) }
        let inSource = ranges.map { sourceOffset(of: $0, in: source) }
        // The words of the sentences that do not stand as such in the source, end to end.
        var changed: SharedText?
        if inSource.contains(nil) {
            let count = zip(ranges, inSource).reduce(0) { $0 + ($1.1 == nil ? $1.0.count : 0) }
            var words: [UInt8] = []
            words.reserveCapacity(count)
            for (range, offset) in zip(ranges, inSource) where offset == nil { words += bytes[range] }
            changed = SharedText(words)
        }
        var next = 0
        sentences = zip(ranges, inSource).map { range, offset in
            let location = SourceRange(start: location(of: range.lowerBound), end: location(of: range.upperBound))
            if let offset {
                return Sentence(source, offset: offset, count: range.count, range: location)
            }
            defer { next += range.count }
            return Sentence(changed!, offset: next, count: range.count, range: location)
        }
        return (sentences, mapped)
    }

    /// The last segment starting at or before the offset.
    private func segment(of offset: Int) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private func location(of offset: Int) -> SourceLocation {
        let segment = segments[segment(of: offset)]
        return SourceLocation(line: segment.line, column: segment.column + offset - segment.offset)
    }

    /// Where the bytes of `range` stand in `source` as they are here — inside the words of
    /// one line, at the same distance from their start —, or `nil` (the reader changed
    /// them, or they span lines).
    private func sourceOffset(of range: Range<Int>, in source: SharedText) -> Int? {
        let index = segment(of: range.lowerBound)
        let segment = segments[index]
        let lineEnd = index + 1 < segments.count ? segments[index + 1].offset - 1 : bytes.count
        guard range.upperBound <= lineEnd else { return nil }
        let start = segment.source + range.lowerBound - segment.offset
        guard start >= 0, start + range.count <= source.bytes.count else { return nil }
        guard !range.isEmpty else { return start }
        let same = bytes.withUnsafeBufferPointer { words in
            source.bytes.withUnsafeBufferPointer { file in
                memcmp(words.baseAddress! + range.lowerBound, file.baseAddress! + start, range.count) == 0
            }
        }
        return same ? start : nil
    }
}

/// Follows the quotations of a text across lines, and writes every quotation mark as
/// « or » (the house style): straight `"` and curly “ ” become « ». A straight quote
/// opens when no quotation is open, and closes one that is; a lone `"` at the end of a
/// line with nothing open is a stray closing mark (the seed's Art. 21), reported. A » or
/// ” closes whatever quotation is open, however it was opened.
struct QuoteTracker {
    private(set) var depth = 0
    private(set) var straightOpen = false
    /// Where the outermost open quotation started.
    private(set) var openedAt: (line: Int, column: Int)?

    var isOpen: Bool { depth > 0 || straightOpen }

    /// Forgets an open quotation (a reader that knows where it must have ended).
    mutating func abandon() {
        depth = 0
        straightOpen = false
        openedAt = nil
    }

    /// The line's bytes with quotation marks normalised; updates the state.
    ///
    /// - Complexity: O(n) in the line's length.
    /// `mapping`: source offsets (absolute, ascending) whose place in the output is wanted;
    /// returns them as offsets in `out`.
    @discardableResult
    mutating func process(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int, lineStart: Int,
                          file: String, diagnostics: inout [Diagnostic], into out: inout [UInt8], mapping: [Int] = [],
                          skipping skip: Int = -1) -> [Int] {
        // Most lines have no quotation mark: their bytes are copied as they are.
        if mapping.isEmpty, !(start..<end).contains(skip), !Self.hasQuotationMark(bytes, from: start, to: end) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return []
        }
        var mapped: [Int] = []
        mapped.reserveCapacity(mapping.count)
        var nextMapping = 0
        func mapUpTo(_ position: Int) {
            while nextMapping < mapping.count, mapping[nextMapping] <= position {
                mapped.append(out.count)
                nextMapping += 1
            }
        }
        // Straight quotes cannot say which way they face, so the line decides: quotes that
        // pair up inside a line are inner quotations (`1. " Fedris " : …`); an odd one
        // opens the outer quotation (first quote, no quotation open), closes it (last quote,
        // one open), or is a stray closing mark (last quote, at the end of the line).
        var straightCount = 0
        var firstStraight = -1
        var secondStraight = -1
        var lastStraight = -1
        let hasStraight = start < end && memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "\"")), end - start) != nil
        // Two apostrophes after words, on a line with a straight quote, are a straight
        // quote mistyped (`… à l'étranger.'';`): read as one, with a warning.
        func isDoubleApostrophe(_ i: Int) -> Bool {
            hasStraight && bytes[i] == 0x27 && i + 1 < end && bytes[i + 1] == 0x27 && i > start
                && (i + 2 == end || !(bytes[i + 2] >= 0x41 && bytes[i + 2] <= 0x7A || bytes[i + 2] >= 0x80))
        }
        // (Without a straight quote on the line there is nothing to count.)
        var scan = hasStraight ? start : end
        while scan < end {
            if bytes[scan] == UInt8(ascii: "\"") || isDoubleApostrophe(scan) {
                if firstStraight < 0 { firstStraight = scan } else if secondStraight < 0 { secondStraight = scan }
                straightCount += 1
                lastStraight = scan
                if bytes[scan] == 0x27 { scan += 1 }
            }
            scan += 1
        }
        let odd = straightCount % 2 == 1
        let outerOpenAtStart = straightOpen
        // "… est remplacée par l'énumération suivante : "" at the end of its line (2020040068):
        // after a colon, the last quote opens the new text on the lines below; those before
        // it pair up.
        // "… sont remplacés par les mots " :" (2021030266, art. 3, 8°): right after « les
        // mots », a quote opens the new words, which go on below.
        let opensOuterLast = !outerOpenAtStart && odd && depth == 0 && straightCount >= 3 && lastStraight > start
            && (colonBefore(bytes, lastStraight, start: start) && onlySpaces(bytes, after: lastStraight, end: end)
                || motsBefore(bytes, lastStraight, start: start) && onlyClosingPunctuation(bytes, after: lastStraight, end: end))
        let strayLast = !outerOpenAtStart && odd && depth == 0 && lastStraight > start && firstStraight > start
            && onlyClosingPunctuation(bytes, after: lastStraight, end: end) && !opensOuterLast
        // A line that is a whole new text (`" Art. 3. … au pôle " Aménagement " et … ".`):
        // its first quote opens it, its last closes it, those between pair up inside.
        // The same after an announcement, when pairing the quotes in order would leave a
        // point's label alone as the new text (« … comme suit : " 15° " un masque … " : un
        // masque … ". », 2021030266, art. 1, 2°): the label begins the new text, and the
        // quotes inside pair up around its defined term.
        let wholeLine = !outerOpenAtStart && !odd && depth == 0 && straightCount >= 4
            && onlyClosingPunctuation(bytes, after: lastStraight, end: end)
            && (firstStraight >= lineStart && !bytes[lineStart..<firstStraight].contains(where: { $0 != 0x20 && $0 != 0x09 })
                || colonBefore(bytes, firstStraight, start: start) && Self.isBareLabel(bytes, from: firstStraight + 1, to: secondStraight))
        // `les mots "24bis … en remplaçant les mots "à laquelle …" par les mots "…", 31 …" sont
        // insérés` (2022040073, art. 19, 3°): quotations inside a quotation, which pairing the
        // quotes in order turns inside out. When every quote of the line faces one way
        // (a space before and a word after, or a word before and a space or a punctuation
        // mark after), that way decides, nesting included.
        let nested = !outerOpenAtStart && depth == 0 && !odd && straightCount >= 4
            ? Self.nestedDirections(bytes, from: start, to: end, lineStart: lineStart, count: straightCount) : nil
        // A table row that ends a quotation printed in two languages side by side: the
        // closing mark once in each language's columns (`| … F- § 19";  | .. | … | … F- § 19"; |`,
        // 2023040057, art. 1, 1°, b): the marks are one, and the quotation ends with the row,
        // which belongs to it whole. Each mark and the punctuation after it leave their cell;
        // the closing mark and that punctuation follow the row's last `|`.
        if outerOpenAtStart, depth == 0, straightCount >= 2,
           let twins = Self.closingTwins(bytes, from: start, to: end, lineStart: lineStart, count: straightCount) {
            return closeWithRow(bytes, from: start, to: end, twins: twins, line: line, lineStart: lineStart, file: file,
                                diagnostics: &diagnostics, into: &out, mapping: mapping)
        }
        // The same row with nothing open (2022040037, art. 1, 1°: the prestation's label quoted
        // and closed on its line, its table after it, and the quotation's closing mark at the
        // table's foot in each language's columns): marks that close nothing, and no pair of
        // them opens an inner quotation. They and their punctuation leave their cells.
        if !outerOpenAtStart, depth == 0, straightCount >= 2,
           let twins = Self.closingTwins(bytes, from: start, to: end, lineStart: lineStart, count: straightCount) {
            diagnostics.append(.warning("closing quotation marks that open nothing, once in each of this table row's cells that end the quotation (\(twins.count) marks): left out, with their punctuation", file: file, line: line, column: twins[0].lowerBound - lineStart + 1))
            return dropTwins(bytes, from: start, to: end, twins: twins, into: &out, mapping: mapping)
        }
        let opensOuterFirst = !outerOpenAtStart && odd && !strayLast && !opensOuterLast || wholeLine
        let closesOuterLast = outerOpenAtStart && odd || wholeLine
        var k = 0
        var innerOpen = false
        let opening: [UInt8] = [0xC2, 0xAB]
        let closing: [UInt8] = [0xC2, 0xBB]
        var i = start
        while i < end {
            mapUpTo(i)
            // A markdown escape (`1\. …`): the backslash is not a word.
            if i == skip {
                i += 1
                continue
            }
            // Copy the run of bytes that cannot start a quotation mark in one piece: up to a
            // `"`, a lead byte of « » “ ” (C2, E2), the escape skipped, or two apostrophes
            // read as a quote.
            let limit = skip >= i && skip < end ? skip : end
            var runEnd = Self.firstMarkByte(bytes, from: i, to: limit, apostrophes: hasStraight)
            while runEnd < limit, bytes[runEnd] == 0x27, !isDoubleApostrophe(runEnd) {
                runEnd = Self.firstMarkByte(bytes, from: runEnd + 1, to: limit, apostrophes: hasStraight)
            }
            if nextMapping < mapping.count, mapping[nextMapping] < runEnd {
                // A wanted offset inside the run: copy up to it first.
                runEnd = max(i + 1, mapping[nextMapping])
            }
            if runEnd > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<runEnd]))
                i = runEnd
                continue
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\""), depth > 0, !straightOpen, !innerOpen {
                // Inside « », a straight quote is a character of the quoted text.
                out.append(b)
                i += 1
                k += 1
                continue
            }
            let apostrophes = b == 0x27 && isDoubleApostrophe(i)
            if apostrophes {
                diagnostics.append(.warning("two apostrophes ('') read as a quotation mark", file: file, line: line, column: i - lineStart + 1))
                i += 1
            }
            if b == UInt8(ascii: "\""), let nested {
                out += nested[k] ? opening : closing
                k += 1
                i += 1
                continue
            }
            if b == UInt8(ascii: "\"") || apostrophes {
                if k == 0, opensOuterFirst {
                    if !isOpen { openedAt = (line, i - lineStart + 1) }
                    straightOpen = true
                    out += opening
                } else if k == straightCount - 1, closesOuterLast {
                    straightOpen = false
                    out += closing
                    if depth == 0 { openedAt = nil }
                } else if k == straightCount - 1, opensOuterLast {
                    if !isOpen { openedAt = (line, i - lineStart + 1) }
                    straightOpen = true
                    out += opening
                } else if k == straightCount - 1, strayLast {
                    diagnostics.append(.warning("closing quotation mark with no opening one; read as the end of a quotation", file: file, line: line, column: i - lineStart + 1))
                    out += closing
                } else if !innerOpen, k == straightCount - 1 {
                    // An inner quotation would open here and close nowhere on the line (a
                    // `"` before it was a character inside « »): kept as written.
                    diagnostics.append(.warning("straight quotation mark with no partner on its line: kept as written", file: file, line: line, column: i - lineStart + 1))
                    out.append(b)
                } else {
                    out += innerOpen ? closing : opening
                    innerOpen.toggle()
                }
                k += 1
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xAB {
                if !isOpen { openedAt = (line, i - lineStart + 1) }
                depth += 1
                out += opening
                i += 2
                continue
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xBB {
                closeTypographic("»", line: line, column: i - lineStart + 1, file: file, diagnostics: &diagnostics)
                out += closing
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                if bytes[i + 2] == 0x9C {
                    if !isOpen { openedAt = (line, i - lineStart + 1) }
                    depth += 1
                    out += opening
                } else {
                    closeTypographic("”", line: line, column: i - lineStart + 1, file: file, diagnostics: &diagnostics)
                    out += closing
                }
                i += 3
                continue
            }
            out.append(b)
            i += 1
        }
        mapUpTo(Int.max)
        return mapped
    }

    /// The way each straight quote of a line faces (`true`: opens), when every one faces one
    /// way by the bytes beside it, they nest without a closing quote too many or too few,
    /// and at least one quotation stands inside another; `nil` otherwise (the quotes are then
    /// paired in order). Only `"` counts: a line with two apostrophes for a quote is left to
    /// the pairing in order.
    ///
    /// - Complexity: O(n) in the line's length.
    static func nestedDirections(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lineStart: Int, count: Int) -> [Bool]? {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        func isClosingPunctuation(_ b: UInt8) -> Bool {
            b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: ")")
        }
        var directions: [Bool] = []
        directions.reserveCapacity(count)
        var depth = 0
        var deepest = 0
        for i in start..<end where bytes[i] == UInt8(ascii: "\"") {
            let before: UInt8 = i > lineStart ? bytes[i - 1] : 0x20
            let after: UInt8 = i + 1 < end ? bytes[i + 1] : 0x20
            let opens = (isSpace(before) || before == UInt8(ascii: "(")) && !isSpace(after) && after != UInt8(ascii: "\"") && !isClosingPunctuation(after)
            let closes = !isSpace(before) && before != UInt8(ascii: "(") && (isSpace(after) || isClosingPunctuation(after))
            guard opens != closes else { return nil }
            depth += opens ? 1 : -1
            guard depth >= 0 else { return nil }
            deepest = max(deepest, depth)
            directions.append(opens)
        }
        guard directions.count == count, depth == 0, deepest >= 2 else { return nil }
        return directions
    }

    /// The ranges (mark and the punctuation after it) of the straight quotes of a table row
    /// when each closes its cell and the instruction — a word before it; after it `;` or `.`,
    /// then spaces and the cell's `|` — and the line is a row (`|` first, `|` last); `nil`
    /// otherwise.
    ///
    /// - Complexity: O(n) in the line's length.
    static func closingTwins(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lineStart: Int, count: Int) -> [Range<Int>]? {
        var first = start
        while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        var last = end
        while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        guard first < last, bytes[first] == UInt8(ascii: "|"), bytes[last - 1] == UInt8(ascii: "|") else { return nil }
        var twins: [Range<Int>] = []
        twins.reserveCapacity(count)
        for i in first..<last where bytes[i] == UInt8(ascii: "\"") {
            let before = bytes[i - 1]
            guard before != 0x20, before != 0x09, before != UInt8(ascii: "|") else { return nil }
            var j = i + 1
            while j < last, bytes[j] == UInt8(ascii: ";") || bytes[j] == UInt8(ascii: ".") { j += 1 }
            // The instruction's own end after the mark (`";`, `".`): a quote alone at a cell's
            // end may be a sign of its words (`| 2" |`, inches).
            guard j > i + 1 else { return nil }
            let markEnd = j
            while j < last, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            guard j < last, bytes[j] == UInt8(ascii: "|") else { return nil }
            // The same words end each cell (`F- § 19"` in both languages): the word before
            // the mark, and the punctuation after it.
            if let first = twins.first, !sameWordBefore(bytes, first, i..<markEnd) { return nil }
            twins.append(i..<markEnd)
        }
        // (Two apostrophes read as a quote count in `count`, not here: such a line is no twin.)
        return twins.count == count ? twins : nil
    }

    /// True when the word before each mark (back to a space or `|`) and the punctuation
    /// after it are the same bytes.
    private static func sameWordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        func word(_ mark: Range<Int>) -> Range<Int> {
            var k = mark.lowerBound
            while k > 0, bytes[k - 1] != 0x20, bytes[k - 1] != 0x09, bytes[k - 1] != UInt8(ascii: "|") { k -= 1 }
            return k..<mark.upperBound
        }
        let one = word(a)
        let two = word(b)
        return one.count == two.count && bytes[one].elementsEqual(bytes[two])
    }

    /// Writes a row that closes the open quotation (`closingTwins`): the row without its
    /// marks, then `»` and the first mark's punctuation after the last `|`. The quotation is
    /// closed.
    private mutating func closeWithRow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, twins: [Range<Int>],
                                       line: Int, lineStart: Int, file: String, diagnostics: inout [Diagnostic],
                                       into out: inout [UInt8], mapping: [Int]) -> [Int] {
        straightOpen = false
        openedAt = nil
        if twins.count > 1 {
            diagnostics.append(.warning("the quotation closes in this table row once in each language's columns (\(twins.count) marks): read as one mark, the row the quotation's last", file: file, line: line, column: twins[0].lowerBound - lineStart + 1))
        }
        return dropTwins(bytes, from: start, to: end, twins: twins, closing: true, into: &out, mapping: mapping)
    }

    /// Writes a row without the marks `twins` (and their punctuation); with `closing`, a `»`
    /// and the first mark's punctuation after its last `|`.
    private func dropTwins(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, twins: [Range<Int>], closing: Bool = false,
                           into out: inout [UInt8], mapping: [Int]) -> [Int] {
        var mapped: [Int] = []
        mapped.reserveCapacity(mapping.count)
        var nextMapping = 0
        func copy(_ range: Range<Int>) {
            for i in range {
                while nextMapping < mapping.count, mapping[nextMapping] <= i {
                    mapped.append(out.count)
                    nextMapping += 1
                }
                out.append(bytes[i])
            }
        }
        var rowEnd = end
        while rowEnd > start, bytes[rowEnd - 1] == 0x20 || bytes[rowEnd - 1] == 0x09 || bytes[rowEnd - 1] == 0x0D { rowEnd -= 1 }
        var i = start
        for twin in twins {
            copy(i..<twin.lowerBound)
            while nextMapping < mapping.count, mapping[nextMapping] < twin.upperBound {
                mapped.append(out.count)
                nextMapping += 1
            }
            i = twin.upperBound
        }
        copy(i..<rowEnd)
        if closing {
            out += [0xC2, 0xBB]
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(twins[0].lowerBound + 1)..<twins[0].upperBound]))
        }
        copy(rowEnd..<end)
        while nextMapping < mapping.count {
            mapped.append(out.count)
            nextMapping += 1
        }
        return mapped
    }

    /// The first offset from `start` up to `end` of a byte that may begin a quotation mark
    /// (`"`, and C2 or E2, which lead « » “ ” and other characters), or of an apostrophe when
    /// `apostrophes` (two may stand for a quote); `end` when there is none. Eight bytes at a
    /// time (``ByteWord``): a line with a quotation is mostly words, and testing each byte
    /// for these cost 12 instructions a byte of the bench's amending act, a ninth of reading
    /// it. (The tests of a word are written here, not called from ``ByteWord``: across
    /// modules, they stayed calls, one for each byte searched for in each word.)
    static func firstMarkByte(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, apostrophes: Bool) -> Int {
        var k = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while k + 8 <= end {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                // The high bit of each byte equal to `byte` (as ``ByteWord/matches(_:in:)``).
                func matches(_ byte: UInt8) -> UInt64 {
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let differences = word ^ (ones &* UInt64(byte))
                    return (differences &- ones) & ~differences & (ones << 7)
                }
                var found = matches(UInt8(ascii: "\"")) | matches(0xC2) | matches(0xE2)
                if apostrophes { found |= matches(0x27) }
                // The lowest high bit set is the first byte that matches (the bytes load
                // little-endian; bits set after a match may be false, never before).
                if found != 0 { return k + found.trailingZeroBitCount / 8 }
                k += 8
            }
        }
        while k < end {
            let c = bytes[k]
            if c == UInt8(ascii: "\"") || c == 0xC2 || c == 0xE2 || (apostrophes && c == 0x27) { return k }
            k += 1
        }
        return end
    }

    /// True when the bytes hold a quotation mark this tracker reads: `"`, «, », “ or ”.
    static func hasQuotationMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        // Three searches with `memchr` (vector instructions, a call per line): a word of
        // eight bytes tested for the three bytes at once cost four instructions a byte, on
        // every line of an act.
        guard start < end, let base = bytes.baseAddress else { return false }
        if memchr(base + start, Int32(UInt8(ascii: "\"")), end - start) != nil { return true }
        // « and » (C2 AB, C2 BB): 0xC2 also leads a no-break space (C2 A0).
        var i = start
        while i < end, let found = memchr(base + i, 0xC2, end - i) {
            let k = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
            if k + 1 < end, bytes[k + 1] == 0xAB || bytes[k + 1] == 0xBB { return true }
            i = k + 1
        }
        // “ and ” (E2 80 9C, E2 80 9D): 0xE2 also leads ’ and dashes.
        i = start
        while i < end, let found = memchr(base + i, 0xE2, end - i) {
            let k = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
            if k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9C || bytes[k + 2] == 0x9D { return true }
            i = k + 1
        }
        return false
    }

    /// A closing » or ”: closes the innermost « or “, else a quotation opened with a
    /// straight quote (`"produit»`: the writer mixed the marks, and the » is written as
    /// such, so it must close here as it will when read again), else it closes nothing.
    private mutating func closeTypographic(_ mark: String, line: Int, column: Int, file: String, diagnostics: inout [Diagnostic]) {
        if depth > 0 {
            depth -= 1
        } else if straightOpen {
            straightOpen = false
        } else {
            diagnostics.append(.warning("closing quotation mark \(mark) with no opening one", file: file, line: line, column: column))
            return
        }
        if !isOpen { openedAt = nil }
    }

    /// True when a colon stands before `i`, spaces between.
    private func colonBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, start: Int) -> Bool {
        var j = i - 1
        while j >= start, bytes[j] == 0x20 { j -= 1 }
        return j >= start && bytes[j] == UInt8(ascii: ":")
    }

    /// True when the word before `i` is « mots » or « mot » ("… par les mots "").
    private func motsBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, start: Int) -> Bool {
        var j = i - 1
        while j >= start, bytes[j] == 0x20 { j -= 1 }
        let end = j + 1
        while j >= start, bytes[j] != 0x20 { j -= 1 }
        let word = bytes[(j + 1)..<end]
        return word.elementsEqual("mots".utf8) || word.elementsEqual("mot".utf8)
    }

    /// True when only spaces stand after `i` on the line.
    private func onlySpaces(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        return j == end
    }

    /// True when the bytes, spaces aside, are a point's label alone: `15°`, `3°bis`, `b)`, `4.`.
    static func isBareLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        var j = end
        while i < j, bytes[i] == 0x20 { i += 1 }
        while j > i, bytes[j - 1] == 0x20 { j -= 1 }
        guard i < j, j - i <= 10 else { return false }
        let label = bytes[i..<j]
        let digits = label.prefix { $0 >= 0x30 && $0 <= 0x39 }
        if !digits.isEmpty {
            let rest = label.dropFirst(digits.count)
            // `°` is C2 B0 in UTF-8; a Latin suffix may follow (`3°bis`).
            if rest.starts(with: [0xC2, 0xB0]) { return rest.dropFirst(2).allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
            return rest.elementsEqual([UInt8(ascii: ".")])
        }
        return label.count == 2 && label.first! >= 0x61 && label.first! <= 0x7A && label.last == UInt8(ascii: ")")
    }

    private func onlyClosingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end {
            let b = bytes[j]
            if b == 0x20 || b == UInt8(ascii: ";") || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ")") || b == UInt8(ascii: ":") {
                j += 1
                continue
            }
            return false
        }
        return true
    }
}
