import ChronolexModel
import Foundation

/// The limits every reader enforces, so that hostile input gets a clear error instead of
/// exhausting memory or time. Documented in the README.
public enum ReaderLimits {
    /// The largest file read: 256 MiB.
    public static let maximumInputBytes = 256 * 1024 * 1024
}

/// An input file checked and cut into lines: valid UTF-8, no NUL byte, no byte-order mark,
/// line ends LF, CRLF or CR. Lines are byte ranges over one buffer, found as they are walked
/// (no table of them is kept: for a large act it would weigh a quarter of the file); no
/// string is made until a reader needs one.
struct SourceText {
    /// One line: its number (from 1) and its bytes, line end excluded. Kept as 32-bit
    /// numbers (a file read is at most 256 MiB): a line takes 12 bytes, not 24.
    struct Line {
        private let storedNumber: Int32
        private let storedStart: Int32
        private let storedEnd: Int32

        var number: Int { Int(storedNumber) }
        var start: Int { Int(storedStart) }
        var end: Int { Int(storedEnd) }

        init(number: Int, start: Int, end: Int) {
            storedNumber = Int32(number)
            storedStart = Int32(start)
            storedEnd = Int32(end)
        }
    }

    /// The lines of a text, in order, each found when the one before it is passed.
    struct Lines: Collection {
        /// A line's place: where it starts and ends, and its number. Indices compare by
        /// where the line starts; the end index starts at the end of the text.
        struct Index: Comparable {
            fileprivate let start: Int
            fileprivate let end: Int
            fileprivate let number: Int

            static func == (lhs: Index, rhs: Index) -> Bool { lhs.start == rhs.start }
            static func < (lhs: Index, rhs: Index) -> Bool { lhs.start < rhs.start }
        }

        fileprivate let bytes: [UInt8]
        /// False when the text has no CR (most files): a line then ends at the next LF.
        fileprivate let hasCR: Bool
        let startIndex: Index

        fileprivate init(bytes: [UInt8], hasCR: Bool) {
            self.bytes = bytes
            self.hasCR = hasCR
            startIndex = Self.line(startingAt: 0, number: 1, in: bytes, hasCR: hasCR)
        }

        var endIndex: Index { Index(start: bytes.count, end: bytes.count, number: 0) }

        subscript(index: Index) -> Line {
            precondition(index.start < bytes.count, "index out of range")
            return Line(number: index.number, start: index.start, end: index.end)
        }

        /// The next line: after the line end (LF, CRLF or a lone CR) of this one.
        func index(after index: Index) -> Index {
            precondition(index.start < bytes.count, "index out of range")
            var next = index.end + 1
            if next < bytes.count, bytes[index.end] == 0x0D, bytes[next] == 0x0A { next += 1 }
            return Self.line(startingAt: next, number: index.number + 1, in: bytes, hasCR: hasCR)
        }

        /// The line that starts at `start` (the end index at the end of the text).
        private static func line(startingAt start: Int, number: Int, in bytes: [UInt8], hasCR: Bool) -> Index {
            guard start < bytes.count else { return Index(start: bytes.count, end: bytes.count, number: 0) }
            let end = bytes.withUnsafeBufferPointer { buffer -> Int in
                if !hasCR {
                    let base = buffer.baseAddress!
                    guard let found = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count }
                    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                var i = start
                while i < buffer.count, buffer[i] != 0x0A, buffer[i] != 0x0D { i += 1 }
                return i
            }
            return Index(start: start, end: end, number: number)
        }
    }

    let file: String
    let bytes: [UInt8]
    /// The same bytes (the same buffer), for the sentences read from them to point into.
    let shared: SharedText
    /// The lines, found as they are walked.
    let lines: Lines

    /// Checks the bytes and cuts them into lines, or says what is wrong with them.
    ///
    /// - Complexity: O(n), one pass for the checks (lines are found as they are walked).
    static func decode(_ input: [UInt8], file: String) -> Result<SourceText, Diagnostic> {
        if input.count > ReaderLimits.maximumInputBytes {
            return .failure(.error("file too large: \(input.count) bytes (the limit is \(ReaderLimits.maximumInputBytes) bytes)", file: file, line: nil))
        }
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.error("empty file: no text to read", file: file, line: nil))
        }
        if let nul = firstNUL(bytes) {
            return .failure(.error("binary data: NUL byte at offset \(nul); this is not a text file", file: file, line: lineNumber(of: nul, in: bytes)))
        }
        if let invalid = firstInvalidUTF8(bytes) {
            return .failure(.error("invalid UTF-8 at offset \(invalid) (is the file in another encoding, or binary?)", file: file, line: lineNumber(of: invalid, in: bytes)))
        }
        // Control characters (ESC, BEL, backspace, C1's CSI…) are no text of an act, and
        // printed as they are they act on the terminal (look 42: a file could set its title
        // or clear it): each is read as a space, one byte for one, so that no position
        // moves, and said (``replacedControls``).
        var replaced: (count: Int, line: Int)?
        if let first = firstControl(bytes) {
            let count = bytes.withUnsafeMutableBufferPointer { b -> Int in
                var count = 0
                var i = first
                while i < b.count {
                    // A C1 control is two bytes (`C2 80`–`C2 9F`), each a space.
                    let width = ControlCharacters.isControl(UnsafeBufferPointer(b), at: i) ? (b[i] == 0xC2 ? 2 : 1) : 0
                    for k in i..<i + width { b[k] = 0x20 }
                    count += width > 0 ? 1 : 0
                    i += max(width, 1)
                }
                return count
            }
            replaced = (count, lineNumber(of: first, in: bytes))
        }
        let hasCR = bytes.withUnsafeBufferPointer { memchr($0.baseAddress!, 0x0D, $0.count) != nil }
        var text = SourceText(file: file, bytes: bytes, hasCR: hasCR)
        text.replacedControls = replaced
        return .success(text)
    }

    /// The control characters read as spaces (``decode(_:file:)``): how many, and the line
    /// of the first; `nil` when there were none.
    private(set) var replacedControls: (count: Int, line: Int)?

    /// The warning that says the control characters were read as spaces, if any were.
    var controlsWarning: Diagnostic? {
        replacedControls.map { .warning("\($0.count) control character(s) (escape, bell, backspace…), the first on this line, read as spaces: they are no text of an act, and printed as they are they would act on a terminal", file: file, line: $0.line) }
    }

    /// The offset of the first control character that is not a tab or a line end: a C0
    /// control, DEL, or a C1 control (U+0080–U+009F, `C2 80`–`C2 9F`); `nil` when none.
    /// Eight bytes at a time where they are plain ASCII text with no control.
    static func firstControl(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            if let base = UnsafeRawPointer(b.baseAddress) {
                while i + 8 <= n {
                    let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // A byte from 0x80, or below 0x20 (the borrow trick tells whether any is),
                    // or DEL: looked at byte by byte.
                    let high = word & 0x8080_8080_8080_8080
                    let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    let del = ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
                    if high | low | del == 0 { i += 8; continue }
                    for k in i..<i + 8 where ControlCharacters.isControl(b, at: k) { return k }
                    i += 8
                }
            }
            while i < n {
                if ControlCharacters.isControl(b, at: i) { return i }
                i += 1
            }
            return nil
        }
    }


    private init(file: String, bytes: [UInt8], hasCR: Bool) {
        self.file = file
        self.bytes = bytes
        self.shared = SharedText(bytes)
        self.lines = Lines(bytes: bytes, hasCR: hasCR)
    }

    func string(_ line: Line) -> String { string(line.start, line.end) }

    /// True for a line of spaces and tabs only.
    func isBlank(_ line: Line) -> Bool {
        bytes[line.start..<line.end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// True for the `---` line that opens and closes front matter (spaces allowed around).
    func isFrontMatterFence(_ line: Line) -> Bool {
        let content = bytes[line.start..<line.end].drop { $0 == 0x20 || $0 == 0x09 }
        var trimmed = content[...]
        while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed.removeLast() }
        return trimmed.elementsEqual("---".utf8)
    }

    func string(_ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The offset of the first NUL byte, or `nil`.
    private static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// The line of a byte, counting line ends as the reader does (LF, CRLF, lone CR).
    private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for i in 0..<offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
        }
        return line
    }

    /// The offset of the first byte that is not valid UTF-8, or `nil`.
    ///
    /// - Complexity: O(n); ASCII runs take the fast path.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            var i = 0
            let n = b.count
            let base = UnsafeRawPointer(b.baseAddress)
            while i < n {
                // ASCII, eight bytes at a time; a word that holds another byte says where the
                // first one stands (its lowest high bit: the bytes load little-endian), and the
                // check goes straight there (stepping to it byte by byte, then trying eight again
                // from each, cost four instructions a byte of French text).
                if let base {
                    while i + 8 <= n {
                        let high = base.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian & 0x8080_8080_8080_8080
                        if high == 0 { i += 8; continue }
                        i += high.trailingZeroBitCount / 8
                        break
                    }
                    if i >= n { break }
                }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                // Two bytes, the most frequent in French and Dutch (é, è, à, ë): a lead byte
                // C2…DF and one continuation byte are always a valid, shortest form.
                if c >= 0xC2, c <= 0xDF, i + 1 < n, b[i + 1] & 0xC0 == 0x80 { i += 2; continue }
                let length: Int
                var minimum: UInt32
                var scalar: UInt32
                if c & 0xE0 == 0xC0 { length = 2; minimum = 0x80; scalar = UInt32(c & 0x1F) }
                else if c & 0xF0 == 0xE0 { length = 3; minimum = 0x800; scalar = UInt32(c & 0x0F) }
                else if c & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; scalar = UInt32(c & 0x07) }
                else { return i }
                guard i + length <= n else { return i }
                for k in 1..<length {
                    let d = b[i + k]
                    guard d & 0xC0 == 0x80 else { return i }
                    scalar = scalar << 6 | UInt32(d & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
                i += length
            }
            return nil
        }
    }
}

/// Control characters — C0 but the tab and the line ends, DEL, C1 — are no text of an act,
/// and printed as they are they act on a terminal (look 42): where they come in a string
/// (a YAML escape, a Latin-1 page's title box), each is read as a space.
enum ControlCharacters {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
    }

    /// ``isControl(_:)`` for the character whose UTF-8 starts at `i` in valid UTF-8: one
    /// byte for C0 and DEL, `C2 80`–`C2 9F` for C1.
    static func isControl(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        if c < 0x20 { return c != 0x09 && c != 0x0A && c != 0x0D }
        if c == 0x7F { return true }
        return c == 0xC2 && i + 1 < b.count && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F
    }

    /// True when `text` holds one.
    static func occur(in text: String) -> Bool { text.unicodeScalars.contains(where: isControl) }

    /// `text` with each one a space.
    static func spaced(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }
}
