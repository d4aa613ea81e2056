import ChronolexModel

/// The two ways `chronolex edits` prints edits: JSON (`{"edits": [...]}`, keys in a fixed
/// order) and one readable line per edit.
public enum EditRenderer {
    /// `{"edits": [...]}`.
    public static func json(_ edits: [Edit]) -> String {
        JSONValue.object([("edits", .array(edits.map(value)))]).serialized() + "\n"
    }

    /// One edit as a JSON object. Every key is always present (`null` when not applicable).
    public static func value(_ edit: Edit) -> JSONValue {
        let op = edit.operation
        let source = edit.source
        return .object([
            ("source", .string(source.address)),
            ("file", .string(source.file)),
            ("line", source.line.map { .int($0) } ?? .null),
            ("amendingAct", .object([
                ("numac", .optional(source.act.numac)),
                ("date", .optional(source.act.date?.iso)),
                ("dossier", .optional(source.act.dossier)),
                ("publication", .optional(source.act.publication?.iso)),
            ])),
            ("operation", .optional(op?.kind.rawValue)),
            ("act", edit.targetAct.map(actValue) ?? .null),
            ("target", .optional(edit.target.description)),
            ("through", .optional(edit.target.throughDescription)),
            ("words", .optional(edit.target.words)),
            ("wordsNoun", .optional(edit.target.wordsNoun)),
            ("newWords", .optional(op?.newWords)),
            ("newUnit", .optional(op?.newUnit)),
            ("count", op?.count.map { .int($0) } ?? .null),
            ("text", .array((op?.newText ?? []).map { .string($0) })),
            ("position", .optional(op?.position?.name)),
            ("anchors", .array((op?.position?.anchors ?? []).map { .string($0) })),
            ("everyOccurrence", .bool(op?.everyOccurrence ?? false)),
            ("renumberedAs", .optional(op?.renumberedAs)),
            ("language", .optional(op?.language)),
            ("reestablishes", .bool(op?.reestablishes ?? false)),
            ("effective", .optional(edit.effective?.date?.iso)),
            ("pending", .optional(pendingReason(edit.effective))),
            ("retroactive", .bool(edit.retroactive)),
            ("history", .array(edit.history.map { .string($0) })),
            ("notes", .array(edit.notes.map { .string($0) })),
            ("error", .optional(edit.error)),
        ])
    }

    /// The target act: the same value for every citation of the same act.
    public static func actValue(_ act: ActCitation) -> JSONValue {
        .object([
            ("kind", .optional(act.kind?.rawValue)),
            ("date", .optional(act.date?.iso)),
            ("title", .optional(act.title)),
            ("numac", .optional(act.numac)),
        ])
    }

    private static func pendingReason(_ effective: EffectiveDate?) -> String? {
        if case .pending(let reason)? = effective { return reason }
        return nil
    }

    /// One line per edit:
    /// `file:line art. 8, 2°, e) — insert 11° at the end of art. 160, § 4, al. 1 [arrêté du Gouvernement du 22 mai 2014 …] — effective 2022-10-01 (retroactive)`.
    public static func text(_ edits: [Edit]) -> String {
        edits.map(line).joined(separator: "\n") + (edits.isEmpty ? "" : "\n")
    }

    public static func line(_ edit: Edit) -> String {
        var out = edit.source.file + (edit.source.line.map { ":\($0)" } ?? "") + " " + edit.source.address + " — "
        let target = edit.target.description.map { t in edit.target.throughDescription.map { t + " to " + $0 } ?? t } ?? "the whole act"
        let act = edit.targetAct.map { " [" + $0.name + "]" } ?? ""
        guard let op = edit.operation else {
            return out + "UNREAD (\(edit.error ?? "not understood")) in \(target)\(act)"
        }
        func q(_ text: String) -> String { "« " + Scanner.excerpt(text) + " »" }
        let every = op.everyOccurrence ? " every time" : ""
        switch op.kind {
        case .replace:
            if let words = edit.target.words {
                out += "replace\(every) \(q(words)) by \(q(op.newWords ?? "")) in \(target)"
            } else {
                out += "replace \(target) by \(op.newText.count) block(s)"
            }
        case .insert:
            let what = op.newWords.map(q) ?? (op.reestablishes ? "(re-established) \(target)" : (op.newUnit ?? "text"))
            let position: String
            switch op.position {
            case .end?: position = " at the end of \(target)"
            case .before(let a)?: position = " before \(q(a)) in \(target)"
            case .after(let a)?: position = " after \(q(a)) in \(target)"
            case .between(let a, let b)?: position = " between \(q(a)) and \(q(b)) in \(target)"
            case .beforeUnit(let u)?: position = " before \(u) in \(target)"
            case .afterUnit(let u)?: position = " after \(u) in \(target)"
            case .betweenUnits(let a, let b)?: position = " between \(a) and \(b) in \(target)"
            case .byNumber?: position = op.reestablishes ? "" : " in \(target), where its number places it"
            case nil: position = " in \(target)"
            }
            out += "insert \(what)\(position)" + (op.newText.isEmpty ? "" : " (\(op.newText.count) block(s))")
        case .repeal:
            if let words = edit.target.words {
                out += "repeal\(every) \(q(words)) in \(target)"
            } else if case .after(let a)? = op.position {
                out += "repeal the end of \(target) after \(q(a))"
            } else {
                out += "repeal \(target)"
            }
        case .renumber:
            out += "renumber \(target) as \(op.renumberedAs ?? "?")"
        case .noop:
            out += "no change to this version (concerne le texte \(op.language ?? "d'une autre langue")) for \(target)"
        }
        out += act
        switch edit.effective {
        case .date(let d)?: out += " — effective \(d.iso)" + (edit.retroactive ? " (retroactive)" : "")
        case .pending(let reason)?: out += " — pending (\(reason))"
        case nil: break
        }
        if let error = edit.error { out += " — ERROR: " + error }
        return out
    }
}
