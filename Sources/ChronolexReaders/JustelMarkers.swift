import ChronolexModel

/// Justel's markers in the text of a consolidation: `[1 ` opens the words written by the
/// amendment of footnote 1, `]1` closes them. They are taken out of the words (the text of
/// the act is the clean text), and where they stood is kept as events, so that each unit
/// can record which of its words which amendment wrote.
///
/// Real texts carry malformed markers (`[3] … ]3`, `[1[`, a `]` without its number, an
/// opening never closed): each is read as the marker it most likely is, with a warning that
/// says so — never dropped silently, never left as words of the law.
enum JustelMarkers {
    struct Event {
        /// Offset in the cleaned line (from its first byte).
        var offset: Int
        var opens: Bool
        /// The footnote number; `nil` for a `]` without one (closes the innermost open).
        var number: Int?
    }

    /// Takes the markers out of `words[start...]` in place; returns them in order, and
    /// warnings for the malformed ones (with their column in the line, from `column`).
    ///
    /// - Complexity: O(n) in the length of the words.
    ///
    /// `open` holds the numbers of the markers still open, from line to line: a closing
    /// marker glued to digits of the text (`[1 ]110. La personne`) closes the open marker
    /// its longest prefix names (`]1`, then `10.`).
    static func strip(_ words: inout [UInt8], from start: Int, line: Int, column: Int, file: String,
                      open: inout [Int], diagnostics: inout [Diagnostic]) -> [Event] {
        var events: [Event] = []
        var out = start
        var i = start
        var lastWritten = -1
        var closedJustBefore = false
        func isWordByte(_ b: UInt8) -> Bool { b.isASCIILetter || b.isASCIIDigit || b >= 0x80 }
        /// The first byte from `index` that is not part of an opening marker (`[2 `).
        func firstWordByte(after index: Int) -> UInt8? {
            var k = index
            while k + 1 < n, words[k] == UInt8(ascii: "["), words[k + 1].isASCIIDigit {
                var m = k + 1
                while m < n, words[m].isASCIIDigit { m += 1 }
                guard m < n, words[m] == 0x20 || words[m] == UInt8(ascii: "[") else { break }
                k = words[m] == 0x20 ? m + 1 : m
            }
            return k < n ? words[k] : nil
        }
        let n = words.count
        func warn(_ message: String, at index: Int) {
            diagnostics.append(.warning(message, file: file, line: line, column: column + index - start))
        }
        // Justel's notation before numbered markers: `[euros]`, brackets without a number
        // around the words an old act wrote (its reference follows in `<L …>`). They are
        // markup, not words: both brackets go, and a `]` without number closes them first.
        var unnumberedOpen: [Int] = []
        while i < n {
            let b = words[i]
            if b == UInt8(ascii: "["), i + 1 >= n || !words[i + 1].isASCIIDigit {
                unnumberedOpen.append(i)
                i += 1
                continue
            }
            if b == UInt8(ascii: "]"), !unnumberedOpen.isEmpty, i + 1 >= n || !words[i + 1].isASCIIDigit {
                unnumberedOpen.removeLast()
                i += 1
                continue
            }
            if b == UInt8(ascii: "["), i + 1 < n, words[i + 1].isASCIIDigit {
                var j = i + 1
                var number = 0
                while j < n, words[j].isASCIIDigit, j - i < 4 {
                    number = number * 10 + Int(words[j] - 48)
                    j += 1
                }
                if j == n || words[j] == 0x20 {
                    // `[1 ` — the usual opening (its space is part of the marker). Right after a
                    // closing between two words (`travail]2[1 ou`), the words keep their space.
                    if closedJustBefore, out > start, isWordByte(words[out - 1]), let next = firstWordByte(after: j + 1), isWordByte(next) {
                        warn("Justel markers join two words ('…]\(events.last?.number.map(String.init) ?? "")[\(number) …'); a space is kept between them", at: i)
                        words[out] = 0x20
                        out += 1
                    }
                    events.append(Event(offset: out, opens: true, number: number))
                    open.append(number)
                    i = j < n ? j + 1 : j
                    // `centre [1  et` — spaces after the marker's own, where the words already
                    // have theirs (or nothing yet), are Justel's, not the text's: one space only.
                    if out == start || words[out - 1] == 0x20 {
                        while i < n, words[i] == 0x20 { i += 1 }
                    }
                    continue
                }
                if words[j].isASCIIUpper || words[j] >= 0xC3 || words[j] == UInt8(ascii: "("), number < 100 {
                    // `[1Délégation`, `[1(en milliers d'euros)`: the opening's space left out
                    // before a capital or a parenthesis.
                    warn("Justel marker '[\(number)' written without its space: read as the opening '[\(number) '", at: i)
                    events.append(Event(offset: out, opens: true, number: number))
                    open.append(number)
                    i = j
                    continue
                }
                if words[j] == UInt8(ascii: "]") || words[j] == UInt8(ascii: "[") {
                    // `[3]` or `[1[4 `: an opening written wrong (in `[1[4 `, the `[` opens the next one).
                    warn("malformed Justel marker '[\(number)\(Character(UnicodeScalar(words[j])))' read as the opening '[\(number) '", at: i)
                    events.append(Event(offset: out, opens: true, number: number))
                    open.append(number)
                    i = words[j] == UInt8(ascii: "[") ? j : j + 1
                    if i < n, words[i] == 0x20 { i += 1 }
                    continue
                }
            }
            if b == UInt8(ascii: "]") {
                var j = i + 1
                var number = 0
                while j < n, words[j].isASCIIDigit, j - i < 4 {
                    number = number * 10 + Int(words[j] - 48)
                    j += 1
                }
                // The longest run of digits that names an open marker (`]110` with [1 open).
                var prefix = number
                var prefixEnd = j
                while prefixEnd > i + 2, !open.contains(prefix) {
                    prefix /= 10
                    prefixEnd -= 1
                }
                if open.contains(prefix) {
                    number = prefix
                    j = prefixEnd
                }
                if j > i + 1 {
                    if let k = open.lastIndex(of: number) { open.remove(at: k) }
                } else if !open.isEmpty {
                    open.removeLast()
                }
                events.append(Event(offset: out, opens: false, number: j > i + 1 ? number : nil))
                closedJustBefore = true
                // A space written just before the marker belongs to it (`texte ]1` → `texte`);
                // not the space of an opening (`[3 ]3`), which the opening took, nor one
                // that a word right after the marker needs (`particuliers ]3qui`).
                if out > start, words[out - 1] == 0x20, lastWritten == i - 1, j > i + 1, j == n || !isWordByte(words[j]) {
                    out -= 1
                    events[events.count - 1].offset = out
                }
                i = j
                continue
            }
            words[out] = b
            lastWritten = i
            closedJustBefore = false
            out += 1
            i += 1
        }
        for opening in unnumberedOpen {
            warn("Justel bracket '[' without a number is not closed on its line: dropped as a marker", at: opening)
        }
        words.removeSubrange(out..<n)
        return events
    }

    /// The text without its markers, line by line (line numbers unchanged), and the markers
    /// of each line as events at offsets of the cleaned line. Only the lines of `body` are
    /// cleaned (front matter stays as it is).
    static func clean(_ source: SourceText, body: Slice<SourceText.Lines>,
                      diagnostics: inout [Diagnostic]) -> (text: SourceText, events: [Int: [Event]]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.bytes.count)
        var events: [Int: [Event]] = [:]
        let first = body.first?.number ?? Int.max
        var open: [Int] = []
        for line in source.lines {
            // A line without brackets has no marker: its bytes as they are.
            if line.number < first || !source.bytes[line.start..<line.end].contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) {
                bytes += source.bytes[line.start..<line.end]
                bytes.append(0x0A)
                continue
            }
            var words = Array(source.bytes[line.start..<line.end])
            if line.number >= first {
                let found = strip(&words, from: 0, line: line.number, column: 1, file: source.file, open: &open, diagnostics: &diagnostics)
                if !found.isEmpty { events[line.number] = found }
            }
            bytes += words
            bytes.append(0x0A)
        }
        guard case .success(let text) = SourceText.decode(bytes, file: source.file) else { return (source, [:]) }
        return (text, events)
    }

    /// `` `(1)<AR 2024-03-06/04, art. 3, 005; En vigueur : 25-04-2024>` `` as a footnote.
    static func footnote(_ text: String, range: SourceRange) -> JustelFootnote? {
        let body = Substring(text.trimmingSpaces)
        guard body.hasPrefix("`"), body.hasSuffix("`"), body.count > 2 else { return nil }
        let inner = body.dropFirst().dropLast()
        // `Abrogé par ACG 2023-12-14/64, art. 109, 008; En vigueur : 01-01-2024`: the note of
        // an article Justel shows repealed by its note alone (no number: footnote 0).
        if JustelFootnote.isRepealNote(String(inner)) {
            return JustelFootnote(number: 0, text: String(inner), range: range)
        }
        // `<L 2005-07-20/41, art. 22, 051; …>`: Justel's old inline note after an article's
        // heading, as Chronolex's markdown writes it under the article (footnote 0).
        if inner.count > 2, inner.hasPrefix("<"), inner.hasSuffix(">") {
            return JustelFootnote(number: 0, text: String(inner.dropFirst().dropLast()), range: range)
        }
        return plainFootnote(String(inner), range: range)
    }

    /// `(1)<AR 2024-03-06/04, art. 3, 005; En vigueur : 25-04-2024>` — a footnote as
    /// plain eJustice text and Justel pages write it. Words after the closing `>` (an old
    /// `(NOTE : …)`) stay in the footnote's text.
    static func plainFootnote(_ text: String, range: SourceRange) -> JustelFootnote? {
        let body = Substring(text.trimmingSpaces)
        guard body.hasPrefix("(") else { return nil }
        let digits = body.dropFirst().prefix { $0.isASCIIDigit }
        // Justel numbers its footnotes from 1 (0 is the bare note of repeal, `Abrogé par …`).
        guard let number = Int(digits), number > 0, body.dropFirst(1 + digits.count).hasPrefix(")") else { return nil }
        var note = body.dropFirst(2 + digits.count)
        guard note.hasPrefix("<") else { return nil }
        if note.hasSuffix(">") { note = note.dropFirst().dropLast() }
        return JustelFootnote(number: number, text: String(note), range: range)
    }

    /// `| (1)<DCG 2023-06-19/10, art. 1, 002; En vigueur : 01-01-2023> | .. |`: a footnote
    /// Justel writes as the last row of a table — the note in the first cell, the others
    /// empty or `..`. `nil` for any other row.
    static func tableRowFootnote(_ text: String, range: SourceRange) -> JustelFootnote? {
        let row = text.trimmingSpaces
        guard row.hasPrefix("|"), row.hasSuffix("|"), row.count > 2 else { return nil }
        let cells = row.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard let first = cells.first, first.hasSuffix(">"),
              cells.dropFirst().allSatisfy({ $0.isEmpty || $0 == ".." }) else { return nil }
        return plainFootnote(first, range: range)
    }

    /// True for the line of dashes (`----------`) that Justel writes between an article
    /// and its footnotes in plain text.
    static func isFootnoteSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var last = end
        while last > start, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
        return last - start >= 5 && bytes[start..<last].allSatisfy { $0 == UInt8(ascii: "-") }
    }

    /// True when the file is a Justel consolidation: it has footnote lines, `` `(1)<…>` ``
    /// whole in markdown, or `(1)<…>` right after a `----------` line in plain text (a line
    /// that only starts like one is text, and Chronolex may write markers around it: it
    /// must not decide how the file is read).
    static func isConsolidation(_ source: SourceText, _ lines: Slice<SourceText.Lines>) -> Bool {
        let bytes = source.bytes
        var afterSeparator = false
        return bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                var start = line.start
                while start < line.end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
                if start == line.end { continue }
                if afterSeparator, line.end - start > 4, buffer[start] == UInt8(ascii: "("), buffer[start + 1].isASCIIDigit,
                   buffer[start..<line.end].contains(UInt8(ascii: "<")) {
                    return true
                }
                afterSeparator = isFootnoteSeparator(buffer, from: start, to: line.end)
                // `| (1)<DCG …> | .. |`: a footnote as the last row of a table.
                if line.end - start > 6, buffer[start] == UInt8(ascii: "|"), buffer[start + 1] == 0x20, buffer[start + 2] == UInt8(ascii: "("),
                   buffer[start + 3].isASCIIDigit,
                   tableRowFootnote(String(decoding: buffer[start..<line.end], as: UTF8.self), range: SourceRange(start: SourceLocation(line: 1), end: SourceLocation(line: 1))) != nil {
                    return true
                }
                guard line.end - line.start > 4, buffer[line.start] == UInt8(ascii: "`"), buffer[line.start + 1] == UInt8(ascii: "("),
                      buffer[line.start + 2].isASCIIDigit else { continue }
                var end = line.end
                while end > line.start + 3, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
                if buffer[end - 1] == UInt8(ascii: "`") { return true }
            }
            return false
        }
    }
}
