/// A cursor over the bytes of one line (Ink's reader idea): each construct reads what it
/// recognises and advances; backtracking restores a saved copy. Only ASCII and a few
/// known UTF-8 sequences (§, °, «, », –, NBSP) are compared; everything else is copied.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
    }

    var isAtEnd: Bool { position >= end }
    var current: UInt8? { position < end ? bytes[position] : nil }

    /// The byte at an absolute position of the line, if inside it.
    func byte(at index: Int) -> UInt8? { index >= 0 && index < end ? bytes[index] : nil }

    func peek(_ offset: Int = 0) -> UInt8? {
        let i = position + offset
        return i < end ? bytes[i] : nil
    }

    /// Reads `text` (ASCII or UTF-8) if it comes next.
    mutating func read(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= end else { return false }
        let pointer = text.utf8Start
        for k in 0..<count where bytes[position + k] != pointer[k] { return false }
        position += count
        return true
    }

    /// Reads `word` ignoring ASCII case.
    mutating func readCaseInsensitive(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= end else { return false }
        let pointer = word.utf8Start
        for k in 0..<count where lowercase(bytes[position + k]) != lowercase(pointer[k]) { return false }
        position += count
        return true
    }

    private func lowercase(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    /// Skips spaces, tabs and non-breaking spaces; returns how many bytes were skipped.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = position
        while position < end {
            let b = bytes[position]
            if b == 0x20 || b == 0x09 { position += 1; continue }
            if b == 0xC2, position + 1 < end, bytes[position + 1] == 0xA0 { position += 2; continue }
            if b == 0xE2, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0xAF { position += 3; continue }
            break
        }
        return position - start
    }

    /// Reads a run of bytes that satisfy `predicate`.
    mutating func readWhile(_ predicate: (UInt8) -> Bool) -> Range<Int> {
        let start = position
        while position < end, predicate(bytes[position]) { position += 1 }
        return start..<position
    }

    /// True when only spaces remain.
    var restIsBlank: Bool {
        var copy = self
        copy.skipSpaces()
        return copy.isAtEnd
    }

    /// Reads a dash used as a separator: ` - `, ` – ` (en dash), ` — ` (em dash).
    mutating func readDash() -> Bool {
        read("-") || read("\u{2013}") || read("\u{2014}")
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= 48 && self <= 57 }
    var isASCIILower: Bool { self >= 97 && self <= 122 }
    var isASCIIUpper: Bool { self >= 65 && self <= 90 }
    var isASCIILetter: Bool { isASCIILower || isASCIIUpper }
}
