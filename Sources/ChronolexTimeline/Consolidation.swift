import ChronolexAmendments
import ChronolexModel

/// Builds timelines: which edits concern a base act, in which order the law applies
/// them, and what each one did.
public enum Consolidation {
    /// The timeline of `base` under `edits` (edits of other acts are listed as such).
    ///
    /// Order (field guide, section 5): effective date, then publication date, then the
    /// amending acts' own dates, then the order of the texts. With `knownOn`, only the acts
    /// published on or before that date count: the text as it could be read that day.
    ///
    /// - Complexity: O(e log e + Σ size of the articles edited), plus O(act) for each
    ///   edit that changes the structure (inserts an article or a division).
    public static func timeline(of base: Act, edits: [Edit], knownOn: LegalDate? = nil) -> Timeline {
        timeline(of: base, shared: edits.map(SharedEdit.init), knownOn: knownOn)
    }

    /// The same, from edits already held once (a workspace's `shared`): the timeline refers to
    /// them instead of copying them.
    public static func timeline(of base: Act, shared given: [SharedEdit], knownOn: LegalDate? = nil, fixings: [DateFixing] = []) -> Timeline {
        let edits = fixingDates(given, fixings, knownOn: knownOn)
        let (start, reason) = entryIntoForce(of: base)
        var builder = TimelineBuilder(base: base, start: start)
        let ordered = edits.enumerated().sorted { lhs, rhs in
            orderKey(lhs.element.edit, lhs.offset).lexicographicallyPrecedes(orderKey(rhs.element.edit, rhs.offset))
        }.map(\.element)
        for shared in ordered {
            let edit = shared.edit
            guard let citation = edit.targetAct, matches(citation, base) else {
                builder.outcomes.append(EditOutcome(shared, status: edit.targetAct == nil && edit.error != nil ? .unreadable(edit.error ?? "") : .otherAct))
                continue
            }
            if let knownOn, let publication = edit.source.act.publication, publication > knownOn {
                builder.outcomes.append(EditOutcome(shared, status: .notYetPublished))
                continue
            }
            if let error = edit.error {
                builder.outcomes.append(EditOutcome(shared, status: .unreadable(error)))
                continue
            }
            switch edit.effective {
            case .pending(let reason)?:
                builder.outcomes.append(EditOutcome(shared, status: .pending(reason)))
            case .date(let date)?:
                builder.apply(shared, at: max(date, start))
            case nil:
                builder.outcomes.append(EditOutcome(shared, status: .unreadable("no effective date")))
            }
        }
        return builder.timeline(entryIntoForce: start, reason: reason, knownOn: knownOn)
    }

    /// Pending edits whose date a later act fixed take that date — once that act is known
    /// (published on or before `knownOn`). The edit says which act fixed it.
    static func fixingDates(_ edits: [SharedEdit], _ fixings: [DateFixing], knownOn: LegalDate?) -> [SharedEdit] {
        guard !fixings.isEmpty else { return edits }
        let known = fixings.filter { fixing in
            guard let knownOn else { return true }
            return (fixing.source.act.publication ?? .init(ordinal: Int.max / 2)) <= knownOn
        }
        return edits.map { shared in
            guard let fixing = known.last(where: { $0.applies(to: shared.edit) }) else { return shared }
            var edit = shared.edit
            edit.effective = .date(fixing.effective)
            if let publication = edit.source.act.publication { edit.retroactive = fixing.effective < publication }
            let by = fixing.source.act
            edit.notes.append("date fixed by the act of \(by.date?.french ?? "?")" + (by.dossier.map { " (\($0))" } ?? "") + ", \(fixing.source.address)")
            return SharedEdit(edit)
        }
    }

    /// The edits in the order the law applies them: effective date (pending ones last),
    /// publication, the amending acts' own dates, then their order in the input.
    public static func applicationOrder(_ edits: [Edit]) -> [Edit] {
        edits.enumerated().sorted { lhs, rhs in
            orderKey(lhs.element, lhs.offset).lexicographicallyPrecedes(orderKey(rhs.element, rhs.offset))
        }.map(\.element)
    }

    /// Effective date, publication, the act's own date, then the position in the input.
    private static func orderKey(_ edit: Edit, _ index: Int) -> [Int] {
        applicationKey(edit) + [index]
    }

    /// The order in which the law applies an edit: effective date (pending last),
    /// publication, the amending act's own date (ties: the order of the input).
    public static func applicationKey(_ edit: Edit) -> [Int] {
        let effective = edit.effective?.date?.ordinal ?? Int.max
        let publication = edit.source.act.publication?.ordinal ?? effective
        let date = edit.source.act.date?.ordinal ?? publication
        return [effective, publication, date]
    }

    /// True when a citation names this act: same numac when both are known; otherwise
    /// same date, a compatible kind, and a title the act's title ends with.
    public static func matches(_ citation: ActCitation, _ act: Act) -> Bool {
        let metadata = act.metadata
        if let numac = citation.numac, let actNumac = metadata.numac { return numac == actNumac }
        guard let date = citation.date, date == metadata.date else { return false }
        if let kind = citation.kind, let actKind = metadata.kind, !compatible(kind, actKind) { return false }
        guard let title = citation.title?.trimmingSpaces, !title.isEmpty else { return true }
        let actTitle = normalized(metadata.title ?? "")
        return actTitle.hasSuffix(normalized(title)) || actTitle.contains(normalized(title))
    }

    private static func compatible(_ a: ActKind, _ b: ActKind) -> Bool {
        if a == b { return true }
        let arretes: Set<ActKind> = [.arrete, .arreteRoyal, .arreteDuGouvernement, .arreteMinisteriel]
        return (a == .arrete && arretes.contains(b)) || (b == .arrete && arretes.contains(a))
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The first day of the base act's first version: `starts:` when given, else its own
    /// article ("Le présent arrêté entre en vigueur le 1er mai 2015"), else the tenth day
    /// after publication, else its date.
    public static func entryIntoForce(of act: Act) -> (LegalDate, String) {
        if let starts = act.metadata.entryIntoForce { return (starts, "front matter 'starts:'") }
        for article in act.articles.reversed() {
            for alinea in article.alineas {
                let text = alinea.text
                for phrase in ["entre en vigueur le ", "entrent en vigueur le ", "produit ses effets le ", "treedt in werking op "] {
                    guard let range = text.range(of: phrase) else { continue }
                    let rest = text[range.upperBound...]
                    let words = rest.split(separator: " ").prefix(3).joined(separator: " ")
                    let cleaned = words.trimmingCharacters(in: ".,;")
                    if let date = LegalDate(cleaned) { return (date, "its article \(ArticleNumber.normalized(article.number))") }
                    if rest.hasPrefix("jour de sa publication"), let publication = act.metadata.publication {
                        return (publication, "its article \(ArticleNumber.normalized(article.number)): the day of its publication")
                    }
                }
            }
        }
        if let publication = act.metadata.publication {
            return (publication.adding(days: 10), "the default rule: the tenth day after publication")
        }
        if let date = act.metadata.date { return (date, "its date (no publication date known)") }
        return (LegalDate(year: 1831, month: 2, day: 7) ?? LegalDate(ordinal: 0), "no date known")
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
