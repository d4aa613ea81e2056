import Foundation

/// Writes JSON to a sink as it is produced: containers opened and closed, keys and values
/// in the order they come, no value built first. Compact by default; `pretty` indents by two
/// spaces, one member or element a line (`"key": value`), empty containers as `{}` and `[]`
/// — the same bytes ``JSONValue/serialized(pretty:)`` writes.
public struct JSONWriter {
    public let sink: OutputSink
    public let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has a member or element yet.
    private var innermostHasValue = false
    /// The same for each container around it, outermost first (looked at only when a
    /// container opens or closes, not for every value).
    private var outerHaveValues: [Bool] = []
    /// A key was written: the next value follows it directly.
    private var afterKey = false

    public init(sink: OutputSink, pretty: Bool = false) {
        self.sink = sink
        self.pretty = pretty
        outerHaveValues.reserveCapacity(32)
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    @inline(__always)
    private mutating func beforeValue() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        if innermostHasValue { sink.write(byte: UInt8(ascii: ",")) } else { innermostHasValue = true }
        if pretty { newline(indent: depth) }
    }

    private func newline(indent level: Int) {
        sink.write(byte: UInt8(ascii: "\n"))
        var remaining = 2 * level
        while remaining > 0 {
            let count = min(remaining, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { sink.write(bytes: UnsafeBufferPointer(rebasing: $0[..<count])) }
            remaining -= count
        }
    }

    public mutating func beginObject() {
        beforeValue()
        sink.write(byte: UInt8(ascii: "{"))
        open()
    }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        beforeValue()
        sink.write(byte: UInt8(ascii: "["))
        open()
    }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A container was opened: it has no member or element yet.
    private mutating func open() {
        if depth > 0 { outerHaveValues.append(innermostHasValue) }
        innermostHasValue = false
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        precondition(depth > 0, "a JSON container closed that was never opened")
        let hadValue = innermostHasValue
        depth -= 1
        innermostHasValue = depth > 0 ? outerHaveValues.removeLast() : false
        if hadValue, pretty { newline(indent: depth) }
        sink.write(byte: bracket)
    }

    /// An object's key; its value is the next thing written.
    public mutating func key(escaping key: String) {
        beforeValue()
        Self.escape(key, into: sink)
        colon()
    }

    /// An object's key written as it is: a literal with nothing to escape (no `"`, `\`
    /// or control character).
    public mutating func key(_ key: StaticString) {
        beforeValue()
        key.withUTF8Buffer { sink.write(jsonKey: $0, spaced: pretty) }
        afterKey = true
    }

    private mutating func colon() {
        if pretty {
            sink.write(byte: UInt8(ascii: ":"))
            sink.write(byte: UInt8(ascii: " "))
        } else {
            sink.write(byte: UInt8(ascii: ":"))
        }
        afterKey = true
    }

    public mutating func string(_ text: String) {
        beforeValue()
        Self.escape(text, into: sink)
    }

    /// A string handed over in pieces (each escaped as it comes), without making it whole:
    /// `pieces` calls the function it is given with each piece in turn.
    package mutating func string(pieces: ((String) -> Void) -> Void) {
        beforeValue()
        let sink = sink
        sink.write(byte: UInt8(ascii: "\""))
        pieces { piece in
            var piece = piece
            piece.withUTF8 { Self.escapeContents(utf8: $0, into: sink) }
        }
        sink.write(byte: UInt8(ascii: "\""))
    }

    /// A string given as its UTF-8 bytes (a sentence's words, say).
    public mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        beforeValue()
        Self.escape(utf8: bytes, into: sink)
    }

    /// A value written before as compact JSON (`{"numac":…}`), copied where the writer
    /// stands. Compact JSON only: pretty JSON indents a value by where it stands.
    package mutating func value(compact bytes: UnsafeBufferPointer<UInt8>) {
        precondition(!pretty, "a value written before is compact JSON")
        beforeValue()
        sink.write(bytes: bytes)
    }

    /// A member of the open object written before as compact JSON (`"file":"…"`), copied
    /// after the members before it.
    package mutating func member(compact bytes: UnsafeBufferPointer<UInt8>) {
        precondition(!pretty && !afterKey && depth > 0, "a member written before goes in an open object of compact JSON")
        beforeValue()
        sink.write(bytes: bytes)
    }

    /// `nil` is `null`.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        sink.write(int: value)
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        sink.write(value ? "true" as StaticString : "false")
    }

    /// A number with a fraction, six decimals (`null` when not finite).
    public mutating func number(_ value: Double) {
        beforeValue()
        sink.write(value.isFinite ? String(format: "%.6f", value) : "null")
    }

    public mutating func null() {
        beforeValue()
        sink.write("null" as StaticString)
    }

    // Convenience: a key and its value.
    public mutating func member(_ name: StaticString, _ text: String) { key(name); string(text) }
    public mutating func member(_ name: StaticString, _ text: String?) { key(name); string(text) }
    public mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }

    /// A value built beforehand, written where the writer stands.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let n): int(n)
        case .number(let x): number(x)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, item) in members {
                key(escaping: name)
                self.value(item)
            }
            endObject()
        }
    }

    /// A JSON string: `"`, `\`, and controls escaped (`\n`, `\r`, `\t`, else `\u00XX`), and
    /// U+2028 and U+2029 (which end a line in JavaScript) as `\u2028`, `\u2029`.
    public static func escape(_ text: String, into sink: OutputSink) {
        var text = text
        text.withUTF8 { escape(utf8: $0, into: sink) }
    }

    /// A JSON string of UTF-8 bytes, escaped as ``escape(_:into:)`` does.
    public static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, into sink: OutputSink) {
        sink.write(byte: UInt8(ascii: "\""))
        escapeContents(utf8: bytes, into: sink)
        sink.write(byte: UInt8(ascii: "\""))
    }

    /// The bytes from `start` to `end` as they are (a run with nothing to escape). A function
    /// of its own, not one nested in the loop: a nested one would keep `start` in a box,
    /// checked for exclusive access at run time on every call.
    @inline(__always)
    private static func writeRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into sink: OutputSink) {
        if end > start { sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
    }

    /// The bytes of a JSON string between its quotation marks, escaped.
    private static func escapeContents(utf8 bytes: UnsafeBufferPointer<UInt8>, into sink: OutputSink) {
        do {
            var start = 0
            var index = 0
            let count = bytes.count
            let base = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Eight bytes at a time when none needs a look (no control, `"`, `\` or 0xE2).
                if index + 8 <= count, let base {
                    let word = ByteWord.load(base, at: index)
                    if !ByteWord.containsByte(below: 0x20, in: word), !ByteWord.contains(UInt8(ascii: "\""), in: word),
                       !ByteWord.contains(UInt8(ascii: "\\"), in: word), !ByteWord.contains(0xE2, in: word) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                    index += 1
                    continue
                }
                var escape: StaticString?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    if byte < 0x20 {
                        writeRun(bytes, from: start, to: index, into: sink)
                        let hex: StaticString = "0123456789abcdef"
                        sink.write("\\u00")
                        hex.withUTF8Buffer { digits in
                            sink.write(byte: digits[Int(byte >> 4)])
                            sink.write(byte: digits[Int(byte & 0xF)])
                        }
                        index += 1
                        start = index
                        continue
                    }
                }
                if let escape {
                    writeRun(bytes, from: start, to: index, into: sink)
                    escape.withUTF8Buffer { sink.write(bytes: $0) }
                    index += length
                    start = index
                } else {
                    index += 1
                }
            }
            writeRun(bytes, from: start, to: count, into: sink)
        }
    }
}
