/// Lists an act's units one per line, in document order: divisions by their own names,
/// then each article, §, alinéa (where it is counted) and point, each line starting
/// with the unit's canonical address, then a tab and the first words of its text.
public struct OutlineRenderer: ActVisitor {
    private var out = ""
    /// How many characters of text follow the address (0: none).
    public var excerptLength: Int

    public init(excerptLength: Int = 60) { self.excerptLength = excerptLength }

    /// - Complexity: O(n) in the number of units (excerpts are bounded).
    public static func render(_ act: Act, excerptLength: Int = 60) -> String {
        var renderer = OutlineRenderer(excerptLength: excerptLength)
        renderer.walk(act)
        return renderer.out
    }

    private mutating func line(_ address: String, _ text: @autoclosure () -> String, status: UnitStatus = .inForce) {
        out += address
        if excerptLength > 0 {
            let excerpt = status == .repealed ? "(abrogé)" : excerpt(text())
            if !excerpt.isEmpty { out += "\t" + excerpt }
        }
        out += "\n"
    }

    /// The first words of the text's first line; looks at no more than it shows.
    private func excerpt(_ text: String) -> String {
        let head = text.prefix(excerptLength + 1)
        if let newline = head.firstIndex(of: "\n") { return String(head[..<newline]) }
        if head.count <= excerptLength { return String(head) }
        return head.prefix(excerptLength).trimmingSpaces + "…"
    }

    public mutating func visitDivision(_ division: Division, depth: Int) {
        line(division.citation, division.heading)
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        // The article's line shows the first words of its first alinéa.
        line(article.address.description, Self.firstWords(of: article), status: article.status)
        if article.status != .repealed { descend(into: article) }
    }

    private static func firstWords(of article: Article) -> String {
        guard let first = article.paragraphs.first?.alineas.first else { return "" }
        if !first.text.isEmpty { return first.text }
        return first.points.first.map { $0.label.description + " " + $0.text } ?? ""
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        if paragraph.number != nil {
            line(address.description, paragraph.alineas.first?.text ?? "", status: paragraph.status)
        }
        if paragraph.status != .repealed { descend(into: paragraph, address: address) }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if address.alinea != nil { line(address.description, alinea.text, status: alinea.status) }
        if alinea.status != .repealed { descend(into: alinea, address: address) }
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        line(address.description, point.text, status: point.status)
        if point.status != .repealed { descend(into: point, address: address, depth: depth) }
    }
}
