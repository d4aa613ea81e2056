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

    public func render(_ act: Act) -> String { value(act).serialized() + "\n" }

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
