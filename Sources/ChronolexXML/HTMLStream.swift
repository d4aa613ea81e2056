import ChronolexModel

/// Where an HTML page is built, element by element: a libxml2 tree (``HTMLElement``) or
/// a page written straight to an output sink (``HTMLStreamElement``). The diff page is
/// written once, for either, and so is the act page (`parse --format html`).
public protocol HTMLParent {
    /// Appends a child element, with attributes and text, and returns it.
    func appending(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String?) -> Self
    /// Appends text (escaped when written).
    func text(_ content: String)
    /// Appends part of a text (escaped when written).
    func text(_ content: Substring)
}

extension HTMLParent {
    /// Appends a child element, with attributes and text, and returns it.
    @discardableResult
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) -> Self {
        appending(name, attributes, text: text)
    }
}

extension HTMLElement: HTMLParent {
    public func appending(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String?) -> HTMLElement {
        element(name, attributes, text: text)
    }

    public func text(_ content: Substring) {
        text(String(content))
    }
}

/// An HTML page written to an ``OutputSink`` as it is built, with the bytes libxml2's
/// serializer gives the same tree (``HTMLDocument/serialized()``): `<!DOCTYPE html>`, no
/// added white space, the same escaping of text and attributes. No tree is held: an
/// element is written when it is appended and closed when something is appended to one of
/// its ancestors, so elements must be filled in document order (appending to an element
/// already closed is a programming error, and traps). Text is written in UTF-8: the page's
/// head must say so (`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`,
/// as the diff page's does), or libxml2 would write other bytes than ASCII as entities.
public final class HTMLStream {
    private let sink: OutputSink
    /// The elements open, the root first: name, whether anything was appended to it, and
    /// the serial number of the ``HTMLStreamElement`` that stands for it.
    private var open: [(name: String, filled: Bool, serial: Int)] = []
    private var serials = 0

    /// The `<html>` element (the first opened, serial 1). Made when asked: an element holds
    /// its stream, so a stream that kept its root would hold itself and never be freed, its
    /// sink and the page's bytes with it (found leaking by FuzzTimeline, fuzz31).
    public var root: HTMLStreamElement { HTMLStreamElement(stream: self, depth: 0, serial: 1) }

    /// A page on `sink`: the doctype and `<html lang=…>` are written at once.
    public init(language: String, to sink: OutputSink) {
        self.sink = sink
        sink.write("<!DOCTYPE html>\n")
        _ = open("html", ["lang": language], depth: 0)
    }

    /// Closes every element (the page is complete) and ends the page with a line break.
    public func finish() {
        close(deeperThan: -1)
        sink.write("\n")
    }

    /// A part of the page to be written apart (on another thread) into `sink`, as what
    /// `element` holds after what it holds now: the part starts with `element` and its
    /// ancestors open and filled, and nothing else open. Its elements are written as this
    /// stream would write them; ``endPart(under:)`` closes what the part left open under
    /// `element`, and ``join(_:at:)`` puts the part's bytes where it stands.
    public func part(under element: HTMLStreamElement, to sink: OutputSink) -> (stream: HTMLStream, element: HTMLStreamElement) {
        precondition(element.depth < open.count && open[element.depth].serial == element.serial, "HTMLStream: a part under a closed element")
        let part = HTMLStream(sink: sink)
        part.open = open[...element.depth].map { ($0.name, true, 0) }
        part.serials = 1
        part.open[element.depth].serial = 1
        return (part, HTMLStreamElement(stream: part, depth: element.depth, serial: 1))
    }

    /// A part: no doctype, no `<html>` written (``part(under:to:)`` fills its open elements).
    private init(sink: OutputSink) {
        self.sink = sink
    }

    /// Closes the elements a part left open under the element it was made for.
    public func endPart(under element: HTMLStreamElement) {
        close(deeperThan: element.depth)
    }

    /// The bytes of a part written apart (``part(under:to:)``, ended with
    /// ``endPart(under:)``) put here as `element`'s next content: what this stream left
    /// open under `element` is closed first, as appending to it would.
    public func join(_ part: OutputSink, at element: HTMLStreamElement) {
        enter(element)
        sink.write(contentsOf: part)
    }

    fileprivate func append(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String?, to parent: HTMLStreamElement) -> HTMLStreamElement {
        enter(parent)
        let child = open(name, attributes, depth: parent.depth + 1)
        if let text { append(text: text, to: child) }
        return child
    }

    fileprivate func append(text: String, to parent: HTMLStreamElement) {
        append(text: text[...], to: parent)
    }

    fileprivate func append(text: Substring, to parent: HTMLStreamElement) {
        guard !text.isEmpty else { return }
        enter(parent)
        var text = text
        let raw = HTMLEscaping.isRawText(open[parent.depth].name)
        text.withUTF8 { bytes in raw ? HTMLEscaping.writeRaw(bytes, to: sink) : HTMLEscaping.writeText(bytes, to: sink) }
    }

    /// Makes `parent` the innermost open element (closing those under it) and marks it filled.
    private func enter(_ parent: HTMLStreamElement) {
        precondition(parent.depth < open.count && open[parent.depth].serial == parent.serial,
                     "HTMLStream: appended to an element already closed (elements must be filled in document order)")
        close(deeperThan: parent.depth)
        open[parent.depth].filled = true
    }

    private func open(_ name: String, _ attributes: KeyValuePairs<String, String>, depth: Int) -> HTMLStreamElement {
        sink.write("<")
        sink.write(name)
        for (key, value) in attributes { HTMLEscaping.writeAttribute(key, value, of: name, to: sink) }
        sink.write(">")
        serials += 1
        open.append((name, false, serials))
        return HTMLStreamElement(stream: self, depth: depth, serial: serials)
    }

    private func close(deeperThan depth: Int) {
        while open.count > depth + 1 {
            let (name, filled, _) = open.removeLast()
            if !HTMLEscaping.omitsEndTag(name, filled: filled) {
                sink.write("</")
                sink.write(name)
                sink.write(">")
            }
        }
    }
}

/// An element of an ``HTMLStream``, written already; valid until an element is appended
/// to one of its ancestors.
public struct HTMLStreamElement: HTMLParent {
    fileprivate let stream: HTMLStream
    fileprivate let depth: Int
    fileprivate let serial: Int

    public func appending(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String?) -> HTMLStreamElement {
        stream.append(name, attributes, text: text, to: self)
    }

    public func text(_ content: String) {
        stream.append(text: content, to: self)
    }

    public func text(_ content: Substring) {
        stream.append(text: content, to: self)
    }

    /// What this element holds next, written apart (on another thread) into `sink`: the
    /// element to fill there, the counterpart of this one in a part of the page (see
    /// ``HTMLStream/part(under:to:)``). End the part with ``endPart()``, then put it here
    /// with ``join(_:)``.
    public func part(to sink: OutputSink) -> HTMLStreamElement {
        stream.part(under: self, to: sink).element
    }

    /// Closes what the part left open under this element (called on the part's element).
    public func endPart() {
        stream.endPart(under: self)
    }

    /// A part's bytes, ended, written as this element's next content.
    public func join(_ part: OutputSink) {
        stream.join(part, at: self)
    }
}

/// libxml2's HTML serialization (2.9, `htmlNodeDumpFormatOutput` without formatting), byte
/// for byte, for the elements Chronolex's pages use. A string ends at its first NUL, as
/// libxml2, which takes C strings, sees it.
enum HTMLEscaping {
    /// Elements written without an end tag, among those Chronolex's pages use: the empty
    /// ones always (`<br>`, `<meta>`), an `<li>` left empty (libxml2's `saveEndTag`).
    static func omitsEndTag(_ name: String, filled: Bool) -> Bool {
        switch name {
        case "br", "meta": true
        case "li": !filled
        default: false
        }
    }

    /// Elements whose text is written as it is (a stylesheet, a script).
    static func isRawText(_ name: String) -> Bool { name == "style" || name == "script" }

    /// Text as it is, up to a NUL.
    static func writeRaw(_ bytes: UnsafeBufferPointer<UInt8>, to sink: OutputSink) {
        let end = bytes.firstIndex(of: 0) ?? bytes.count
        sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[..<end]))
    }

    /// Text: `<`, `>`, `&` as entities, control characters other than tab, line feed and
    /// carriage return left out, every other byte as it is (UTF-8 stays UTF-8).
    static func writeText(_ bytes: UnsafeBufferPointer<UInt8>, to sink: OutputSink) {
        var start = 0
        var i = 0
        let n = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress)
        while i < n {
            // Eight bytes at a time while none of them is one to escape or drop (most of a
            // text): byte by byte, this loop was most of the writing of a diff's page.
            if let base {
                while i + 8 <= n, !mayNeedEscaping(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                if i >= n { break }
            }
            let byte = bytes[i]
            if byte >= 0x3F || (byte >= 0x20 && byte != 0x3C && byte != 0x3E && byte != 0x26) || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                i += 1
                continue
            }
            sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            switch byte {
            case 0: return
            case UInt8(ascii: "<"): sink.write("&lt;")
            case UInt8(ascii: ">"): sink.write("&gt;")
            case UInt8(ascii: "&"): sink.write("&amp;")
            default: break // a control character: dropped
            }
            i += 1
            start = i
        }
        sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i]))
    }

    /// True when one of the eight bytes of `word` may be one that `writeText` escapes or
    /// drops: below 0x20 (tab, line feed and carriage return included: they are then
    /// looked at one by one), `&`, `<` or `>`. Never false for such a byte (the bit tricks
    /// for "a byte below n" and "a zero byte" are exact for "any"). ``ByteWord``'s tests,
    /// written here again: called from this module they are not inlined, even marked
    /// `@inlinable` (callgrind: 12 M more instructions for a large diff's page).
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZero(word ^ (ones &* 0x26)) || hasZero(word ^ (ones &* 0x3C)) || hasZero(word ^ (ones &* 0x3E))
    }

    /// ` name="value"`: the value escaped as libxml2 escapes an attribute, a link's address
    /// (`href`, `src`, `action`, an `<a>`'s `name`) then percent-encoded, quoted with `'`
    /// when it holds `"` but no `'`.
    static func writeAttribute(_ name: String, _ value: String, of element: String, to sink: OutputSink) {
        sink.write(" ")
        sink.write(name)
        sink.write("=")
        let isLink = name == "href" || name == "src" || name == "action" || (name == "name" && element == "a")
        var value = value
        // Most values (classes, ids) hold nothing to escape: written as they are.
        let plain = !isLink && value.withUTF8 { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "\"") }
        }
        if plain {
            sink.write(byte: UInt8(ascii: "\""))
            sink.write(value)
            sink.write(byte: UInt8(ascii: "\""))
            return
        }
        var escaped = attributeEntities(value)
        if isLink {
            let blanks = escaped.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.count
            escaped = percentEncoded(escaped[blanks...])
        }
        writeQuoted(escaped, to: sink)
    }

    /// An attribute's value with `<`, `>` and `&` as entities, except in `<!--…-->` and
    /// `&{…}` (HTML 4's script macros), which are kept as they are; control characters
    /// other than tab, line feed and carriage return left out.
    static func attributeEntities(_ value: String) -> [UInt8] {
        var input = Array(value.utf8)
        if let nul = input.firstIndex(of: 0) { input.removeSubrange(nul...) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let byte = input[i]
            if byte == UInt8(ascii: "<"), input[(i + 1)...].starts(with: "!--".utf8),
               let end = firstRange(of: Array("-->".utf8), in: input, from: i) {
                out += input[i..<(end + 3)]
                i = end + 3
                continue
            }
            if byte == UInt8(ascii: "&"), i + 1 < input.count, input[i + 1] == UInt8(ascii: "{"),
               let close = input[i...].firstIndex(of: UInt8(ascii: "}")) {
                out += input[i...close]
                i = close + 1
                continue
            }
            switch byte {
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case 0x20..., 0x09, 0x0A, 0x0D: out.append(byte)
            default: break // a control character: dropped
            }
            i += 1
        }
        return out
    }

    private static func firstRange(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// libxml2's `xmlURIEscapeStr` with the characters it keeps in a link (`@/:=?;#%&,+<>`):
    /// every other byte but letters, digits and `-_.!~*'()` as `%XX`.
    static func percentEncoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let kept = keptInLinks
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            let alphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if alphanumeric || kept.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return out
    }

    private static let keptInLinks = Set("@/:=?;#%&,+<>-_.!~*'()".utf8)

    /// libxml2's `xmlBufWriteQuotedString`: `"value"`; with a `"` inside, `'value'`, or, when
    /// it holds `'` too, `"value"` with each `"` as `&quot;`.
    static func writeQuoted(_ value: [UInt8], to sink: OutputSink) {
        let quote = UInt8(ascii: "\"")
        guard value.contains(quote) else {
            sink.write(byte: quote)
            value.withUnsafeBufferPointer { sink.write(bytes: $0) }
            sink.write(byte: quote)
            return
        }
        if !value.contains(UInt8(ascii: "'")) {
            sink.write(byte: UInt8(ascii: "'"))
            value.withUnsafeBufferPointer { sink.write(bytes: $0) }
            sink.write(byte: UInt8(ascii: "'"))
            return
        }
        sink.write(byte: quote)
        for byte in value {
            if byte == quote { sink.write("&quot;") } else { sink.write(byte: byte) }
        }
        sink.write(byte: quote)
    }
}
