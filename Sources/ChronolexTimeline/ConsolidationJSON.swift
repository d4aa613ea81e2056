import ChronolexAmendments
import ChronolexModel

/// The consolidated act as JSON: the act on the date (the `chronolex.act/1` tree, without
/// source ranges — its units come from several files), and, per article, the version in
/// force and the edits that made it; `notInForce`, when some are, the act's articles it dates
/// apart that are not in force yet on the date, and why; `skipped`, when `--keep-going`
/// skipped some, the instructions that could not be applied to the text asked for, each
/// with its file, line, amending article and why — so that a reader of the JSON alone is
/// never shown a text as complete when a change to it was skipped.
public enum ConsolidationJSON {
    public static func render(_ act: Act, _ timeline: Timeline, at date: LegalDate, knownOn: LegalDate?, notApplied: [Diagnostic] = [],
                              pretty: Bool = true) -> String {
        let sink = OutputSink()
        render(act, timeline, at: date, knownOn: knownOn, notApplied: notApplied, to: sink, pretty: pretty)
        return sink.text
    }

    /// Writes the consolidation to `sink` (no newline after it): the act from its tree,
    /// then each article's version, one at a time.
    public static func render(_ act: Act, _ timeline: Timeline, at date: LegalDate, knownOn: LegalDate?, notApplied: [Diagnostic] = [],
                              to sink: OutputSink, pretty: Bool = false) {
        var w = JSONWriter(sink: sink, pretty: pretty)
        w.beginObject()
        w.member("schema", "chronolex.consolidation/1")
        w.member("at", date.iso)
        w.member("asKnownOn", knownOn?.iso)
        w.key("entryIntoForce")
        w.beginObject()
        w.member("date", timeline.entryIntoForce?.iso)
        w.member("reason", timeline.entryIntoForceReason)
        w.endObject()
        w.key("act")
        JSONRenderer(includeRanges: false).write(act, to: &w)
        w.key("versions")
        w.beginArray()
        // The Justel state walks the whole act: once, not once per article (look 42).
        let state = timeline.justelState
        for article in act.articles {
            guard let version = timeline.article(article.number, at: date) else { continue }
            w.beginObject()
            w.member("article", article.address.description)
            w.member("validFrom", version.validFrom.iso)
            w.member("validUntil", version.validUntil?.iso)
            w.key("sources")
            w.beginArray()
            for applied in version.sources { w.value(source(applied)) }
            w.endArray()
            w.key("origin")
            w.value(origin(version, state: state))
            w.endObject()
        }
        w.endArray()
        // The act's articles not in force yet on the date, and why (look 29); only when there are.
        let absent = timeline.notInForce(at: date)
        if !absent.isEmpty {
            w.key("notInForce")
            w.beginArray()
            for (key, dating) in absent {
                w.value(.object([("article", .string("art. \(key)")), ("reason", .string(dating.reason)),
                                 ("clause", .string("art. \(dating.article)")), ("line", dating.line.map { .int($0) } ?? .null)]))
            }
            w.endArray()
        }
        // What --keep-going skipped (errors that concern the text asked for); only when some were.
        if !notApplied.isEmpty {
            w.key("skipped")
            w.beginArray()
            for diagnostic in notApplied {
                var message = diagnostic.message
                if message.hasPrefix("skipped: ") { message.removeFirst("skipped: ".count) }
                w.value(.object([("file", .string(diagnostic.file)), ("line", diagnostic.location.map { .int($0.line) } ?? .null),
                                 ("source", .optional(diagnostic.unit)), ("message", .string(message))]))
            }
            w.endArray()
        }
        w.endObject()
    }

    /// Where a version's text comes from when no edit made it (`null` when edits did):
    /// `{"kind": "act"}` (the act as given), `"justel-state"` (with its `state` date),
    /// `"justel-state-without-insertions"` (and the `insertions` taken out), or `"unknown"`
    /// (not in the input: `until`, `changes`, `message`).
    /// `state`: the base's Justel state (``Timeline/justelState(of:)``), computed once by the
    /// caller.
    public static func origin(_ version: ArticleVersion, state: LegalDate?) -> JSONValue {
        guard version.sources.isEmpty else { return .null }
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
        var members: [(String, JSONValue)] = [
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
        ]
        // A change its act left to be dated, dated by another act: that act and article.
        if let by = edit.datedBy {
            members.append(("datedBy", .object([("numac", .optional(by.act.numac)), ("date", .optional(by.act.date?.iso)),
                                                 ("dossier", .optional(by.act.dossier)), ("source", .string(by.address))])))
        }
        return .object(members)
    }
}
