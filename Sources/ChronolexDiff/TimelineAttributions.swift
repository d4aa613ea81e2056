import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// The bridge between a timeline and the diff: who changed which unit between two dates.
public enum TimelineAttributions {
    /// For every unit an edit changed after `from` and up to `to`, the edits that did,
    /// keyed by the unit's address (and by its article's, for edits of whole articles).
    public static func table(_ timeline: Timeline, from: LegalDate, to: LegalDate) -> AttributionTable {
        var table: [String: [Attribution]] = [:]
        for key in timeline.histories.keys.sorted() {
            guard let history = timeline.histories[key] else { continue }
            for version in history.versions where version.validFrom > from && version.validFrom <= to {
                for applied in version.sources {
                    let attribution = self.attribution(applied)
                    for unit in applied.units where !(table[unit] ?? []).contains(attribution) {
                        table[unit, default: []].append(attribution)
                    }
                }
            }
        }
        // A base act's own article that enters into force after the rest (« à l'exception de
        // l'article 5, qui entre en vigueur le … »): the base act, not an insertion without a
        // source (look 23). Not in a Justel state, whose articles start on the state's date:
        // that is not an entry into force.
        if timeline.justelState == nil {
            let metadata = timeline.base.metadata
            let own = Set(timeline.base.articles.map { ArticleNumber.normalized($0.number) })
            let kind = metadata.title.flatMap(ActKind.fromTitle)
            let name = (kind?.justelAbbreviation(authority: nil) ?? "ACTE") + " " + (metadata.date?.iso ?? metadata.numac ?? "?")
            for (key, history) in timeline.histories where own.contains(key) {
                guard let first = history.versions.first, first.validFrom > timeline.start, first.validFrom > from, first.validFrom <= to else { continue }
                let attribution = Attribution(kind: kind, date: metadata.date, citation: "the base act itself (\(name)), in force later", title: metadata.title,
                                              numac: metadata.numac, effective: first.validFrom, publication: metadata.publication)
                table["art. \(key)", default: []].append(attribution)
                // The changes made to it before it came into force, in its first version.
                for applied in first.sources {
                    let other = self.attribution(applied)
                    if !(table["art. \(key)"] ?? []).contains(other) { table["art. \(key)", default: []].append(other) }
                }
            }
        }
        // The title replaced: the act that replaced it.
        for title in timeline.titles where title.validFrom > from && title.validFrom <= to {
            guard let applied = title.source else { continue }
            let attribution = self.attribution(applied)
            if !(table[UnitChange.titleAddress] ?? []).contains(attribution) { table[UnitChange.titleAddress, default: []].append(attribution) }
        }
        // Divisions inserted or renamed: the structure's own sources.
        for structure in timeline.structures where structure.validFrom > from && structure.validFrom <= to {
            for applied in structure.sources {
                let attribution = self.attribution(applied)
                for unit in applied.units where !(table[unit] ?? []).contains(attribution) {
                    table[unit, default: []].append(attribution)
                }
            }
        }
        return AttributionTable(byNewAddress: table, byOldAddress: table)
    }

    public static func attribution(_ applied: AppliedEdit) -> Attribution {
        let edit = applied.edit
        let act = edit.source.act
        return Attribution(kind: act.kind, date: act.date, citation: act.justelCitation, dossier: act.dossier, title: act.title,
                           numac: act.numac, article: edit.source.address, effective: edit.effective?.date, publication: act.publication,
                           eli: act.eliLink, datedBy: edit.datedBy.map { $0.act.justelCitation + ", " + $0.address })
    }
}
