/// Writes an act as a jurist reads it: its title, division headings, `Article 1er.`,
/// `§ 1er.`, one alinéa per line, points on their own lines (sub-points indented).
public struct TextRenderer: ActVisitor {
    private var out = ""
    private var pending: [String] = []

    public init() {}

    /// The whole act, its title first.
    ///
    /// - Complexity: O(n) in the size of the act.
    public static func render(_ act: Act) -> String {
        var renderer = TextRenderer()
        if let title = act.metadata.title {
            let date = act.metadata.date.map { $0.frenchHeading + ". - " } ?? ""
            renderer.out += date + title + "\n"
        }
        for line in act.preamble { renderer.out += line.text.replacingNewlines(with: "\n") + "\n" }
        renderer.walk(act)
        return renderer.out
    }

    /// One article alone: its heading and its text, nothing else.
    public static func render(_ article: Article) -> String {
        var renderer = TextRenderer()
        renderer.visitArticle(article)
        return renderer.out
    }

    private mutating func line(_ text: String) {
        let parts = pending + (text.isEmpty ? [] : [text])
        pending = []
        out += parts.joined(separator: " ") + "\n"
    }

    public mutating func visitDivision(_ division: Division, depth: Int) {
        out += "\n" + division.headingLine + "\n"
        for line in division.intro { out += line.text.replacingNewlines(with: "\n") + "\n" }
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        if !out.isEmpty { out += "\n" }
        pending = [Headings.article(article)]
        if article.status == .repealed { return line(Headings.repealedArticle) }
        descend(into: article)
        if !pending.isEmpty { line("") }
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        // A repealed unit prints as `(...)` on a line of its own (Justel's convention).
        if paragraph.status == .repealed { return line(Headings.repealedUnit) }
        if let number = paragraph.number { pending.append(Headings.paragraph(number)) }
        descend(into: paragraph, address: address)
        if !pending.isEmpty { line("") }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if alinea.status == .repealed { return line(Headings.repealedUnit) }
        if !alinea.text.isEmpty || alinea.points.isEmpty { line(alinea.text.replacingNewlines(with: "\n")) }
        descend(into: alinea, address: address)
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let indent = pending.isEmpty ? String(repeating: "   ", count: depth) : ""
        if point.status == .repealed { return line(indent + Headings.repealedUnit) }
        let text = point.text.replacingNewlines(with: "\n")
        line(indent + point.label.description + (text.isEmpty ? "" : " " + text))
        descend(into: point, address: address, depth: depth)
    }
}

extension LegalDate {
    /// The date as a title prints it: `22 DECEMBRE 2022`.
    public var frenchHeading: String {
        String(day) + " " + LegalDate.frenchMonths[month - 1].uppercased().foldingAccentsKeepingCase + " " + String(year)
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
