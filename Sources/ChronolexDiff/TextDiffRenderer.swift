import ChronolexModel

/// Writes a comparison for a terminal or a pipe: one block per changed unit, headed by
/// its address and the kind of change, then its words — `[-old-]{+new+}` in plain text
/// (git's word-diff notation), or red struck-out / green underlined words in colour —
/// then the acts that made it. Unchanged units do not appear.
public enum TextDiffRenderer {
    /// Plain `[-…-]{+…+}` or ANSI colours (with strike-through and underline, readable
    /// without colour too).
    public enum Style: Sendable {
        case plain, ansi
    }

    /// What every output says when no history was given (two arbitrary files).
    public static let noAttributionNote = "no attribution: comparing two files"

    /// - Complexity: O(n) in the size of the changes.
    public static func render(_ diff: ActDiff, style: Style) -> String {
        let sink = OutputSink()
        render(diff, style: style, to: sink)
        return sink.text
    }

    /// The same text written to `sink` change by change, as it is produced.
    ///
    /// - Complexity: O(n) in the size of the changes.
    public static func render(_ diff: ActDiff, style: Style, to out: OutputSink) {
        let title = displayTitle(diff.metadata.title ?? diff.to.file ?? "")
        // The act's own words (dates, citations) in its language; the frame stays English.
        let labels = DiffLabels.forLanguage(diff.metadata.language)
        out.write(bold("--- " + labels.side(diff.from), style) + "\n")
        out.write(bold("+++ " + labels.side(diff.to), style) + "\n")
        if !title.isEmpty { out.write(title + "\n") }
        if !diff.hasAttribution { out.write("(" + noAttributionNote + ")\n") }
        if diff.changes.isEmpty { out.write("\nno changes\n") }
        // Each change's block depends on nothing but the change: a large diff's second half
        // is written on a thread of its own meanwhile, into memory, then copied in.
        let count = diff.changes.count
        guard count >= changesForTwoThreads else { return write(diff.changes[...], style: style, labels: labels, to: out) }
        let part = PartBox(changes: diff.changes[(count / 2)...])
        let second = SideThread { () -> PartBox in
            write(part.changes, style: style, labels: labels, to: part.sink)
            return part
        }
        write(diff.changes[..<(count / 2)], style: style, labels: labels, to: out)
        out.write(contentsOf: second.wait().sink)
    }

    /// From this many changes, the text is written on two threads.
    static let changesForTwoThreads = 256

    /// The second half of the changes, handed to its thread and back with what it wrote.
    private final class PartBox: @unchecked Sendable {
        let changes: ArraySlice<UnitChange>
        let sink = OutputSink()
        init(changes: ArraySlice<UnitChange>) { self.changes = changes }
    }

    /// The blocks of `changes`, in order, the acts cited as `labels`' language cites them.
    private static func write(_ changes: ArraySlice<UnitChange>, style: Style, labels: DiffLabels, to out: OutputSink) {
        for change in changes {
            out.write("\n")
            var heading = change.address
            if change.kind == .renumbered || (change.oldAddress != nil && change.newAddress != nil && change.oldAddress != change.newAddress) {
                heading = (change.oldAddress ?? "") + " -> " + (change.newAddress ?? "")
            }
            out.write(bold("@@ " + heading + " (" + change.kind.rawValue + ")", style) + "\n")
            words(change, style: style, to: out)
            out.write("\n")
            for attribution in change.attribution {
                var line = "  <- " + labels.citation(attribution)
                if let effective = attribution.effective { line += "; effective " + effective.iso }
                if let publication = attribution.publication { line += "; published " + publication.iso }
                if let datedBy = attribution.datedBy { line += "; date fixed by " + labels.act.citation(datedBy) }
                out.write(dim(line, style) + "\n")
            }
        }
    }

    /// A title as a heading line: trimmed, without the space a source may leave before its
    /// final period (`… pénales .` is `… pénales.`).
    public static func displayTitle(_ title: String) -> String {
        let text = title.trimmingSpaces
        var head = text.dropLast()
        guard text.hasSuffix("."), let last = head.last, last.isWhitespace else { return text }
        while let last = head.last, last.isWhitespace { head = head.dropLast() }
        return head.isEmpty ? text : String(head) + "."
    }

    /// The words of one change, with its label for a unit that has one.
    static func words(_ change: UnitChange, style: Style) -> String {
        let sink = OutputSink()
        words(change, style: style, to: sink)
        return sink.text
    }

    static func words(_ change: UnitChange, style: Style, to out: OutputSink) {
        if !(change.label.isEmpty || change.level == .alinea) {
            out.write(change.label)
            out.write(" ")
        }
        for edit in change.words {
            switch (edit.operation, style) {
            case (.equal, _): out.write(edit.text)
            case (.delete, .plain): out.write("[-"); out.write(edit.text); out.write("-]")
            case (.insert, .plain): out.write("{+"); out.write(edit.text); out.write("+}")
            case (.delete, .ansi): out.write("\u{1B}[31;9m"); out.write(edit.text); out.write("\u{1B}[0m")
            case (.insert, .ansi): out.write("\u{1B}[32;4m"); out.write(edit.text); out.write("\u{1B}[0m")
            }
        }
    }

    private static func bold(_ text: String, _ style: Style) -> String {
        style == .ansi ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }

    private static func dim(_ text: String, _ style: Style) -> String {
        style == .ansi ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
    }
}

/// Writes a comparison as JSON, keys in a fixed order (same input, same bytes):
/// `{"from", "to", "act", "attribution", "changes": [{"kind", "level", "oldAddress",
/// "newAddress", "old", "new", "words": [{"op", "text"}], "attribution": [...]}]}`.
public enum JSONDiffRenderer {
    public static func render(_ diff: ActDiff, pretty: Bool = true) -> String {
        value(diff).serialized(pretty: pretty) + "\n"
    }

    /// The same JSON, then a newline, written to `sink`.
    public static func write(_ diff: ActDiff, to sink: OutputSink, pretty: Bool = false) {
        value(diff).write(to: sink, pretty: pretty)
        sink.write(byte: UInt8(ascii: "\n"))
    }

    public static func value(_ diff: ActDiff) -> JSONValue {
        func side(_ side: ActDiff.Side) -> JSONValue {
            .object([("label", .string(side.label)), ("date", .optional(side.date?.iso)), ("file", .optional(side.file))])
        }
        let metadata = diff.metadata
        var members: [(String, JSONValue)] = [
            ("schema", .string("chronolex.diff/1")),
            ("from", side(diff.from)),
            ("to", side(diff.to)),
            ("act", .object([("title", .optional(metadata.title)), ("numac", .optional(metadata.numac)),
                             ("language", .optional(metadata.language?.rawValue))])),
        ]
        members.append(("attribution", diff.hasAttribution ? .string("timeline") : .string(TextDiffRenderer.noAttributionNote)))
        members.append(("changes", .array(diff.changes.map(change))))
        return .object(members)
    }

    static func change(_ change: UnitChange) -> JSONValue {
        .object([
            ("kind", .string(change.kind.rawValue)),
            ("level", .string(change.level.rawValue)),
            ("oldAddress", .optional(change.oldAddress)),
            ("newAddress", .optional(change.newAddress)),
            ("old", .string(change.old)),
            ("new", .string(change.new)),
            ("words", .array(change.words.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
            ("attribution", .array(change.attribution.map(attribution))),
        ])
    }

    static func attribution(_ attribution: Attribution) -> JSONValue {
        .object([
            ("source", .string(attribution.sourceCitation)),
            ("article", .optional(attribution.article)),
            ("title", .optional(attribution.title)),
            ("numac", .optional(attribution.numac)),
            ("kind", .optional(attribution.kind?.rawValue)),
            ("date", .optional(attribution.date?.iso)),
            ("effective", .optional(attribution.effective?.iso)),
            ("publication", .optional(attribution.publication?.iso)),
        ] + (attribution.datedBy.map { [("datedBy", JSONValue.string($0))] } ?? []))
    }
}
