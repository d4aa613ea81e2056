import ChronolexAmendments
import ChronolexModel

/// The consolidated act as JSON: the act on the date (the `chronolex.act/1` tree, without
/// source ranges — its units come from several files), and, per article, the version in
/// force and the edits that made it.
public enum ConsolidationJSON {
    public static func render(_ act: Act, _ timeline: Timeline, at date: LegalDate, knownOn: LegalDate?) -> String {
        var versions: [JSONValue] = []
        for article in act.articles {
            guard let version = timeline.article(article.number, at: date) else { continue }
            versions.append(.object([
                ("article", .string(article.address.description)),
                ("validFrom", .string(version.validFrom.iso)),
                ("validUntil", .optional(version.validUntil?.iso)),
                ("sources", .array(version.sources.map(source))),
                ("origin", origin(version, base: timeline.base)),
            ]))
        }
        return JSONValue.object([
            ("schema", .string("chronolex.consolidation/1")),
            ("at", .string(date.iso)),
            ("asKnownOn", .optional(knownOn?.iso)),
            ("entryIntoForce", .object([("date", .optional(timeline.entryIntoForce?.iso)), ("reason", .string(timeline.entryIntoForceReason))])),
            ("act", JSONRenderer(includeRanges: false).value(act)),
            ("versions", .array(versions)),
        ]).serialized()
    }

    /// Where a version's text comes from when no edit made it (`null` when edits did):
    /// `{"kind": "act"}` (the act as given), `"justel-state"` (with its `state` date),
    /// `"justel-state-without-insertions"` (and the `insertions` taken out), or `"unknown"`
    /// (not in the input: `until`, `changes`, `message`).
    public static func origin(_ version: ArticleVersion, base: Act) -> JSONValue {
        guard version.sources.isEmpty else { return .null }
        let state = Timeline.justelState(of: base)
        func notes(_ notes: [JustelFootnote]) -> JSONValue { .array(notes.map { .string($0.text) }) }
        switch version.origin {
        case .given:
            guard let state else { return .object([("kind", .string("act"))]) }
            return .object([("kind", .string("justel-state")), ("state", .string(state.iso))])
        case .withoutInsertions(let inserted):
            return .object([("kind", .string("justel-state-without-insertions")), ("state", .optional(state?.iso)), ("insertions", notes(inserted))])
        case .unknown(let gap):
            return .object([("kind", .string("unknown")), ("state", .string(gap.state.iso)), ("until", .string(gap.until.iso)),
                            ("changes", notes(gap.changes)), ("message", .string(gap.message))])
        }
    }

    /// One applied edit: the amending act, the instruction, its effective date.
    public static func source(_ applied: AppliedEdit) -> JSONValue {
        let edit = applied.edit
        let act = edit.source.act
        return .object([
            ("amendingAct", .object([
                ("numac", .optional(act.numac)), ("date", .optional(act.date?.iso)), ("dossier", .optional(act.dossier)),
                ("publication", .optional(act.publication?.iso)), ("title", .optional(act.title)),
            ])),
            ("source", .string(edit.source.address)),
            ("file", .string(edit.source.file)),
            ("line", edit.source.line.map { .int($0) } ?? .null),
            ("operation", .string(edit.change?.kind.rawValue ?? "")),
            ("units", .array(applied.units.map { .string($0) })),
            ("effective", .optional(edit.effective?.date?.iso)),
            ("retroactive", .bool(edit.retroactive)),
            ("sequence", .int(applied.sequence)),
        ])
    }
}
