import ChronolexModel

/// What a comparison of two versions of an act found: the units that changed, in the
/// order of the new text (a unit that is gone is listed where it stood).
public struct ActDiff: Hashable, Sendable {
    /// One side of the comparison: a version of the act at a date, or a file.
    public struct Side: Hashable, Sendable {
        /// How the side is named to the reader: `2019-06-01` or `v004.md`.
        public var label: String
        /// The date of the version, when the comparison is between two dates.
        public var date: LegalDate?
        /// The file the version was read from, when it was read from a file.
        public var file: String?

        public init(label: String, date: LegalDate? = nil, file: String? = nil) {
            self.label = label
            self.date = date
            self.file = file
        }
    }

    public var from: Side
    public var to: Side
    /// The act as the new version names it (title, numac, language).
    public var metadata: ActMetadata
    public var changes: [UnitChange]
    /// False when the caller had no history to attribute changes to (two arbitrary files):
    /// every output then says "no attribution: comparing two files".
    public var hasAttribution: Bool

    public init(from: Side, to: Side, metadata: ActMetadata, changes: [UnitChange], hasAttribution: Bool) {
        self.from = from
        self.to = to
        self.metadata = metadata
        self.changes = changes
        self.hasAttribution = hasAttribution
    }

    /// Every amending act cited by the changes, once each, in order of first citation:
    /// the legend of the HTML page.
    public var sources: [Attribution] {
        var seen: Set<String> = []
        var result: [Attribution] = []
        for change in changes {
            for attribution in change.attribution where seen.insert(attribution.sourceKey).inserted {
                result.append(attribution)
            }
        }
        return result
    }
}

/// The level of a unit in an act, largest first.
public enum UnitLevel: String, Hashable, Sendable {
    /// The act's title (« intitulé »), above every unit.
    case title
    case division, article, paragraph, alinea, point
}

/// One changed unit: a division heading, an article, a paragraph (§), an alinéa or a point.
public struct UnitChange: Hashable, Sendable {
    /// What happened to the unit.
    public enum Kind: String, Hashable, Sendable {
        /// The unit is new (`inséré`): its whole text is added.
        case inserted
        /// The unit was in force and is now repealed (`abrogé`): Justel keeps it as `(...)`.
        case repealed
        /// The unit was repealed and is in force again (`rétabli`).
        case reestablished
        /// The unit is no longer in the text at all (two files where the new one drops it).
        case removed
        /// The unit's own words changed: see ``UnitChange/words``.
        case changed
        /// The same words under another number (`art. 4` → `art. 4/1`, `3°` → `4°`).
        case renumbered
    }

    public var kind: Kind
    public var level: UnitLevel
    /// The unit's canonical address in the old version (`art. 8, § 1, al. 2, 3°`), or a
    /// division's citation (`Chapitre 3, Section 2.1`); `nil` for an inserted unit.
    public var oldAddress: String?
    /// The unit's address in the new version; `nil` for a removed unit.
    public var newAddress: String?
    /// The article the unit belongs to (normalised number), for grouping; `nil` for divisions.
    public var article: String?
    /// The HTML anchor of the unit (`art-8-par-1-al-2-3`), unique in one page.
    public var anchor: String
    /// The unit's label as printed (`Art. 5.`, `§ 2.`, `3°`, `a)`), or empty for an alinéa.
    public var label: String
    /// The unit's words before and after (for an inserted, repealed or removed unit:
    /// its whole text, sub-units included, one alinéa or point per line).
    public var old: String
    public var new: String
    /// The word-level comparison of `old` and `new`.
    public var words: [WordEdit]
    /// The amending acts that made the change, when known.
    public var attribution: [Attribution]

    public init(kind: Kind, level: UnitLevel, oldAddress: String?, newAddress: String?, article: String?, anchor: String,
                label: String, old: String, new: String, words: [WordEdit], attribution: [Attribution] = []) {
        self.kind = kind
        self.level = level
        self.oldAddress = oldAddress
        self.newAddress = newAddress
        self.article = article
        self.anchor = anchor
        self.label = label
        self.old = old
        self.new = new
        self.words = words
        self.attribution = attribution
    }

    /// The address to head the change with: the new one, or the old one for a unit that is gone.
    public var address: String { newAddress ?? oldAddress ?? "" }

    /// The address of the act's title, as attributions name it.
    public static let titleAddress = "intitulé"
}

/// The published act that made a change, as Justel cites it in its footnotes:
/// `ARR 2022-12-22/31, art. 8, 2°, e); En vigueur : 01-10-2022`.
public struct Attribution: Hashable, Sendable {
    /// The kind of the amending act (`arrêté du Gouvernement`, `décret`, `loi`).
    public var kind: ActKind?
    /// The amending act's own date.
    public var date: LegalDate?
    /// Justel's short citation of the act (`ARR 2022-12-22/31`, `L 2004-12-22/35`), or
    /// `nil` to build one from the kind and the dossier number or date.
    public var citation: String?
    /// The dossier number (`2022-12-22/31`).
    public var dossier: String?
    /// The amending act's title (`Arrêté du Gouvernement modifiant …`).
    public var title: String?
    /// The Moniteur belge number of the amending act.
    public var numac: String?
    /// The amending act's article that made the change (`art. 8, 2°, e)`).
    public var article: String?
    /// The date the change took effect (valid time).
    public var effective: LegalDate?
    /// The date the amending act was published in the Moniteur belge.
    public var publication: LegalDate?
    /// The amending act's ELI address (a web address), when its metadata gives one.
    public var eli: String?
    /// The act and article that fixed the date of a change its act left « à une date fixée
    /// par le Roi » (`AR 2021-08-01/07, art. 1`); `nil` when the amending act dated it itself
    /// (look 30: `diff` and `explain` read as if the date had been known since the act's
    /// publication).
    public var datedBy: String?

    public init(kind: ActKind? = nil, date: LegalDate? = nil, citation: String? = nil, dossier: String? = nil, title: String? = nil,
                numac: String? = nil, article: String? = nil, effective: LegalDate? = nil, publication: LegalDate? = nil, eli: String? = nil,
                datedBy: String? = nil) {
        self.kind = kind
        self.date = date
        self.citation = citation
        self.dossier = dossier
        self.title = title
        self.numac = numac
        self.article = article
        self.effective = effective
        self.publication = publication
        self.eli = eli
        self.datedBy = datedBy
    }

    /// The act alone: `ARR 2022-12-22/31` (from the dossier, else from the date or numac).
    public var sourceCitation: String {
        if let citation { return citation }
        let reference = dossier ?? date?.iso ?? numac ?? "?"
        return (kind?.justelAbbreviation(authority: nil) ?? "ACTE") + " " + reference
    }

    /// The act and its article: `ARR 2022-12-22/31, art. 8, 2°, e)`.
    public var fullCitation: String {
        guard let article, !article.isEmpty else { return sourceCitation }
        return sourceCitation + ", " + article
    }

    /// What identifies the amending act (not its article), for the legend.
    var sourceKey: String { numac ?? sourceCitation }
}

/// Supplies the attributions of a change. The consolidation timeline implements it; a
/// comparison of two arbitrary files has none (pass `nil`).
public protocol AttributionProvider {
    /// The acts that made `change`. `newAddresses` and `oldAddresses` are the unit's
    /// addresses from the most precise to the article (`art. 8, § 1, al. 2, 3°`, then
    /// `art. 8, § 1, al. 2`, …, `art. 8`), so that a provider keyed on the unit an
    /// instruction targeted finds it.
    func attributions(for change: UnitChange, newAddresses: [String], oldAddresses: [String]) -> [Attribution]
}

/// Attributions looked up by canonical address description (`art. 8, § 1, al. 2, 3°`):
/// units of the new version in `byNewAddress`, repealed or removed units of the old
/// version in `byOldAddress`. The most precise address that has an entry wins.
public struct AttributionTable: AttributionProvider, Sendable {
    public var byNewAddress: [String: [Attribution]]
    public var byOldAddress: [String: [Attribution]]

    public init(byNewAddress: [String: [Attribution]] = [:], byOldAddress: [String: [Attribution]] = [:]) {
        self.byNewAddress = byNewAddress
        self.byOldAddress = byOldAddress
    }

    public func attributions(for change: UnitChange, newAddresses: [String], oldAddresses: [String]) -> [Attribution] {
        let gone = change.kind == .repealed || change.kind == .removed
        let first = gone ? (oldAddresses, byOldAddress) : (newAddresses, byNewAddress)
        let second = gone ? (newAddresses, byNewAddress) : (oldAddresses, byOldAddress)
        func lookup(_ addresses: [String], _ table: [String: [Attribution]]) -> [Attribution] {
            addresses.lazy.compactMap { table[$0] }.first { !$0.isEmpty } ?? []
        }
        // Alinéas that became a § and changed: the acts that changed them where they stood,
        // and the act that made the § (an alinéa shifted by an insertion keeps the rule below).
        if change.kind == .changed, change.level == .paragraph, let old = change.oldAddress, change.newAddress != nil,
           !(old.components(separatedBy: ", ").last ?? "").hasPrefix("§") {
            var all = lookup(oldAddresses, byOldAddress)
            for attribution in lookup(newAddresses, byNewAddress) where !all.contains(attribution) { all.append(attribution) }
            // And the acts that changed the words of its alinéas since (`art. 11, § 2, al. 1`).
            if let new = change.newAddress {
                for (address, found) in byNewAddress where address.hasPrefix(new + ", ") {
                    for attribution in found where !all.contains(attribution) { all.append(attribution) }
                }
            }
            return all.enumerated().sorted { ($0.element.effective?.ordinal ?? 0, $0.offset) < ($1.element.effective?.ordinal ?? 0, $1.offset) }.map(\.element)
        }
        for (addresses, table) in [first, second] {
            let found = lookup(addresses, table)
            if !found.isEmpty { return found }
        }
        return []
    }
}
