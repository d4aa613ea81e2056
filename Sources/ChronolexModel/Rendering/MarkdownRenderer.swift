import Yams
/// Writes an act in the seed format — YAML front matter, `##` division headings, bold
/// article headings, one block per line — normalised: `1°` labels, « » quotes. Reading
/// the output back gives the same tree (the round trip the tests check).
public struct MarkdownRenderer: ActVisitor {
    private let sink: OutputSink
    /// The article heading and `§` label waiting to open the next block's line.
    private var pending: [String] = []
    /// The act's language, for its headings (`Artikel 1.`, `(Opgeheven)`).
    private var language: Language?

    public init() { self.init(to: OutputSink()) }

    /// A renderer that writes to `sink` as it walks.
    public init(to sink: OutputSink) { self.sink = sink }

    /// - Complexity: O(n) in the size of the act.
    public static func render(_ act: Act) -> String {
        let sink = OutputSink()
        render(act, to: sink)
        return sink.text
    }

    /// Writes the act to `sink` as the tree is walked.
    public static func render(_ act: Act, to sink: OutputSink) {
        var renderer = MarkdownRenderer(to: sink)
        renderer.begin(act)
        renderer.walk(act)
    }

    /// Writes a block of words, each of its lines escaped where it would read as markup.
    private mutating func block(_ text: String) {
        sink.write(byte: UInt8(ascii: "\n"))
        var text = text
        text.withUTF8 { Self.writeEscapedLines($0, to: sink) }
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// The lines of a block, each escaped where it would read as markup, a blank line
    /// between them (a line break inside a unit's words is a line of its own in markdown),
    /// written in one pass over the bytes. A CR LF is one character, not a line break.
    static func writeEscapedLines(_ bytes: UnsafeBufferPointer<UInt8>, to sink: OutputSink) {
        var start = 0
        var search = 0
        while true {
            var end = search
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end < bytes.count, end > 0, bytes[end - 1] == 0x0D {
                search = end + 1
                continue
            }
            if let offset = escapeOffset(bytes, from: start) {
                sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
                sink.write(byte: UInt8(ascii: "\\"))
                sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[offset..<end]))
            } else {
                sink.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            guard end < bytes.count else { return }
            sink.write("\n\n")
            start = end + 1
            search = start
        }
    }

    /// Writes a block as it is: a heading, a footnote.
    private mutating func markup(_ text: String) {
        sink.write(byte: UInt8(ascii: "\n"))
        sink.write(text.replacingNewlines(with: "\n\n"))
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// Words that begin like markdown or Justel markup are escaped with a backslash, which
    /// the reader drops: `1. …` (a list item, read as point 1°, and as `1°` after the « of a
    /// quoted line) is written `1\. …`; `#…` (a heading), `` `…`` (a footnote) and a line of
    /// dashes (Justel's footnote separator) get a `\` in front. Such words come from plain
    /// text and Justel pages. Justel's opening markers (`[1 `) and an opening « before them
    /// are skipped.
    static func escapingMarkup(_ line: String) -> String {
        var bytes = Array(line.utf8)
        guard let offset = escapeOffset(bytes, from: 0) else { return line }
        bytes.insert(UInt8(ascii: "\\"), at: offset)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where a backslash goes in the line starting at `start` (see `escapingMarkup`),
    /// or `nil`. Spaces, Justel's opening markers `[12 ` and an opening « are skipped.
    static func escapeOffset<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int) -> Int? where Bytes.Index == Int {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        var i = start
        while i < end, bytes[i] == 0x20 { i += 1 }
        // Opening markers, `[12 `, as `marked` writes them.
        while i + 2 < end, bytes[i] == UInt8(ascii: "["), (48...57).contains(bytes[i + 1]) {
            var j = i + 1
            while j < end, (48...57).contains(bytes[j]) { j += 1 }
            guard j < end, bytes[j] == 0x20 else { break }
            i = j + 1
        }
        if i + 1 < end, bytes[i] == 0xC2, bytes[i + 1] == 0xAB {
            i += 2
            while i < end, bytes[i] == 0x20 { i += 1 }
        }
        guard i < end else { return nil }
        let first = bytes[i]
        // Justel's separator as the reader sees it: five dashes or more, then only spaces.
        var dashEnd = i
        while dashEnd < end, bytes[dashEnd] == UInt8(ascii: "-") { dashEnd += 1 }
        let dashesOnly = dashEnd - i >= 5 && bytes[dashEnd..<end].allSatisfy { $0 == 0x20 }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "`") || (first == UInt8(ascii: "-") && dashesOnly) {
            return i
        }
        let digits = i
        while i < end, (48...57).contains(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
        guard i > digits, (48...57).contains(bytes[digits]), i - digits <= 4, i < end, bytes[i] == UInt8(ascii: "."),
              i + 1 == end || bytes[i + 1] == 0x20 else { return nil }
        return i
    }


    /// Writes a block, opened by whatever heading or label is pending.
    private mutating func emit(_ text: String) {
        // Right after an article's heading a dash is read as the heading's separator
        // (`Art. 2. - Le Roi…`): words opening with a dash get a line of their own.
        if pending.count == 1, pending[0].hasPrefix("**"), Self.opensWithDash(text) {
            block(pending[0])
            pending = []
        }
        // Words after a heading on its line are escaped as at a line's start.
        let parts = pending + (text.isEmpty ? [] : [pending.isEmpty ? text : Self.escapingMarkup(text)])
        pending = []
        block(parts.joined(separator: " "))
    }

    private static func opensWithDash(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "-" || first == "\u{2013}" || first == "\u{2014}"
    }

    private mutating func flush() {
        if !pending.isEmpty { emit("") }
    }

    public mutating func visitDivision(_ division: Division, depth: Int) {
        openDivision(division, depth: depth)
        descend(into: division, depth: depth)
    }

    public mutating func visitArticle(_ article: Article) {
        pending = ["**" + Headings.article(article, language: language) + "**"]
        if article.status == .repealed {
            emit(Headings.repealedArticle(in: language))
        } else {
            descend(into: article)
            flush()
        }
        // Justel's footnotes, as Justel's markdown writes them.
        // Footnote 0 is a note of repeal Justel writes bare (`Abrogé par …`).
        for note in article.footnotes { markup(Self.footnoteLine(note)) }
    }

    /// A footnote as Justel's markdown writes it. Footnote 0 is a note without a number:
    /// Justel's bare note of repeal (`Abrogé par …`), or its old inline note after an
    /// article's heading, written `<L 2005-07-20/41, …>`.
    static func footnoteLine(_ note: JustelFootnote) -> String {
        guard note.number == 0 else { return "`(\(note.number))<\(note.text)>`" }
        return JustelFootnote.isRepealNote(note.text) ? "`\(note.text)`" : "`<\(note.text)>`"
    }

    public mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
        if let number = paragraph.number { pending.append(Headings.paragraph(number)) }
        if paragraph.status == .repealed { return emit(Headings.repealedUnit) }
        descend(into: paragraph, address: address)
        flush()
    }

    public mutating func visitAlinea(_ alinea: Alinea, address: Address) {
        if alinea.status == .repealed { return emit(Self.marked(Headings.repealedUnit, alinea.marks, repealed: true)) }
        // An alinéa that only introduces its enumeration has no line of its own.
        if !alinea.text.isEmpty || alinea.points.isEmpty { emit(Self.marked(alinea.text, alinea.marks)) }
        descend(into: alinea, address: address)
    }

    /// The words with Justel's markers put back (`[1 … ]1`), one pair per marked span.
    static func marked(_ text: String, _ marks: [JustelMark], repealed: Bool = false) -> String {
        guard !marks.isEmpty else { return text }
        if repealed { return marks.map { "[\($0.footnote) " }.joined() + text + marks.reversed().map { "]\($0.footnote)" }.joined() }
        var bytes = Array(text.utf8)
        var marks = marks
        // Escapes go in before the markers, where the words are still plain (a marker's
        // digits must not decide them: `[1 ]1` then `10.` is `[1 ]110\.`): at each line's
        // start, from the end; a mark at the escape's offset keeps it, later ones move.
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        for lineStart in lineStarts.reversed() {
            guard let offset = escapeOffset(bytes, from: lineStart) else { continue }
            bytes.insert(UInt8(ascii: "\\"), at: offset)
            for k in marks.indices {
                if marks[k].start > offset { marks[k].start += 1 }
                if marks[k].end > offset { marks[k].end += 1 }
            }
        }
        // Insertions from the end, so that earlier offsets stay valid. At one offset each
        // insertion lands left of the previous ones: openings go in first (they stand right
        // of closings), the innermost (last) opening first, the outermost closing first.
        var insertions: [(offset: Int, order: Int, text: String)] = []
        // An empty span (a marker around a label only) is written `[3 ]3`, in one piece.
        for (k, mark) in marks.enumerated() {
            if mark.end <= mark.start {
                insertions.append((min(mark.start, bytes.count), 2_000_000 + k, "[\(mark.footnote) ]\(mark.footnote)"))
                continue
            }
            insertions.append((min(mark.start, bytes.count), 2_000_000 + k, "[\(mark.footnote) "))
            insertions.append((min(mark.end, bytes.count), 1_000_000 - k, "]\(mark.footnote)"))
        }
        insertions.sort { ($0.offset, $0.order) > ($1.offset, $1.order) }
        for insertion in insertions { bytes.insert(contentsOf: Array(insertion.text.utf8), at: insertion.offset) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
        let text = point.status == .repealed ? Self.marked(Headings.repealedUnit, point.marks, repealed: true) : Self.marked(point.text, point.marks)
        let line = point.label.description + (text.isEmpty ? "" : " " + text)
        if pending.isEmpty {
            block(String(repeating: "   ", count: depth) + line)
        } else {
            emit(line)
        }
        if point.status != .repealed { descend(into: point, address: address, depth: depth) }
    }
}

/// Writes the front matter of the seed format, keys in the seed's order, through Yams
/// (libyaml's emitter quotes and escapes what a plain scalar cannot hold); a key without
/// value is written bare (`starts:`), as the seed writes it.
public enum FrontMatterWriter {
    public static func render(_ metadata: ActMetadata) -> String {
        var pairs: [(String, String?)] = []
        func add(_ key: String, _ value: String?) { pairs.append((key, value)) }
        add("url", metadata.eli)
        let language = metadata.language ?? .french
        add("title-" + language.rawValue, metadata.title)
        for other in Language.allCases where other != language {
            if let title = metadata.otherTitles[other] { add("title-" + other.rawValue, title) }
        }
        add("date", metadata.date?.iso)
        add("source", metadata.source)
        add("number", metadata.numac)
        add("page", metadata.page)
        add("case", metadata.dossier)
        add("publication", metadata.publication?.iso)
        add("starts", metadata.entryIntoForce?.iso)
        add("modifies", metadata.modifies.isEmpty ? nil : metadata.modifies.joined(separator: ", "))
        if let consolidated = metadata.consolidatedOn { add("consolidated", consolidated.iso) }
        if let note = metadata.justelNote { add("justel-note", note) }
        for field in metadata.extra { add(field.key, field.value.isEmpty ? nil : field.value) }
        var lines = ["---"]
        for (key, value) in pairs {
            lines.append(value.map { key + ": " + yamlScalar($0) } ?? key + ":")
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One value as a YAML scalar on one line, as libyaml writes it: plain when that reads
    /// back as the same string, else quoted with escapes.
    static func yamlScalar(_ value: String) -> String {
        // A plain scalar that YAML would read as something else (a number, a boolean, null)
        // is still the string the reader wants: the reader keeps every value as text.
        let node = Node.scalar(Node.Scalar(value, Tag(.str), plainOrQuoted(value)))
        let text = (try? Yams.serialize(node: node, width: -1, allowUnicode: true, lineBreak: .ln)) ?? "\"\""
        var scalar = Substring(text)
        if scalar.hasPrefix("--- ") { scalar = scalar.dropFirst(4) }
        while scalar.hasSuffix("\n") { scalar = scalar.dropLast() }
        if scalar.hasSuffix("\n...") { scalar = scalar.dropLast(4) }
        return String(scalar)
    }

    /// Plain for the values that are safe plain on one line, double-quoted for the rest.
    private static func plainOrQuoted(_ value: String) -> Node.Scalar.Style {
        let safe = !value.isEmpty && value.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || " -./_,:;()'".unicodeScalars.contains(s)
        } && !value.hasPrefix(" ") && !value.hasSuffix(" ") && !value.contains(": ") && !value.hasPrefix("-") && !value.hasSuffix(":")
        return safe ? .plain : .doubleQuoted
    }
}

extension String {
    func replacingNewlines(with separator: String) -> String {
        // On the bytes: `contains("\n")` went through Foundation's string search.
        guard utf8.contains(0x0A) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}

extension MarkdownRenderer: ActConsumer {
    /// The front matter, then the preamble's blocks.
    public mutating func begin(_ act: Act) {
        language = act.metadata.language
        sink.write(FrontMatterWriter.render(act.metadata))
        for line in act.preamble { block(line.text) }
    }

    /// The heading at its depth, Justel's footnotes under it, then its intro.
    public mutating func openDivision(_ division: Division, depth: Int) {
        markup(String(repeating: "#", count: min(depth + 2, 6)) + " " + division.printedHeadingLine(language: language))
        for note in division.footnotes { markup(Self.footnoteLine(note)) }
        for line in division.intro { block(line.text) }
    }

    public mutating func article(_ article: Article, depth: Int) { visitArticle(article) }
}
