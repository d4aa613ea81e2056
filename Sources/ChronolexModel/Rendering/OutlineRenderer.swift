/// Lists an act's units one per line, in document order: divisions by their own names,
/// then each article, §, alinéa (where it is counted) and point, each line starting
/// with the unit's canonical address, then a tab and the first words of its text.
public struct OutlineRenderer: ActVisitor {
    private let sink: OutputSink
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

    private mutating func line(_ address: String, _ pieces: Pieces, status: UnitStatus = .inForce) {
        sink.write(address)
        if excerptLength > 0 {
            if status == .repealed {
                sink.write("\t(abrogé)")
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
        line(article.address.description, Self.firstWords(of: article), status: article.status)
        if article.status != .repealed { descend(into: article) }
    }

    private static func firstWords(of article: Article) -> Pieces {
        guard let first = article.paragraphs.first?.alineas.first else { return .empty }
        if !Self.isEmpty(first.sentences) { return Pieces(sentences: first.sentences) }
        return first.points.first.map { Pieces(label: $0.label.description, sentences: $0.sentences) } ?? .empty
    }

    /// True when the sentences joined by spaces would be empty.
    private static func isEmpty(_ sentences: [Sentence]) -> Bool {
        sentences.isEmpty || sentences.count == 1 && sentences[0].text.isEmpty
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        if paragraph.number != nil {
            line(address.description, paragraph.alineas.first.map { Pieces(sentences: $0.sentences) } ?? .empty, status: paragraph.status)
        }
        if paragraph.status != .repealed { descend(into: paragraph, address: address) }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if address.alinea != nil { line(address.description, Pieces(sentences: alinea.sentences), status: alinea.status) }
        if alinea.status != .repealed { descend(into: alinea, address: address) }
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        line(address.description, Pieces(sentences: point.sentences), status: point.status)
        if point.status != .repealed { descend(into: point, address: address, depth: depth) }
    }
}
