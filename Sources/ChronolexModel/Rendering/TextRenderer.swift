/// Writes an act as a jurist reads it: its title, division headings, `Article 1er.`,
/// `§ 1er.`, one alinéa per line, points on their own lines (sub-points indented).
public struct TextRenderer: ActVisitor {
    private let sink: OutputSink
    /// Something was written (an article after it starts with an empty line).
    private var wrote = false
    /// Headings that open the next line (`Art. 3.`, `§ 2.`).
    private var pending: [String] = []
    /// The act's language, for its headings (`Artikel 1.`, `(Opgeheven)`); French when unknown.
    private var language: Language?

    public init() { self.init(to: OutputSink()) }

    /// A renderer that writes to `sink` as it walks.
    public init(to sink: OutputSink) { self.sink = sink }

    /// The whole act, its title first.
    ///
    /// - Complexity: O(n) in the size of the act.
    public static func render(_ act: Act) -> String {
        let sink = OutputSink()
        render(act, to: sink)
        return sink.text
    }

    /// Writes the whole act to `sink` as the tree is walked.
    public static func render(_ act: Act, to sink: OutputSink) {
        var renderer = TextRenderer(to: sink)
        renderer.begin(act)
        renderer.walk(act)
    }

    /// One article alone: its heading and its text, nothing else (`Artikel 1.`,
    /// `(Opgeheven)` in a Dutch act).
    public static func render(_ article: Article, language: Language? = nil) -> String {
        let sink = OutputSink()
        render(article, language: language, to: sink)
        return sink.text
    }

    public static func render(_ article: Article, language: Language? = nil, to sink: OutputSink) {
        var renderer = TextRenderer(to: sink)
        renderer.language = language
        renderer.visitArticle(article)
    }

    private mutating func write(_ text: String) {
        if !text.isEmpty { wrote = true }
        sink.write(text)
    }

    /// Writes the pending headings, separated by spaces; true if there were any.
    private mutating func startLine() -> Bool {
        wrote = true
        for (index, part) in pending.enumerated() {
            if index > 0 { sink.write(byte: UInt8(ascii: " ")) }
            sink.write(part)
        }
        defer { pending.removeAll(keepingCapacity: true) }
        return !pending.isEmpty
    }

    private mutating func line(_ text: String) {
        let started = startLine()
        if !text.isEmpty {
            if started { sink.write(byte: UInt8(ascii: " ")) }
            sink.write(text)
        }
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// A line of sentences joined by spaces (not empty), after the pending headings.
    private mutating func line(prefix: String = "", sentences: [Sentence]) {
        if startLine() { sink.write(byte: UInt8(ascii: " ")) }
        sink.write(prefix)
        writeSentences(sentences)
        sink.write(byte: UInt8(ascii: "\n"))
    }

    private func writeSentences(_ sentences: [Sentence]) {
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { sink.write(byte: UInt8(ascii: " ")) }
            sentence.withUTF8 { sink.write(bytes: $0) }
        }
    }

    /// True when the sentences joined by spaces would be empty.
    private static func isEmpty(_ sentences: [Sentence]) -> Bool {
        sentences.isEmpty || sentences.count == 1 && sentences[0].isEmpty
    }

    public mutating func visitDivision(_ division: Division, depth: Int) {
        openDivision(division, depth: depth)
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        if wrote { sink.write(byte: UInt8(ascii: "\n")) }
        pending.removeAll(keepingCapacity: true)
        pending.append(Headings.article(article, language: language))
        if article.status == .repealed { return line(Headings.repealedArticle(in: language)) }
        descend(into: article)
        if !pending.isEmpty { line("") }
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        // A repealed unit prints as `(...)` (Justel's convention), after its number as the
        // markdown writes it (look 19: a bare `(...)` read as a fourth alinéa of § 1).
        if let number = paragraph.number { pending.append(Headings.paragraph(number)) }
        if paragraph.status == .repealed { return line(Headings.repealedUnit) }
        descend(into: paragraph, address: address)
        if !pending.isEmpty { line("") }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if alinea.status == .repealed { return line(Headings.repealedUnit) }
        if !Self.isEmpty(alinea.sentences) {
            line(sentences: alinea.sentences)
        } else if alinea.points.isEmpty {
            line("")
        }
        descend(into: alinea, address: address)
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let indent = pending.isEmpty ? String(repeating: "   ", count: depth) : ""
        if point.status == .repealed { return line(indent + point.label.description + " " + Headings.repealedUnit) }
        if Self.isEmpty(point.sentences) {
            line(indent + point.label.description)
        } else {
            line(prefix: indent + point.label.description + " ", sentences: point.sentences)
        }
        descend(into: point, address: address, depth: depth)
    }
}

extension TextRenderer: ActConsumer {
    /// The title (its date first), then the preamble's lines.
    public mutating func begin(_ act: Act) {
        language = act.metadata.language
        if let title = act.metadata.title {
            let date = act.metadata.date.map { $0.heading(in: language) + ". - " } ?? ""
            write(date + title + "\n")
        }
        for line in act.preamble { write(line.text + "\n") }
    }

    /// The heading, then the lines of its intro.
    public mutating func openDivision(_ division: Division, depth: Int) {
        write("\n" + division.printedHeadingLine(language: language) + "\n")
        for line in division.intro { write(line.text + "\n") }
    }

    public mutating func article(_ article: Article, depth: Int) { visitArticle(article) }
}

extension LegalDate {
    /// The date as a title prints it: `22 DECEMBRE 2022`.
    public var frenchHeading: String {
        String(day) + " " + LegalDate.frenchMonths[month - 1].uppercased().foldingAccentsKeepingCase + " " + String(year)
    }

    /// The date as a title prints it in the act's language: `12 MAART 2015` in Dutch.
    public func heading(in language: Language?) -> String {
        switch language {
        case .dutch?: String(day) + " " + LegalDate.dutchMonths[month - 1].uppercased() + " " + String(year)
        case .german?: String(day) + " " + LegalDate.germanMonths[month - 1].uppercased() + " " + String(year)
        default: frenchHeading
        }
    }
}

extension String {
    var foldingAccentsKeepingCase: String {
        String(map { (c: Character) -> Character in
            switch c {
            case "É", "È", "Ê": return "E"
            case "Û": return "U"
            default: return c
            }
        })
    }
}
