import ChronolexAmendments
import ChronolexModel

/// Writes a consolidated act the way Justel prints it: words an amendment wrote between
/// `[1 ` and ` ]1` (the whole unit when the words cannot be told apart), repealed units as
/// `(...)`, and below each article its numbered footnotes
/// `(1)<ARR 2022-12-22/31, art. 8, 004; En vigueur : 01-10-2022>` (in a Dutch act as
/// Justel's Dutch pages write them: `(1)<KB 2022-12-22/31, art. 8, 004; Inwerkingtreding :
/// 01-10-2022>`).
///
/// A Justel base keeps Justel's own marks and footnotes; the notes of the acts applied after
/// it are numbered after them, their sequence after Justel's last (look 31). Words deleted
/// are marked where they stood, `[1 ...]1`, and a repealed unit is its label and `[1 ...]1`
/// (`(...)` when no act is known to have repealed it), as Justel's pages print them.
public struct JustelRenderer: ActVisitor {
    private var out = ""
    private var pending: [String] = []
    /// Address → the notes of the edits that changed that unit: the words each wrote, or the
    /// place where it deleted words.
    /// Per unit, the marks of the edits that changed it, in the order they applied: the
    /// words each wrote (and those it replaced, to follow words a later act rewrote).
    private var marks: [String: [(number: Int, words: String?, deletion: AppliedEdit.Deletion?, replaced: String?, every: Bool)]] = [:]
    /// Footnote numbers that cover the whole article.
    private var wholeArticle: [Int] = []
    /// The act's language, for its headings (`Artikel 1.`, `(Opgeheven)`).
    private var language: Language?
    /// The article being written, for the warnings.
    private var current = ""
    /// The numbers of Justel's own notes whose marks the article still bears.
    private var usedJustel: Set<Int> = []
    /// Said of what a mark could not be put where it belongs.
    private var warn: ((String) -> Void)?

    /// - Complexity: O(n) in the size of the act, plus its articles' histories.
    public static func render(_ act: Act, _ timeline: Timeline, at date: LegalDate, single: Bool = false) -> String {
        render(act, timeline, at: date, single: single, warnings: nil)
    }

    /// The same, saying through `warnings` each place of deleted words it could not find in
    /// a unit's later text (its whole unit is then marked, as words it cannot tell apart).
    ///
    /// - Complexity: O(n) in the size of the act, plus its articles' histories.
    public static func render(_ act: Act, _ timeline: Timeline, at date: LegalDate, single: Bool = false, warnings: ((String) -> Void)?) -> String {
        var renderer = JustelRenderer()
        renderer.language = act.metadata.language
        renderer.warn = warnings
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
        out += "\n" + division.printedHeadingLine(language: language) + "\n"
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        guard let timeline, let date else { return }
        self.article(article, timeline, at: date)
    }

    private mutating func article(_ article: Article, _ timeline: Timeline, at date: LegalDate) {
        // Every edit that made this article what it is on `date`, numbered in order.
        // One footnote per amending article (Justel cites `art. 8`, not its sub-instructions).
        // Justel's own notes first (a Justel base); Chronolex's are numbered after them.
        var footnotes: [(Int, String)] = []
        let first = (article.footnotes.map(\.number).max() ?? 0) + 1
        marks = [:]
        wholeArticle = []
        usedJustel = []
        current = article.address.description
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
                        number = first + footnotes.count
                        footnotes.append((number, citation))
                    }
                    if applied.wholeArticle {
                        if !wholeArticle.contains(number) { wholeArticle.append(number) }
                        continue
                    }
                    for unit in applied.units {
                        let address = Self.withoutSentence(unit)
                        let deletion = applied.deletions.first { $0.unit == address }
                        let words = deletion == nil ? applied.insertedWords : nil
                        if !(marks[address] ?? []).contains(where: { $0.number == number && $0.words == words && $0.deletion == deletion }) {
                            marks[address, default: []].append((number, words, deletion, words == nil ? nil : applied.edit.change?.words?.text,
                                                                applied.edit.change?.everyOccurrence ?? false))
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
            // Where the article's text begins, in bytes: counting characters walked the whole
            // output for each article (look 42: 49 s for 40,000 short articles).
            let before = out.utf8.count
            descend(into: article)
            if !pending.isEmpty { line("") }
            if !wholeArticle.isEmpty, out.utf8.count > before {
                // `[1 … ]1` around the whole text of an article that was replaced or inserted.
                let heading = Headings.article(article, language: language) + " "
                let start = out.utf8.index(out.utf8.startIndex, offsetBy: before)
                let body = String(out[start...])
                let opened = body.hasPrefix(heading) ? heading + wholeArticle.map { "[\($0) " }.joined() + body.dropFirst(heading.count) : body
                out.replaceSubrange(start..., with: String(opened.dropLast()) + wholeArticle.reversed().map { "]\($0)" }.joined() + "\n")
            }
        }
        // Justel's notes whose marks are gone with the words a later act wrote anew are not printed.
        let justel = article.footnotes.filter { ($0.number > 0 && usedJustel.contains($0.number)) || ($0.number == 0 && !$0.text.isEmpty) }
        if !footnotes.isEmpty || !justel.isEmpty { out += "----------\n" }
        for note in justel { out += (note.number > 0 ? "(\(note.number))" : "") + "<\(note.text)>\n" }
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
        if paragraph.status == .repealed { return line(marked("", at: address, justel: [], repealed: true)) }
        descend(into: paragraph, address: address)
        if !pending.isEmpty { line("") }
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if alinea.status == .repealed { return line(marked("", at: address, justel: alinea.marks, repealed: true)) }
        if !alinea.text.isEmpty || alinea.points.isEmpty { line(marked(alinea.text, at: address, justel: alinea.marks)) }
        descend(into: alinea, address: address)
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let indent = String(repeating: "   ", count: depth)
        // A repealed point keeps its label, as Justel prints it: `b) [1 ...]1`.
        let text = marked(point.text, at: address, justel: point.marks, repealed: point.status == .repealed)
        line(indent + point.label.description + (text.isEmpty ? "" : " " + text))
        if point.status == .repealed { return }
        descend(into: point, address: address, depth: depth)
    }

    /// One mark in a unit's words: a span (`[1 words]1`), or the place of words deleted
    /// (`[1 ...]1`, an empty span written with its points).
    private struct Span {
        var number: Int
        var start: Int
        var end: Int
        var elided = false
    }

    /// The words with the markers of Justel's notes (`justel`, a Justel base's) and of the
    /// edits that changed them; a repealed unit is `[1 ...]1` under its notes, `(...)`
    /// without any.
    private mutating func marked(_ words: String, at address: Address, justel: [JustelMark], repealed: Bool = false) -> String {
        let text = repealed ? "..." : words.replacingOccurrences(of: "\n", with: " ")
        let length = text.utf8.count
        var spans: [Span] = []
        let unitMarks = marks[address.description] ?? []
        for (k, (number, words, deletion, _, every)) in unitMarks.enumerated() {
            // Words a later act rewrote in part (« cent euros » → « deux cents euros », then
            // « deux cents » → « deux cent cinquante »): the earlier act's words as they read
            // now, so that its mark holds the later one (`[1 [2 deux cent cinquante]2
            // euros]1`; look 33: it spread over the whole alinéa).
            let words = words.map { Self.rewritten($0, by: unitMarks[(k + 1)...].map { ($0.replaced, $0.words) }, in: text) }
            if repealed {
                spans.append(Span(number: number, start: 0, end: length))
            } else if let deletion {
                if let offset = deletion.offset(in: text) {
                    spans.append(Span(number: number, start: offset, end: offset, elided: true))
                } else {
                    warn?("\(current): the place of the words deleted by note (\(number)) is not found in \(address.description) as it stands; its whole text is marked [\(number) … ]\(number)")
                    spans.append(Span(number: number, start: 0, end: length))
                }
            } else if let words, let places = Self.places(of: words, in: text, every: every) {
                spans += places.map { Span(number: number, start: $0.lowerBound, end: $0.upperBound) }
            } else {
                spans.append(Span(number: number, start: 0, end: length))
            }
        }
        // Justel's own marks first, cut where they cross the words a later act wrote.
        let fitting = justel.filter { repealed || ($0.start >= 0 && $0.start <= $0.end && $0.end <= length) }
        for mark in fitting { usedJustel.insert(mark.footnote) }
        let written = spans.filter { !$0.elided }.map { JustelMark(footnote: $0.number, start: $0.start, end: $0.end) }
        let own = repealed ? fitting.map { Span(number: $0.footnote, start: 0, end: length) }
            : JustelMark.cut(fitting, around: written, in: text).map { Span(number: $0.footnote, start: $0.start, end: $0.end) }
        spans = own + spans
        if repealed && spans.isEmpty { return Headings.repealedUnit }
        return Self.write(text, spans)
    }

    /// Where the words an edit wrote stand in a unit's text, as byte ranges: once, or — for
    /// an edit that replaced them « chaque fois » — every time (look 31: the whole unit was
    /// marked); `nil` when they cannot be placed (not there, or there several times for an
    /// edit that wrote them once), and the whole unit is marked.
    public static func places(of words: String, in text: String, every: Bool) -> [Range<Int>]? {
        guard !words.isEmpty else { return nil }
        var places: [Range<Int>] = []
        var rest = text[...]
        while let range = rest.range(of: words) {
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            places.append(start..<(start + words.utf8.count))
            rest = text[range.upperBound...]
        }
        guard !places.isEmpty, places.count == 1 || every else { return nil }
        return places
    }

    /// `words` an act wrote, as later acts left them: each later replacement whose old words
    /// stand once inside them is made in them, as long as the result is not in `text` once
    /// and the words as written are not. Unchanged when the words still stand in `text`.
    public static func rewritten(_ words: String, by later: [(replaced: String?, written: String?)], in text: String) -> String {
        guard !later.isEmpty, !words.isEmpty, text.range(of: words) == nil else { return words }
        var current = words
        for case (let old?, let new?) in later where !old.isEmpty {
            guard let range = current.range(of: old), current[range.upperBound...].range(of: old) == nil else { continue }
            current.replaceSubrange(range, with: new)
        }
        return text.range(of: current) != nil ? current : words
    }

    /// `text` with its marks: at one offset, closings first (the innermost first), then the
    /// places of deleted words, then openings (the widest first).
    private static func write(_ text: String, _ spans: [Span]) -> String {
        guard !spans.isEmpty else { return text }
        var events: [(offset: Int, rank: Int, width: Int, order: Int, text: String)] = []
        for (k, span) in spans.enumerated() {
            let width = span.end - span.start
            if span.elided {
                events.append((span.start, 1, 0, k, "[\(span.number) ...]\(span.number)"))
            } else {
                events.append((span.start, 2, width, k, "[\(span.number) "))
                events.append((span.end, 0, width, k, "]\(span.number)"))
            }
        }
        events.sort { a, b in JustelMark.printsBefore((a.offset, a.rank, a.width, a.order), (b.offset, b.rank, b.width, b.order)) }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var position = 0
        for event in events {
            // A mark never cuts a character.
            var offset = min(max(event.offset, position), bytes.count)
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            result += bytes[position..<offset]
            position = offset
            var piece = Array(event.text.utf8)
            if event.rank == 1 {
                // `les mots [1 ...]1 restent`, `de cent euros. [1 ...]1`, `finals [1 ...]1.`:
                // a space between the place and the words beside it, none before a mark.
                if let last = result.last, last != 0x20, last != 0x28 { piece.insert(0x20, at: 0) }
                if offset < bytes.count, ![0x20, 0x2E, 0x2C, 0x3B, 0x3A, 0x29].contains(bytes[offset]) { piece.append(0x20) }
            }
            result += piece
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
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
