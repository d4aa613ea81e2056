/// Lists an act's units one per line, in document order: divisions by their own names,
/// then each article, §, alinéa (where it is counted) and point, each line starting
/// with the unit's canonical address, then a tab and the first words of its text.
public struct OutlineRenderer: ActVisitor {
    private let sink: OutputSink
    /// The excerpt's bytes, reused from line to line.
    private var scratch: [UInt8] = []
    /// How many characters of text follow the address (0: none).
    public var excerptLength: Int

    public init(excerptLength: Int = 60) { self.init(excerptLength: excerptLength, to: OutputSink()) }

    /// A renderer that writes to `sink` as it walks.
    public init(excerptLength: Int = 60, to sink: OutputSink) {
        self.excerptLength = excerptLength
        self.sink = sink
    }

    /// - Complexity: O(n) in the number of units (excerpts are bounded).
    public static func render(_ act: Act, excerptLength: Int = 60) -> String {
        let sink = OutputSink()
        render(act, excerptLength: excerptLength, to: sink)
        return sink.text
    }

    /// Writes the outline to `sink` as the tree is walked.
    public static func render(_ act: Act, excerptLength: Int = 60, to sink: OutputSink) {
        var renderer = OutlineRenderer(excerptLength: excerptLength, to: sink)
        renderer.walk(act)
    }

    private mutating func line(_ address: Address, _ pieces: Pieces, status: UnitStatus = .inForce) {
        address.write(to: sink)
        line(pieces, status: status)
    }

    private mutating func line(_ heading: String, _ pieces: Pieces, status: UnitStatus = .inForce) {
        sink.write(heading)
        line(pieces, status: status)
    }

    /// The rest of a unit's line, after its address: a tab and its first words.
    private mutating func line(_ pieces: Pieces, status: UnitStatus) {
        if excerptLength > 0 {
            if status == .repealed {
                sink.write("\t(abrogé)")
            } else if writeExcerptOfSimpleText(pieces) {
                // Written from the bytes.
            } else {
                let excerpt = excerpt(pieces)
                if !excerpt.isEmpty {
                    sink.write(byte: UInt8(ascii: "\t"))
                    sink.write(excerpt)
                }
            }
        }
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// The text a line shows the start of: a point's label, then sentences joined by spaces
    /// — never joined whole, only as far as the excerpt reaches.
    private struct Pieces {
        var label: String?
        var sentences: [Sentence]
        static let empty = Pieces(label: nil, sentences: [])
        init(label: String? = nil, sentences: [Sentence]) {
            self.label = label
            self.sentences = sentences
        }
        init(_ text: String) { self.init(sentences: [Sentence(text)]) }
    }

    /// The excerpt of a text whose characters are single Unicode scalars — ASCII but CR,
    /// Latin-1 and Latin Extended letters, general punctuation (’ « » – … and the narrow
    /// no-break space): counted and cut on its UTF-8 bytes, written without a `String`.
    /// False, with nothing written, for any other text (``excerpt(_:)`` takes it then).
    private mutating func writeExcerptOfSimpleText(_ pieces: Pieces) -> Bool {
        let limit = excerptLength + 1
        scratch.removeAll(keepingCapacity: true)
        var scalars = 0
        var complete = true
        // Appends a piece's bytes up to the limit; nil when a byte is not simple.
        func addBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
            var index = 0
            defer { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<min(index, bytes.count)])) }
            let base = UnsafeRawPointer(bytes.baseAddress)
            while index < bytes.count {
                // Eight ASCII characters (no CR) at a time, while the limit is not reached.
                if scalars + 8 <= limit, index + 8 <= bytes.count, let base {
                    let word = ByteWord.load(base, at: index)
                    if ByteWord.isASCII(word), !ByteWord.contains(0x0D, in: word) {
                        scalars += 8
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                var length = 1
                if byte < 0x80 {
                    if byte == 0x0D { return nil }
                } else if byte >= 0xC2 && byte <= 0xCB {
                    length = 2 // U+0080 … U+02FF
                } else if byte == 0xE2, index + 2 < bytes.count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    // U+2010 … U+2027, U+202F … U+205E: no joiner, no mark.
                    guard second == 0x80 && (third >= 0x90 && third <= 0xA7 || third >= 0xAF) || second == 0x81 && third <= 0x9E else {
                        return nil
                    }
                    length = 3
                } else {
                    return nil
                }
                if scalars == limit {
                    complete = false
                    return true
                }
                scalars += 1
                index += length
            }
            return true
        }
        func add(_ text: String) -> Bool? {
            var text = text
            return text.withUTF8 { addBytes($0) }
        }
        func space() -> Bool {
            if scalars == limit { complete = false; return false }
            scratch.append(UInt8(ascii: " "))
            scalars += 1
            return true
        }
        if let label = pieces.label {
            guard add(label) != nil else { return false }
            if complete, space() {}
        }
        for (index, sentence) in pieces.sentences.enumerated() where complete {
            if index > 0, !space() { break }
            guard sentence.withUTF8({ addBytes($0) }) != nil else { return false }
        }
        // scratch: the first `limit` characters at most; `complete`: nothing left after them.
        var end = scratch.count
        if let newline = scratch.firstIndex(of: UInt8(ascii: "\n")) {
            end = newline
        } else if complete && scalars <= excerptLength {
            // The whole text.
        } else {
            // The first excerptLength characters, spaces trimmed at both ends, then "…".
            var count = 0
            end = 0
            while end < scratch.count, count < excerptLength {
                end += 1
                while end < scratch.count, scratch[end] & 0xC0 == 0x80 { end += 1 }
                count += 1
            }
            var start = 0
            func isSpaceAt(_ i: Int, backwards: Bool) -> Int {
                // The length of the space at i (or ending at i - 1 backwards), or 0.
                if backwards {
                    if i >= 1, scratch[i - 1] == 0x20 || scratch[i - 1] == 0x09 || scratch[i - 1] == 0x0A { return 1 }
                    if i >= 2, scratch[i - 2] == 0xC2, scratch[i - 1] == 0xA0 { return 2 }
                    if i >= 3, scratch[i - 3] == 0xE2, scratch[i - 2] == 0x80, scratch[i - 1] == 0xAF { return 3 }
                    return 0
                }
                if i < end, scratch[i] == 0x20 || scratch[i] == 0x09 || scratch[i] == 0x0A { return 1 }
                if i + 1 < end, scratch[i] == 0xC2, scratch[i + 1] == 0xA0 { return 2 }
                if i + 2 < end, scratch[i] == 0xE2, scratch[i + 1] == 0x80, scratch[i + 2] == 0xAF { return 3 }
                return 0
            }
            while start < end { let n = isSpaceAt(start, backwards: false); if n == 0 { break }; start += n }
            while end > start { let n = isSpaceAt(end, backwards: true); if n == 0 { break }; end -= n }
            sink.write(byte: UInt8(ascii: "\t"))
            scratch.withUnsafeBufferPointer { sink.write(bytes: UnsafeBufferPointer(rebasing: $0[start..<end])) }
            sink.write("…")
            return true
        }
        if end > 0 {
            sink.write(byte: UInt8(ascii: "\t"))
            scratch.withUnsafeBufferPointer { sink.write(bytes: UnsafeBufferPointer(rebasing: $0[..<end])) }
        }
        return true
    }

    /// The first words of the text's first line; looks at no more than it shows.
    private func excerpt(_ pieces: Pieces) -> String {
        // The first excerptLength + 1 characters of the text, as the whole text would give
        // them: each piece is cut at a character boundary of its own, beyond what is needed.
        let limit = excerptLength + 1
        var head = ""
        var count = 0
        var first = true
        // Appends a piece; true once more than `limit` characters are there.
        func add(_ text: String, separated: Bool) -> Bool {
            if separated { head += " " }
            head += text.prefix(limit + 1)
            count = head.count
            return count > limit
        }
        var done = false
        if let label = pieces.label { done = add(label, separated: false) || add("", separated: true) }
        if !done {
            for sentence in pieces.sentences {
                if add(sentence.text, separated: !first) { break }
                first = false
            }
        }
        let shown = count > limit ? Substring(head).prefix(limit) : Substring(head)
        if let newline = shown.firstIndex(of: "\n") { return String(shown[..<newline]) }
        if shown.count <= excerptLength { return String(shown) }
        return shown.prefix(excerptLength).trimmingSpaces + "…"
    }

    public mutating func visitDivision(_ division: Division, depth: Int) {
        line(division.citation, Pieces(division.heading))
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        // The article's line shows the first words of its first alinéa.
        line(article.address, Self.firstWords(of: article), status: article.status)
        if article.status != .repealed { descend(into: article) }
    }

    private static func firstWords(of article: Article) -> Pieces {
        guard let first = article.paragraphs.first?.alineas.first else { return .empty }
        if !Self.isEmpty(first.sentences) { return Pieces(sentences: first.sentences) }
        return first.points.first.map { Pieces(label: $0.label.description, sentences: $0.sentences) } ?? .empty
    }

    /// True when the sentences joined by spaces would be empty.
    private static func isEmpty(_ sentences: [Sentence]) -> Bool {
        sentences.isEmpty || sentences.count == 1 && sentences[0].isEmpty
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        if paragraph.number != nil {
            line(address, paragraph.alineas.first.map { Pieces(sentences: $0.sentences) } ?? .empty, status: paragraph.status)
        }
        if paragraph.status != .repealed { descend(into: paragraph, address: address) }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if address.alinea != nil { line(address, Pieces(sentences: alinea.sentences), status: alinea.status) }
        if alinea.status != .repealed { descend(into: alinea, address: address) }
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        line(address, Pieces(sentences: point.sentences), status: point.status)
        if point.status != .repealed { descend(into: point, address: address, depth: depth) }
    }
}

extension OutlineRenderer: ActConsumer {
    /// Nothing: the outline starts with the body.
    public mutating func begin(_ act: Act) {}

    public mutating func openDivision(_ division: Division, depth: Int) {
        line(division.citation, Pieces(division.heading))
    }

    public mutating func article(_ article: Article, depth: Int) { visitArticle(article) }
}
