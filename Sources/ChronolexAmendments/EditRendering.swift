import ChronolexModel

/// The two ways `chronolex edits` prints edits: JSON (`{"edits": [...]}`, keys in a fixed
/// order) and one readable line per edit.
public enum EditRenderer {
    /// `{"edits": [...]}`.
    public static func json(_ edits: [Edit], pretty: Bool = true) -> String {
        let sink = OutputSink()
        json(edits, to: sink, pretty: pretty)
        return sink.text
    }

    /// `{"edits": [...]}` written to `sink` one edit at a time, then a newline: each edit
    /// straight from its fields, no `JSONValue` built first.
    public static func json(_ edits: [Edit], to sink: OutputSink, pretty: Bool = false) {
        json(edits, to: sink, pretty: pretty, batch: sideBatch)
    }

    /// Edits written by each thread in turn when compact JSON is written on two threads.
    static let sideBatch = 4096

    /// The same; compact JSON of more than `batch` edits is written on two threads: while
    /// this one writes a batch of edits to the sink, a second writes the next batch to
    /// memory, whose bytes then follow (a batch's bytes are the same on either thread: in
    /// compact JSON an element's bytes do not depend on where it stands, and a comma goes
    /// between two).
    static func json(_ edits: [Edit], to sink: OutputSink, pretty: Bool, batch: Int) {
        var writer = JSONWriter(sink: sink, pretty: pretty)
        writer.beginObject()
        writer.member("schema", "chronolex.edits/1")
        writer.key("edits")
        writer.beginArray()
        var repeats = Repeats()
        if pretty || edits.count <= batch {
            for edit in edits { write(edit, to: &writer, repeats: &repeats) }
        } else {
            var start = 0
            while start < edits.count {
                let own = start..<min(edits.count, start + batch)
                let next = own.upperBound..<min(edits.count, own.upperBound + batch)
                let side = next.isEmpty ? nil : SideThread { compactElements(edits[next]) }
                for edit in edits[own] { write(edit, to: &writer, repeats: &repeats) }
                if let side {
                    sink.write(byte: UInt8(ascii: ","))
                    side.wait().withUnsafeBufferPointer { sink.write(bytes: $0) }
                }
                start = next.upperBound
            }
        }
        writer.endArray()
        writer.endObject()
        sink.write(byte: UInt8(ascii: "\n"))
    }

    /// The edits as elements of a compact JSON array: each edit, commas between them, no
    /// brackets.
    static func compactElements(_ edits: ArraySlice<Edit>) -> [UInt8] {
        let sink = OutputSink()
        var writer = JSONWriter(sink: sink, pretty: false)
        writer.beginArray()
        var repeats = Repeats()
        for edit in edits { write(edit, to: &writer, repeats: &repeats) }
        return Array(sink.bytes.dropFirst())
    }

    /// The members that the edits of one amending act repeat, kept as compact JSON while
    /// they stay the same from one edit to the next: `"file"` and `"amendingAct"` (the same
    /// amending act, known by its shared fields) and `"act"` (an equal citation). Each
    /// edit of the bench's amending act wrote them again: kept, its JSON costs 5,000
    /// instructions less an edit, of 22,000 (callgrind of `edits`). Pretty JSON is written
    /// as it comes.
    struct Repeats {
        /// The amending act the kept members are of, and its `"file":"…"` member and its
        /// object (`{"numac":…}`).
        private var amending: AmendingActRef?
        private var fileMember: [UInt8] = []
        private var amendingObject: [UInt8] = []
        /// The citation of the target act the kept object (`{"kind":…}`) is of.
        private var act: ActCitation?
        private var actObject: [UInt8] = []

        /// `"file":…,"line":…,"amendingAct":{…}`.
        mutating func writeSource(_ source: EditSource, to writer: inout JSONWriter) {
            let kept = !writer.pretty
            if kept, amending.map({ !$0.isSame(as: source.act) }) ?? true {
                amending = source.act
                fileMember = Self.compact { $0.member("file", source.file) }
                amendingObject = Self.compact { EditRenderer.writeAmendingAct(source.act, to: &$0) }
            }
            if kept { fileMember.withUnsafeBufferPointer { writer.member(compact: $0) } } else { writer.member("file", source.file) }
            writer.key("line")
            if let line = source.line { writer.int(line) } else { writer.null() }
            writer.key("amendingAct")
            if kept {
                amendingObject.withUnsafeBufferPointer { writer.value(compact: $0) }
            } else {
                EditRenderer.writeAmendingAct(source.act, to: &writer)
            }
        }

        /// `"act":{…}` or `"act":null`.
        mutating func writeAct(_ citation: ActCitation?, to writer: inout JSONWriter) {
            writer.key("act")
            guard let citation else { return writer.null() }
            guard !writer.pretty else { return EditRenderer.write(citation, to: &writer) }
            if act != citation {
                act = citation
                actObject = Self.compact { EditRenderer.write(citation, to: &$0) }
            }
            actObject.withUnsafeBufferPointer { writer.value(compact: $0) }
        }

        /// What `write` writes, as compact JSON, outside any container.
        private static func compact(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
            let sink = OutputSink()
            var writer = JSONWriter(sink: sink, pretty: false)
            write(&writer)
            return sink.bytes
        }
    }

    /// One edit as a JSON object, keys in a fixed order. Every key is always present
    /// (`null` when not applicable).
    public static func write(_ edit: Edit, to writer: inout JSONWriter) {
        var repeats = Repeats()
        write(edit, to: &writer, repeats: &repeats)
    }

    /// The amending act's object (`{"numac":…}`).
    fileprivate static func writeAmendingAct(_ act: AmendingActRef, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("numac", act.numac)
        writer.member("date", act.date?.iso)
        writer.member("dossier", act.dossier)
        writer.member("publication", act.publication?.iso)
        writer.endObject()
    }

    static func write(_ edit: Edit, to writer: inout JSONWriter, repeats: inout Repeats) {
        let change = edit.change
        let source = edit.source
        var newUnit: NewUnit?
        if case .insertUnits(let unit, _, _)? = change { newUnit = unit }
        var renumbered: String?
        if case .renumber(let reference)? = change { renumbered = reference.address }
        var language: String?
        if case .noop(let name)? = change { language = name }
        var reestablishes = false
        if case .reestablish? = change { reestablishes = true }
        func strings(_ key: StaticString, _ values: [String]) {
            writer.key(key)
            writer.beginArray()
            for value in values { writer.string(value) }
            writer.endArray()
        }
        func int(_ key: StaticString, _ value: Int?) {
            writer.key(key)
            if let value { writer.int(value) } else { writer.null() }
        }
        writer.beginObject()
        writer.member("source", source.address)
        repeats.writeSource(source, to: &writer)
        writer.member("operation", change?.kind.rawValue)
        repeats.writeAct(edit.targetAct, to: &writer)
        writer.member("target", edit.target.address)
        writer.member("through", edit.target.throughAddress)
        writer.member("part", change?.part)
        writer.key("row")
        if let row = edit.row ?? change?.repealedRow { write(row, to: &writer) } else { writer.null() }
        writer.key("column")
        if let column = edit.column {
            writer.beginObject()
            writer.member("heading", column.heading)
            writer.key("number")
            if let number = column.number { writer.int(number) } else { writer.null() }
            writer.member("described", column.described)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.member("words", change?.words?.text)
        writer.member("wordsNoun", change?.words?.noun)
        writer.member("newWords", change?.newWords)
        writer.key("values")
        if case .completeColumns(let values)? = change {
            writer.beginArray()
            for value in values {
                writer.beginObject()
                writer.member("column", value.column.heading ?? value.column.described)
                writer.key("columnNumber")
                if let number = value.column.number { writer.int(number) } else { writer.null() }
                writer.member("value", value.value)
                writer.member("concerning", value.concerning)
                writer.endObject()
            }
            writer.endArray()
        } else {
            writer.null()
        }
        writer.member("newUnit", newUnit?.description)
        int("count", newUnit?.count)
        strings("text", change?.fragment?.blocks ?? [])
        writer.member("position", change.flatMap(positionName))
        strings("anchors", anchors(edit))
        writer.key("everyOccurrence")
        writer.bool(change?.everyOccurrence ?? false)
        int("times", change?.words?.times)
        writer.member("renumberedAs", renumbered)
        writer.member("language", language)
        writer.key("reestablishes")
        writer.bool(reestablishes)
        writer.member("effective", edit.effective?.date?.iso)
        writer.member("pending", pendingReason(edit.effective))
        writer.key("retroactive")
        writer.bool(edit.retroactive)
        strings("history", edit.history)
        strings("notes", edit.notes)
        writer.member("error", edit.error)
        writer.endObject()
    }

    /// `end`, `before`, `after`, `between`, `by-number`: where the change writes.
    public static func positionName(_ change: Change) -> String? {
        switch change {
        case .insertWords(_, let position?):
            switch position {
            case .end: return "end"
            case .before: return "before"
            case .after: return "after"
            case .between: return "between"
            }
        case .insertUnits(_, _, let position?):
            switch position {
            case .end: return "end"
            case .byNumber: return "by-number"
            case .afterTable: return "after-table"
            case .before: return "before"
            case .after: return "after"
            case .between: return "between"
            }
        case .replaceFinalMark, .deleteFinalMark, .deleteEnd(after: nil): return "end"
        case .deleteEnd(after: .some): return "after"
        case .reestablish: return "by-number"
        default: return nil
        }
    }

    /// The words or units the position names; units as cited below the target (`al. 2`).
    public static func anchors(_ edit: Edit) -> [String] {
        switch edit.change {
        case .insertWords(_, let position?)?: return position.anchors
        case .insertUnits(_, _, .afterTable(let title)?)?: return [title]
        case .insertUnits(_, _, let position?)?: return position.anchors.map { relative($0, to: edit.target) }
        case .deleteEnd(after: let words?)?: return [words]
        case .replaceSpan(let from, let through, _)?: return [from, through]
        case .repealTableRow(let row)?: return row.words
        default: return []
        }
    }

    /// A unit as cited inside the target: the steps below those they share (`al. 2` in
    /// `art. 5`), or in full when nothing is shared.
    static func relative(_ unit: UnitReference, to target: UnitReference) -> String {
        var shared = 0
        while shared < min(unit.steps.count, target.steps.count), unit.steps[shared] == target.steps[shared] { shared += 1 }
        let below = unit.steps.dropFirst(shared)
        return below.isEmpty ? unit.description : below.map(\.description).joined(separator: ", ")
    }

    /// How many occurrences the change reaches, as the summaries say it: " 2 times", " every
    /// time", or nothing (one).
    static func occurrences(_ change: Change) -> String {
        change.words?.times.map { " \($0) times" } ?? (change.everyOccurrence ? " every time" : "")
    }

    /// What the instruction was read as, in one phrase (as `explain` prints it):
    /// `replace « A » by « B » in art. 5, al. 2`, `insert 11° in art. 160, § 4, al. 1`.
    public static func summary(_ edit: Edit) -> String {
        guard let change = edit.change else { return "(not read)" }
        var text = change.kind.rawValue
        text += occurrences(change)
        if let words = change.words { text += " « \(words.text) »" }
        if case .insertUnits(let unit, _, let position) = change {
            text += " \(unit)"
            // Where the instruction puts it (look 29: « after art. 7 » left out of `explain`).
            switch position {
            case .after(let u)?: text += " after \(relative(u, to: edit.target))"
            case .before(let u)?: text += " before \(relative(u, to: edit.target))"
            case .between(let a, let b)?: text += " between \(relative(a, to: edit.target)) and \(relative(b, to: edit.target))"
            case .end?, .byNumber?, .afterTable?, nil: break
            }
        }
        if let part = change.part { text += " the \(part)" }
        if let new = change.newWords { text += (change.kind == .replace ? " by" : "") + " « \(new) »" }
        if case .renumber(let reference) = change { text += " as \(reference.address ?? "?")" }
        text += " in " + (edit.target.address ?? "the act")
        if let through = edit.target.throughAddress { text += " to \(through)" }
        if let row = edit.row { text += ", \(row)" }
        if let column = edit.column { text += ", \(column)" }
        return text
    }

    /// A row of a table: `{"about": "170201"}`, `{"startingWith": "X", "endingWith": "Y"}`
    /// (`endingWith` null when the instruction gives only the first words).
    static func write(_ row: TableRow, to writer: inout JSONWriter) {
        writer.beginObject()
        switch row {
        case .about(let key):
            writer.member("about", key)
        case .named(let key):
            writer.member("named", key)
        case .numbered(let number, let key):
            writer.key("number")
            writer.int(number)
            writer.member("about", key)
        case .startingWith(let first, let last):
            writer.member("startingWith", first)
            writer.member("endingWith", last)
        }
        writer.endObject()
    }

    /// The target act: the same object for every citation of the same act.
    public static func write(_ act: ActCitation, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("kind", act.kind?.rawValue)
        writer.member("date", act.date?.iso)
        writer.member("title", act.title)
        writer.member("numac", act.numac)
        writer.endObject()
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
        let target = (edit.target.address.map { t in edit.target.throughAddress.map { t + " to " + $0 } ?? t } ?? "the whole act")
            + (edit.row.map { ", \($0)" } ?? "") + (edit.column.map { ", \($0)" } ?? "")
        let act = edit.targetAct.map { " [" + $0.name + "]" } ?? ""
        guard let change = edit.change else {
            return out + "UNREAD (\(edit.error ?? "not understood")) in \(target)\(act)"
        }
        func q(_ text: String) -> String { "« " + Scanner.excerpt(text) + " »" }
        let every = occurrences(change)
        switch change {
        case .replaceWords(let words, let new, _), .replaceFinalMark(let words, let new):
            out += "replace\(every) \(q(words.text)) by \(q(new)) in \(target)"
        case .replaceUnits(let fragment):
            out += "replace \(target) by \(fragment.blocks.count) block(s)"
        case .replaceTable(let fragment):
            out += "replace the table of \(target) by \(fragment.blocks.count) row(s)"
        case .repealTableRow(let row):
            out += "repeal the \(row) of a table of \(target)"
        case .replaceCell(let new):
            out += "replace the cell of \(target) by \(q(new))"
        case .replaceSpan(let from, let through, let fragment):
            out += "replace the units of \(target) from \(q(from)) to \(q(through)) by \(fragment.blocks.count) block(s)"
        case .completeColumns(let values):
            out += "complete " + values.map { "the \($0.column) by \(q($0.value))" + ($0.concerning.map { " (\($0))" } ?? "") }.joined(separator: ", ")
                + " in a table of \(target)"
        case .appendRows(let fragment):
            out += "complete the columns of a table of \(target) as a table of \(fragment.blocks.count) row(s) shows"
        case .insertWords(let new, let position):
            let place: String
            switch position {
            case .end?: place = " at the end of \(target)"
            case .before(let a)?: place = " before \(q(a)) in \(target)"
            case .after(let a)?: place = " after \(q(a)) in \(target)"
            case .between(let a, let b)?: place = " between \(q(a)) and \(q(b)) in \(target)"
            case nil: place = " in \(target)"
            }
            out += "insert \(q(new))\(place)"
        case .insertUnits(let unit, let fragment, let position):
            let place: String
            switch position {
            case .end?: place = " at the end of \(target)"
            case .before(let u)?: place = " before \(relative(u, to: edit.target)) in \(target)"
            case .after(let u)?: place = " after \(relative(u, to: edit.target)) in \(target)"
            case .between(let a, let b)?: place = " between \(relative(a, to: edit.target)) and \(relative(b, to: edit.target)) in \(target)"
            case .byNumber?: place = " in \(target), where its number places it"
            case .afterTable(let title)?: place = " after the table titled \(q(title)) in \(target)"
            case nil: place = " in \(target)"
            }
            out += "insert \(unit)\(place)" + (fragment.blocks.isEmpty ? "" : " (\(fragment.blocks.count) block(s))")
        case .reestablish(let fragment):
            out += "insert (re-established) \(target)" + (fragment.blocks.isEmpty ? "" : " (\(fragment.blocks.count) block(s))")
        case .deleteWords(let words, _), .deleteFinalMark(let words):
            out += "repeal\(every) \(q(words.text)) in \(target)"
        case .deleteEnd(let after):
            out += after.map { "repeal the end of \(target) after \(q($0))" } ?? "repeal \(target)"
        case .repeal:
            out += "repeal \(target)"
        case .withdraw:
            out += "withdraw \(target)"
        case .renumber(let reference):
            out += "renumber \(target) as \(reference.address ?? "?")"
        case .noop(let language):
            out += "no change to this version (concerne le texte \(language)) for \(target)"
        }
        out += act
        switch edit.effective {
        case .date(let d)?: out += " — effective \(d.iso)" + (edit.retroactive ? " (retroactive)" : "")
        case .pending(let reason)?: out += " — pending (\(reason))"
        case nil: break
        }
        if let error = edit.error { out += " — ERROR: " + error }
        // One edit, one line (hand check 16: new words holding a line break took two).
        return holdsByte(out, 0x0A) ? out.replacingOccurrences(of: "\n", with: " ⏎ ") : out
    }
}
