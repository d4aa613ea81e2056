/// Writes an act as JSON: metadata, preamble and the whole tree with each unit's
/// canonical address, status and source range. The schema is documented in the README
/// (`"schema": "chronolex.act/1"`). Without ranges, two readings of the same text in
/// different files give the same JSON: the tests compare trees that way.
public struct JSONRenderer {
    public var includeRanges: Bool

    public init(includeRanges: Bool = true) { self.includeRanges = includeRanges }

    /// - Complexity: O(n) in the size of the act. Recursion is bounded by the model's
    ///   depth (8 division levels, 4 point levels), never by the input.
    public func value(_ act: Act) -> JSONValue {
        var members: [(String, JSONValue)] = [("schema", .string("chronolex.act/1"))]
        if includeRanges { members.append(("file", .optional(act.file))) }
        members.append(("metadata", metadata(act.metadata)))
        members.append(("preamble", .array(act.preamble.map { line in
            object([("text", .string(line.text))], range: line.range)
        })))
        members.append(("body", .array(act.body.map(element))))
        return .object(members)
    }

    /// The act as indented JSON, ending with a newline.
    public func render(_ act: Act) -> String { render(act, pretty: true) }

    func metadata(_ m: ActMetadata) -> JSONValue {
        var titles: [(String, JSONValue)] = []
        for language in Language.allCases {
            if let title = m.otherTitles[language] { titles.append((language.rawValue, .string(title))) }
        }
        return .object([
            ("numac", .optional(m.numac)),
            ("kind", .optional(m.kind?.rawValue)),
            ("title", .optional(m.title)),
            ("otherTitles", .object(titles)),
            ("language", .optional(m.language?.rawValue)),
            ("date", .optional(m.date?.iso)),
            ("publication", .optional(m.publication?.iso)),
            ("entryIntoForce", .optional(m.entryIntoForce?.iso)),
            ("source", .optional(m.source)),
            ("dossier", .optional(m.dossier)),
            ("page", .optional(m.page)),
            ("eli", .optional(m.eli)),
            ("modifies", .array(m.modifies.map { .string($0) })),
            ("consolidatedOn", .optional(m.consolidatedOn?.iso)),
            ("justelNote", .optional(m.justelNote)),
            ("extra", .object(m.extra.map { ($0.key, .string($0.value)) })),
        ])
    }

    func element(_ element: BodyElement) -> JSONValue {
        switch element {
        case .division(let d):
            return object([
                ("type", .string("division")), ("kind", .string(d.kind.rawValue)), ("word", .string(d.word)),
                ("number", .string(d.number)), ("heading", .string(d.heading)), ("citation", .string(d.citation)),
                ("status", .string(d.status.rawValue)),
            ], range: d.range, then: [
                ("intro", .array(d.intro.map { object([("text", .string($0.text))], range: $0.range) })),
            ] + (d.footnotes.isEmpty ? [] : [("footnotes", .array(d.footnotes.map(footnote)))]) + [
                ("children", .array(d.children.map(self.element))),
            ])
        case .article(let a):
            let numbered = a.hasParagraphs
            return object([
                ("type", .string("article")), ("number", .string(a.number)), ("address", .string(a.address.description)),
                ("status", .string(a.status.rawValue)),
            ], range: a.range, then: [("paragraphs", .array(a.paragraphs.map { p in
                paragraph(p, address: Address(article: a.number, paragraph: numbered ? p.number : nil))
            })), ("footnotes", .array(a.footnotes.map(footnote)))])
        }
    }

    func paragraph(_ p: Paragraph, address: Address) -> JSONValue {
        let count = p.alineas.count
        return object([
            ("number", .optional(p.number)), ("address", .string(address.description)), ("status", .string(p.status.rawValue)),
        ], range: p.range, then: [("alineas", .array(p.alineas.enumerated().map { index, alinea in
            var a = address
            if count > 1 { a.alinea = index + 1 }
            return self.alinea(alinea, address: a)
        }))])
    }

    func alinea(_ alinea: Alinea, address: Address) -> JSONValue {
        object([("address", .string(address.description)), ("status", .string(alinea.status.rawValue))],
               range: alinea.range,
               then: [("sentences", sentences(alinea.sentences)), ("marks", marks(alinea.marks)),
                      ("points", .array(alinea.points.map { point($0, parent: address) }))])
    }

    func point(_ point: Point, parent: Address) -> JSONValue {
        var address = parent
        address.points.append(point.label)
        return object([
            ("label", .string(point.label.description)), ("kind", .string(point.label.kind.rawValue)),
            ("value", .string(point.label.value)), ("address", .string(address.description)),
            ("status", .string(point.status.rawValue)),
        ], range: point.range, then: [("sentences", sentences(point.sentences)), ("marks", marks(point.marks)),
                                      ("points", .array(point.points.map { self.point($0, parent: address) }))])
    }

    func marks(_ marks: [JustelMark]) -> JSONValue {
        .array(marks.map { .object([("footnote", .int($0.footnote)), ("start", .int($0.start)), ("end", .int($0.end))]) })
    }

    func footnote(_ note: JustelFootnote) -> JSONValue {
        object([
            ("number", .int(note.number)), ("text", .string(note.text)), ("verb", .optional(note.verb)), ("kind", .optional(note.kind)),
            ("dossier", .optional(note.dossier)), ("article", .optional(note.article)), ("sequence", .optional(note.sequence)),
            ("entryIntoForce", .optional(note.entryIntoForce?.iso)),
        ], range: note.range)
    }

    func sentences(_ sentences: [Sentence]) -> JSONValue {
        .array(sentences.map { object([("text", .string($0.text))], range: $0.range) })
    }

    func object(_ members: [(String, JSONValue)], range: SourceRange?, then rest: [(String, JSONValue)] = []) -> JSONValue {
        var all = members
        if includeRanges { all.append(("range", range.map(rangeValue) ?? .null)) }
        return .object(all + rest)
    }

    func rangeValue(_ range: SourceRange) -> JSONValue {
        .object([
            ("start", .object([("line", .int(range.start.line)), ("column", .int(range.start.column))])),
            ("end", .object([("line", .int(range.end.line)), ("column", .int(range.end.column))])),
        ])
    }
}

// MARK: Written straight from the tree

extension JSONRenderer {
    /// The act as compact JSON (or indented, `pretty`), ending with a newline.
    public func render(_ act: Act, pretty: Bool) -> String {
        let sink = OutputSink()
        render(act, to: sink, pretty: pretty)
        return sink.text
    }

    /// Writes the act to `sink`, then a newline: the same JSON as ``value(_:)``, written as
    /// the tree is walked (no value built).
    public func render(_ act: Act, to sink: OutputSink, pretty: Bool = false) {
        var writer = JSONWriter(sink: sink, pretty: pretty)
        write(act, to: &writer)
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// Writes the act where `writer` stands (a value of an array or of a key).
    ///
    /// - Complexity: O(n) in the size of the act; no allocation per unit but the addresses'.
    public func write(_ act: Act, to w: inout JSONWriter) {
        writeHead(act, to: &w)
        for element in act.body { write(element, to: &w) }
        w.endArray()
        w.endObject()
    }

    /// The act's object up to its body's array, opened: what comes before the first
    /// division or article.
    fileprivate func writeHead(_ act: Act, to w: inout JSONWriter) {
        w.beginObject()
        w.member("schema", "chronolex.act/1")
        if includeRanges { w.member("file", act.file) }
        w.key("metadata")
        w.value(metadata(act.metadata))
        w.key("preamble")
        w.beginArray()
        for line in act.preamble {
            w.beginObject()
            w.member("text", line.text)
            writeRange(line.range, to: &w)
            w.endObject()
        }
        w.endArray()
        w.key("body")
        w.beginArray()
    }

    /// `"address": "art. 3, § 2, al. 2"`, written piece by piece.
    private func writeAddress(_ address: Address, to w: inout JSONWriter) {
        w.key("address")
        w.string { address.writeParts(long: false, $0) }
    }

    private func writeRange(_ range: SourceRange?, to w: inout JSONWriter) {
        guard includeRanges else { return }
        w.key("range")
        guard let range else { return w.null() }
        w.beginObject()
        w.key("start")
        w.beginObject()
        w.member("line", range.start.line)
        w.member("column", range.start.column)
        w.endObject()
        w.key("end")
        w.beginObject()
        w.member("line", range.end.line)
        w.member("column", range.end.column)
        w.endObject()
        w.endObject()
    }

    private func write(_ element: BodyElement, to w: inout JSONWriter) {
        switch element {
        case .division(let d):
            writeDivisionHead(d, to: &w)
            for child in d.children { write(child, to: &w) }
            w.endArray()
            w.endObject()
        case .article(let a):
            write(a, to: &w)
        }
    }

    /// A division's object up to its children's array, opened.
    fileprivate func writeDivisionHead(_ d: Division, to w: inout JSONWriter) {
        w.beginObject()
        w.member("type", "division")
        w.member("kind", d.kind.rawValue)
        w.member("word", d.word)
        w.member("number", d.number)
        w.member("heading", d.heading)
        w.member("citation", d.citation)
        w.member("status", d.status.rawValue)
        writeRange(d.range, to: &w)
        w.key("intro")
        w.beginArray()
        for line in d.intro {
            w.beginObject()
            w.member("text", line.text)
            writeRange(line.range, to: &w)
            w.endObject()
        }
        w.endArray()
        if !d.footnotes.isEmpty {
            w.key("footnotes")
            w.beginArray()
            for note in d.footnotes { write(note, to: &w) }
            w.endArray()
        }
        w.key("children")
        w.beginArray()
    }

    fileprivate func write(_ a: Article, to w: inout JSONWriter) {
        let numbered = a.hasParagraphs
        w.beginObject()
        w.member("type", "article")
        w.member("number", a.number)
        writeAddress(a.address, to: &w)
        w.member("status", a.status.rawValue)
        writeRange(a.range, to: &w)
        w.key("paragraphs")
        w.beginArray()
        for p in a.paragraphs {
            write(p, address: Address(article: a.number, paragraph: numbered ? p.number : nil), to: &w)
        }
        w.endArray()
        w.key("footnotes")
        w.beginArray()
        for note in a.footnotes { write(note, to: &w) }
        w.endArray()
        w.endObject()
    }

    private func write(_ p: Paragraph, address: Address, to w: inout JSONWriter) {
        w.beginObject()
        w.member("number", p.number)
        writeAddress(address, to: &w)
        w.member("status", p.status.rawValue)
        writeRange(p.range, to: &w)
        w.key("alineas")
        w.beginArray()
        let count = p.alineas.count
        for (index, alinea) in p.alineas.enumerated() {
            var a = address
            if count > 1 { a.alinea = index + 1 }
            w.beginObject()
            writeAddress(a, to: &w)
            writeBody(status: alinea.status, range: alinea.range, sentences: alinea.sentences, marks: alinea.marks, points: alinea.points, address: a, to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func write(_ point: Point, parent: Address, to w: inout JSONWriter) {
        var address = parent
        address.points.append(point.label)
        w.beginObject()
        w.member("label", point.label.description)
        w.member("kind", point.label.kind.rawValue)
        w.member("value", point.label.value)
        writeAddress(address, to: &w)
        writeBody(status: point.status, range: point.range, sentences: point.sentences, marks: point.marks, points: point.points, address: address, to: &w)
        w.endObject()
    }

    /// What an alinéa and a point both hold, after their address: status, range,
    /// sentences, Justel's marks, and the points under it.
    private func writeBody(status: UnitStatus, range: SourceRange?, sentences: [Sentence], marks: [JustelMark], points: [Point],
                           address: Address, to w: inout JSONWriter) {
        w.member("status", status.rawValue)
        writeRange(range, to: &w)
        writeSentences(sentences, to: &w)
        writeMarks(marks, to: &w)
        w.key("points")
        w.beginArray()
        for point in points { write(point, parent: address, to: &w) }
        w.endArray()
    }

    private func writeSentences(_ sentences: [Sentence], to w: inout JSONWriter) {
        w.key("sentences")
        w.beginArray()
        for sentence in sentences {
            w.beginObject()
            w.key("text")
            sentence.withUTF8 { w.string(utf8: $0) }
            writeRange(sentence.range, to: &w)
            w.endObject()
        }
        w.endArray()
    }

    private func writeMarks(_ marks: [JustelMark], to w: inout JSONWriter) {
        w.key("marks")
        w.beginArray()
        for mark in marks {
            w.beginObject()
            w.member("footnote", mark.footnote)
            w.member("start", mark.start)
            w.member("end", mark.end)
            w.endObject()
        }
        w.endArray()
    }

    private func write(_ note: JustelFootnote, to w: inout JSONWriter) {
        w.value(footnote(note))
    }
}

/// Writes an act as JSON as its pieces come (``ActConsumer``): the same bytes as
/// ``JSONRenderer/render(_:to:pretty:)`` writes from the tree, then a newline.
public struct JSONStreamRenderer: ActConsumer {
    private let renderer: JSONRenderer
    private var writer: JSONWriter

    public init(_ renderer: JSONRenderer = JSONRenderer(), to sink: OutputSink, pretty: Bool = false) {
        self.renderer = renderer
        writer = JSONWriter(sink: sink, pretty: pretty)
    }

    public mutating func begin(_ act: Act) { renderer.writeHead(act, to: &writer) }

    public mutating func openDivision(_ division: Division, depth: Int) { renderer.writeDivisionHead(division, to: &writer) }

    public mutating func article(_ article: Article, depth: Int) { renderer.write(article, to: &writer) }

    public mutating func closeDivision(_ division: Division, depth: Int) {
        writer.endArray()
        writer.endObject()
    }

    public mutating func end() {
        writer.endArray()
        writer.endObject()
        writer.sink.write(byte: UInt8(ascii: "\n"))
    }
}
