import ChronolexAmendments
import ChronolexModel

/// Writes a consolidated act the way Justel prints it: words an amendment wrote between
/// `[1 ` and ` ]1` (the whole unit when the words cannot be told apart), repealed units as
/// `(...)`, and below each article its numbered footnotes
/// `(1)<ARR 2022-12-22/31, art. 8, 004; En vigueur : 01-10-2022>` (in a Dutch act as
/// Justel's Dutch pages write them: `(1)<KB 2022-12-22/31, art. 8, 004; Inwerkingtreding :
/// 01-10-2022>`).
public struct JustelRenderer: ActVisitor {
    private var out = ""
    private var pending: [String] = []
    /// Address → footnote numbers of the edits that changed that unit, and their words.
    private var marks: [String: [(number: Int, words: String?)]] = [:]
    /// Footnote numbers that cover the whole article.
    private var wholeArticle: [Int] = []
    /// The act's language, for its headings (`Artikel 1.`, `(Opgeheven)`).
    private var language: Language?

    /// - Complexity: O(n) in the size of the act, plus its articles' histories.
    public static func render(_ act: Act, _ timeline: Timeline, at date: LegalDate, single: Bool = false) -> String {
        var renderer = JustelRenderer()
        renderer.language = act.metadata.language
        if !single, let title = act.metadata.title {
            renderer.out += (act.metadata.date.map { $0.heading(in: act.metadata.language) + ". - " } ?? "") + title + "\n"
        }
        if single, case .article(let article)? = act.body.first {
            renderer.article(article, timeline, at: date)
        } else {
            renderer.timeline = timeline
            renderer.date = date
            renderer.walk(act)
        }
        return renderer.out
    }

    private var timeline: Timeline?
    private var date: LegalDate?

    public mutating func visitDivision(_ division: Division, depth: Int) {
        out += "\n" + division.headingLine + "\n"
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        guard let timeline, let date else { return }
        self.article(article, timeline, at: date)
    }

    private mutating func article(_ article: Article, _ timeline: Timeline, at date: LegalDate) {
        // Every edit that made this article what it is on `date`, numbered in order.
        // One footnote per amending article (Justel cites `art. 8`, not its sub-instructions).
        var footnotes: [(Int, String)] = []
        marks = [:]
        wholeArticle = []
        if let history = timeline.histories[ArticleNumber.normalized(article.number)] {
            // An article re-established (« est rétabli ») is printed as Justel prints it: the
            // mark and footnote of the act that re-established it alone, none of the acts
            // before (Code pénal, art. 46: « [1 … ]1 », « (1)<rétabli par L 2012-12-10/14, art.
            // 42, …> »; session 33: it stood inside their marks, `[1 [2 [3 … ]3]2]1`).
            let start = history.reestablished(onOrBefore: date) ?? 0
            for version in history.versions[start...] where version.validFrom <= date {
                for applied in version.sources {
                    let citation = Self.citation(applied, language: language)
                    let number: Int
                    if let known = footnotes.first(where: { $0.1 == citation }) {
                        number = known.0
                    } else {
                        number = footnotes.count + 1
                        footnotes.append((number, citation))
                    }
                    for unit in applied.units {
                        let address = Self.withoutSentence(unit)
                        if address == article.address.description {
                            if !wholeArticle.contains(number) { wholeArticle.append(number) }
                        } else if !(marks[address] ?? []).contains(where: { $0.number == number && $0.words == applied.insertedWords }) {
                            marks[address, default: []].append((number, applied.insertedWords))
                        }
                    }
                }
            }
        }
        if !out.isEmpty { out += "\n" }
        pending = [Headings.article(article, language: language)]
        if article.status == .repealed {
            line(wrap(Headings.repealedArticle(in: language), wholeArticle))
        } else {
            let before = out.count
            descend(into: article)
            if !pending.isEmpty { line("") }
            if !wholeArticle.isEmpty, out.count > before {
                // `[1 … ]1` around the whole text of an article that was replaced or inserted.
                let heading = Headings.article(article, language: language) + " "
                let body = String(out.dropFirst(before))
                let opened = body.hasPrefix(heading) ? heading + wholeArticle.map { "[\($0) " }.joined() + body.dropFirst(heading.count) : body
                out = String(out.prefix(before)) + String(opened.dropLast()) + wholeArticle.reversed().map { "]\($0)" }.joined() + "\n"
            }
        }
        if !footnotes.isEmpty { out += "----------\n" }
        for (number, citation) in footnotes {
            out += "(\(number))<\(citation)>\n"
        }
    }

    private mutating func line(_ text: String) {
        let parts = pending + (text.isEmpty ? [] : [text])
        pending = []
        out += parts.joined(separator: " ") + "\n"
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        if let number = paragraph.number { pending.append(Headings.paragraph(number)) }
        if paragraph.status == .repealed { return line(Headings.repealedUnit) }
        descend(into: paragraph, address: address)
        if !pending.isEmpty { line("") }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if alinea.status == .repealed { return line(Headings.repealedUnit) }
        if !alinea.text.isEmpty || alinea.points.isEmpty { line(marked(alinea.text, at: address)) }
        descend(into: alinea, address: address)
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let indent = String(repeating: "   ", count: depth)
        if point.status == .repealed { return line(indent + Headings.repealedUnit) }
        line(indent + point.label.description + " " + marked(point.text, at: address))
        descend(into: point, address: address, depth: depth)
    }

    /// The words with the markers of the edits that changed them.
    private func marked(_ text: String, at address: Address) -> String {
        guard let notes = marks[address.description] else { return text.replacingOccurrences(of: "\n", with: " ") }
        var result = text.replacingOccurrences(of: "\n", with: " ")
        var whole: [Int] = []
        for (number, words) in notes {
            if let words, !words.isEmpty, let range = result.range(of: words), result[range.upperBound...].range(of: words) == nil {
                result.replaceSubrange(range, with: "[\(number) \(words)]\(number)")
            } else {
                whole.append(number)
            }
        }
        return wrap(result, whole)
    }

    private func wrap(_ text: String, _ numbers: [Int]) -> String {
        guard !numbers.isEmpty else { return text }
        return numbers.map { "[\($0) " }.joined() + text + numbers.reversed().map { "]\($0)" }.joined()
    }

    static func withoutSentence(_ address: String) -> String {
        guard let range = address.range(of: ", phrase ") else { return address }
        return String(address[..<range.lowerBound])
    }

    /// `ARR 2022-12-22/31, art. 8, 004; En vigueur : 01-10-2022`, or as Justel's Dutch pages
    /// write it in a Dutch act: `KB 2022-12-22/31, art. 8, 004; Inwerkingtreding : 01-10-2022`
    /// (``ActLabels``).
    static func citation(_ applied: AppliedEdit, language: Language?) -> String {
        let edit = applied.edit
        let labels = ActLabels.forLanguage(language)
        let sequence = String(repeating: "0", count: max(0, 3 - String(applied.sequence).count)) + String(applied.sequence)
        let effective = edit.effective?.date?.justel ?? "?"
        return "\(edit.source.act.justelCitation(in: labels.language)), art. \(edit.source.article), \(sequence); \(labels.entryIntoForce) : \(effective)"
    }
}
