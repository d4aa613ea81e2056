import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// One version of one article in a history: the article's key and the version.
public struct HistoryEntry: Sendable {
    public var article: String
    public var version: ArticleVersion
    /// For a base article its act left to be dated, whose day another act fixed: that act,
    /// on the version that starts on that day (look 29: « base act » only).
    public var datedBy: EditSource? = nil
}

extension Consolidated {
    /// Every version of one article, oldest first; or of every article, in the order of
    /// the dates, then of the act.
    public func history(article number: String? = nil) -> Result<[HistoryEntry], Diagnostic> {
        if let number {
            return history(of: number).map { history in history.versions.map { entry(history.key, $0) } }
        }
        var entries: [HistoryEntry] = []
        let order = documentOrder()
        for key in order {
            guard let history = timeline.histories[key] else { continue }
            for version in history.versions { entries.append(entry(key, version)) }
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        entries.sort { ($0.version.validFrom, rank[$0.article] ?? 0) < ($1.version.validFrom, rank[$1.article] ?? 0) }
        return .success(entries)
    }

    /// One entry, with the act that fixed the day of a base article's first version.
    private func entry(_ key: String, _ version: ArticleVersion) -> HistoryEntry {
        var entry = HistoryEntry(article: key, version: version)
        if version.sources.isEmpty, let dating = timeline.articleDates[key], let fixed = dating.fixed, fixed == version.validFrom { entry.datedBy = dating.fixedBy }
        return entry
    }

    /// Every article that ever stood in the act, in the order of its latest structure
    /// (articles no structure holds any more last, by number).
    func documentOrder() -> [String] {
        var seen = Set<String>()
        var order: [String] = []
        for structure in timeline.structures.reversed() {
            for article in Act(body: structure.body).articles {
                let key = ArticleNumber.normalized(article.number)
                if seen.insert(key).inserted { order.append(key) }
            }
        }
        return order + timeline.histories.keys.filter { !seen.contains($0) }.sorted()
    }
}

/// A change of the act's title or of a division (inserted, renamed, repealed), as the whole
/// act's history lists it before the articles' versions (look 33: `history` never showed
/// them, so the act that made one was missing from « every version of the act »).
public struct StructureChange: Sendable {
    /// `intitulé`, or the division's whole citation (`Titre 2, Chapitre 3`).
    public var unit: String
    public var validFrom: LegalDate
    /// The new title, or the division's heading line as printed that day.
    public var text: String
    public var status: UnitStatus
    public var source: AppliedEdit
}

extension Consolidated {
    /// The changes of the title and of the divisions, in the order of their dates.
    public func structureChanges() -> [StructureChange] {
        var changes: [StructureChange] = []
        for title in timeline.titles {
            guard let source = title.source else { continue }
            changes.append(StructureChange(unit: "intitulé", validFrom: title.validFrom, text: title.title ?? "", status: .inForce, source: source))
        }
        for structure in timeline.structures {
            for applied in structure.sources {
                for unit in applied.units {
                    guard let division = Self.division(unit, in: structure.body) else { continue }
                    changes.append(StructureChange(unit: unit, validFrom: structure.validFrom,
                                                   text: division.printedHeadingLine(language: base.metadata.language), status: division.status, source: applied))
                }
            }
        }
        return changes.sorted { $0.validFrom < $1.validFrom }
    }

    /// The division whose whole citation is `citation` (`Titre 2, Chapitre 3`).
    static func division(_ citation: String, in body: [BodyElement], holders: [String] = []) -> Division? {
        for case .division(let division) in body {
            let here = holders + [division.citation]
            if here.joined(separator: ", ") == citation { return division }
            if citation.hasPrefix(here.joined(separator: ", ") + ", "), let inner = self.division(citation, in: division.children, holders: here) { return inner }
        }
        return nil
    }
}

/// `history` as text (each version's period, its source, its text) and as JSON.
public enum HistoryRenderer {
    /// The act's own end (``Timeline/end``): the first day it is out of force, and the article that says so.
    public typealias End = (date: LegalDate, article: String)

    public static func text(_ entries: [HistoryEntry], base: Act, checkpoints: [Checkpoint] = [], article: String? = nil, end: End? = nil,
                            structure: [StructureChange] = []) -> String {
        var lines = checkpoints.map { "checkpoint: " + summary($0, article: article) + "\n" }.joined()
        // The title's and the divisions' changes, one line each, before the articles.
        let labels = ActLabels.forLanguage(base.metadata.language)
        for change in structure {
            lines += "\(change.validFrom.iso)  \(change.unit)\(change.status == .repealed ? " (repealed)" : ""): \(change.text)  \(source(change.source, labels))\n"
        }
        // The Justel state walks the whole act: once, not once per version (look 42: a history
        // of 10,000 articles took 43 s).
        let state = Timeline.justelState(of: base)
        var text = lines + (lines.isEmpty ? "" : "\n") + entries.map { self.text($0.version, base: base, state: state, end: end, datedBy: $0.datedBy) }.joined(separator: "\n")
        if let end { text += "\n" + endLine(end) + "\n" }
        return text
    }

    /// « 2022-01-01  the act ceases to be in force (its art. 3) »: the last line of a history
    /// whose act ends by its own words — no version is in force from that day.
    static func endLine(_ end: End) -> String {
        "\(end.date.iso)  the act ceases to be in force by its article \(end.article) (read as its first day out of force): no version is in force from then"
    }

    /// The last day a version is in force: the day before the next version, or before the
    /// act's own end when that comes first.
    public static func until(_ version: ArticleVersion, end: End?) -> LegalDate? {
        guard let end, version.validFrom < end.date else { return version.validUntil }
        guard let until = version.validUntil else { return end.date.adding(days: -1) }
        return min(until, end.date.adding(days: -1))
    }

    /// What a checkpoint says of the whole act, or of one article.
    static func summary(_ checkpoint: Checkpoint, article: String?) -> String {
        guard let article else { return checkpoint.summary }
        let key = ArticleNumber.normalized(article)
        let comparison = checkpoint.comparison
        let verdict = comparison.divergent.contains(key) ? "reads otherwise than the consolidation"
            : comparison.extra.contains(key) ? "not in the state, in the consolidation"
            : checkpoint.text.articles.contains(where: { ArticleNumber.normalized($0.number) == key }) ? "identical" : "in neither"
        return "Justel's state of \(checkpoint.state.iso) (\(checkpoint.file)): art. \(key) \(verdict) on \(comparison.date.iso)"
    }

    /// A checkpoint as JSON: its file, its date, the date compared, and what diverged.
    static func json(_ checkpoint: Checkpoint) -> JSONValue {
        let comparison = checkpoint.comparison
        return .object([
            ("file", .string(checkpoint.file)), ("state", .string(checkpoint.state.iso)), ("at", .string(comparison.date.iso)),
            ("articles", .int(comparison.total)), ("identical", .int(comparison.identical)),
            ("divergent", .array(comparison.divergent.map { .string("art. \($0)") })),
            ("onlyInChronolex", .array(comparison.extra.map { .string("art. \($0)") })),
        ])
    }

    /// `datedBy`: the act that fixed the day a base article's version starts (``HistoryEntry/datedBy``).
    /// The acts are named in the base act's language (``ActLabels``: `arrêté royal du 1er
    /// mars 2010` / `koninklijk besluit van 1 maart 2010`); the rest of the line is English.
    public static func text(_ version: ArticleVersion, base: Act, end: End? = nil, datedBy: EditSource? = nil) -> String {
        text(version, base: base, state: Timeline.justelState(of: base), end: end, datedBy: datedBy)
    }

    /// ``text(_:base:end:datedBy:)`` with the base's Justel state (``Timeline/justelState(of:)``)
    /// computed once by the caller.
    static func text(_ version: ArticleVersion, base: Act, state: LegalDate?, end: End?, datedBy: EditSource?) -> String {
        let labels = ActLabels.forLanguage(base.metadata.language)
        let period = version.validFrom.iso + " – " + (until(version, end: end)?.iso ?? "…")
        var header = period
        // A change that takes effect after the act's end (look 24: listed as if in force).
        if let end, version.validFrom >= end.date { header += "  (after the act's end on \(end.date.iso): never in force)" }
        if version.sources.isEmpty {
            header += "  " + origin(version, base: base, state: state)
            if let datedBy { header += ", " + dateFixedBy(datedBy, labels) }
        } else {
            let sources = version.sources.map { source($0, labels) }
            // One line per amending article, in order, without repeats.
            var unique: [String] = []
            for source in sources where !unique.contains(source) { unique.append(source) }
            header += "  " + unique.joined(separator: "; ")
        }
        return header + "\n" + TextRenderer.render(version.article, language: base.metadata.language)
    }

    /// The act and article of an edit, as a history line names them: `arrêté royal du 1er
    /// février 2012 (2012-02-01/01), art. 1, published 2012-02-10`.
    static func source(_ applied: AppliedEdit, _ labels: ActLabels) -> String {
        let act = applied.edit.source.act
        var text = labels.act(act.title.flatMap(ActKind.fromTitle), date: act.date)
        if let dossier = act.dossier { text += " (\(dossier))" }
        text += ", \(applied.edit.source.address)"
        if let publication = act.publication { text += ", published \(publication.iso)" }
        // A pending change dated by another act: that act named too (look 23).
        if let fixed = dateFixedBy(applied.edit, labels) { text += ", " + fixed }
        if applied.edit.retroactive { text += ", retroactive" }
        return text
    }

    /// « date fixed by the act of … » of each source dated by another act; `nil` (no key)
    /// when none was.
    static func datesFixedBy(_ version: ArticleVersion) -> JSONValue? {
        let notes = version.sources.compactMap { dateFixedBy($0.edit) }
        return notes.isEmpty ? nil : .array(notes.map { .string($0) })
    }

    /// « date fixed by the act of … (dossier), art. N » for a pending edit another act dated
    /// (``Edit/datedBy``), its date written as `labels` write it (French in the JSON);
    /// `nil` when none did.
    static func dateFixedBy(_ edit: Edit, _ labels: ActLabels = .french) -> String? {
        edit.datedBy.map { dateFixedBy($0, labels) }
    }

    static func dateFixedBy(_ by: EditSource, _ labels: ActLabels = .french) -> String {
        "date fixed by the act of \(by.act.date.map(labels.date) ?? "?")" + (by.act.dossier.map { " (\($0))" } ?? "") + ", \(by.address)"
    }

    /// Where a version no edit made comes from: the act as published, a Justel state (as
    /// given, or without the words later acts inserted), or nothing the input holds.
    static func origin(_ version: ArticleVersion, base: Act, state: LegalDate?) -> String {
        let published = base.metadata.publication.map { ", published \($0.iso)" } ?? ""
        let file = base.file.map { " (\($0))" } ?? ""
        guard let state else { return "base act" + published }
        switch version.origin {
        case .given:
            return "Justel's state of \(state.iso)\(file)"
        case .withoutInsertions(let inserted):
            return "Justel's state of \(state.iso)\(file), without the words inserted by \(TextGap.names(inserted))"
        case .unknown(let gap):
            return "not in the input: Justel's state of \(state.iso) shows it as changed by \(TextGap.names(gap.changes))"
        }
    }

    public static func json(_ entries: [HistoryEntry], base: Act, checkpoints: [Checkpoint] = [], pretty: Bool = true, end: End? = nil,
                            structure: [StructureChange] = []) -> String {
        let state = Timeline.justelState(of: base)
        let items = entries.map { entry in
            var members: [(String, JSONValue)] = [
                ("article", .string("art. \(entry.article)")),
                ("validFrom", .string(entry.version.validFrom.iso)),
                ("validUntil", .optional(until(entry.version, end: end)?.iso)),
                ("status", .string(entry.version.article.status.rawValue)),
                ("sources", .array(entry.version.sources.map(ConsolidationJSON.source))),
            ]
            // A pending change dated by another act: that act (look 24: the text named it,
            // the JSON did not).
            if let fixed = Self.datesFixedBy(entry.version) { members.append(("datesFixedBy", fixed)) }
            if let by = entry.datedBy { members.append(("datesFixedBy", .array([.string(dateFixedBy(by))]))) }
            members += [
                ("origin", ConsolidationJSON.origin(entry.version, state: state)),
                ("text", .string(TextRenderer.render(entry.version.article, language: base.metadata.language))),
            ]
            return JSONValue.object(members)
        }
        var members: [(String, JSONValue)] = [("schema", .string("chronolex.history/1")), ("act", .optional(base.metadata.numac)),
                                              ("checkpoints", .array(checkpoints.map(json))), ("versions", .array(items))]
        if let end { members.append(("end", .object([("date", .string(end.date.iso)), ("article", .string("art. \(end.article)"))]))) }
        // The title's and the divisions' changes (the whole act's history; only when there are).
        if !structure.isEmpty {
            members.append(("structure", .array(structure.map { change in
                .object([("unit", .string(change.unit)), ("validFrom", .string(change.validFrom.iso)), ("status", .string(change.status.rawValue)),
                         ("text", .string(change.text)), ("source", ConsolidationJSON.source(change.source))])
            })))
        }
        return JSONValue.object(members).serialized(pretty: pretty) + "\n"
    }
}
