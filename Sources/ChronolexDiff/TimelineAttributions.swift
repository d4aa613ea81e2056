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
                           eli: act.eliLink)
    }
}
