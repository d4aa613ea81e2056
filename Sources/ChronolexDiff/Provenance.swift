import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// Who made an article what it is on a date: one note per article of an amending act
/// that wrote some of its words (as Justel numbers its footnotes: one per amending
/// article), the units each note marks, and when the version shown came into force.
///
/// The numbering follows `chronolex consolidate --format justel` (``JustelRenderer``):
/// notes in the order the edits were applied, one per amending act's article; a Justel
/// text's own footnotes keep their numbers and Chronolex's come after them.
public struct ArticleProvenance: Sendable {
    /// One note: an amending act's article that changed the article.
    public struct Note: Sendable {
        public var number: Int
        public var act: AmendingActRef
        /// The amending act's article (normalised, `4`).
        public var article: String
        /// The instructions of that article that changed this one (`art. 4, 2°, a)`), in order.
        public var places: [String]
        /// When the change took effect.
        public var effective: LegalDate?
        /// True when the note wrote the article as a whole (inserted, replaced, repealed,
        /// re-established), not some of its units.
        public var wholeArticle: Bool
        /// What it did, as Justel says it: `Inséré par`, `Remplacé par`, `Abrogé par`,
        /// `Rétabli par`, `Renuméroté par`, or `Modifié par`.
        public var verb: String
        /// The article of another act that fixed the date of its instructions, when their own
        /// act left it to be fixed (``Edit/datedBy``); `nil` otherwise.
        public var datedBy: EditSource?

        /// `ACG 2022-12-15/22, art. 4`: Justel's citation of the act and its article.
        public var citation: String { act.justelCitation + ", art. " + article }

        /// `arrêté du Gouvernement du 15 décembre 2022`: the act as a jurist names it.
        public var actName: String { Self.name(act) }

        /// `arrêté du Gouvernement du 15 décembre 2022`: an act as a jurist names it.
        public static func name(_ act: AmendingActRef) -> String {
            let kind = act.kind?.frenchName ?? "acte"
            return act.date.map { kind + " du " + $0.french } ?? kind
        }

        /// The note in one line (a marker's title): `Modifié par ACG 2022-12-15/22, art. 4, en
        /// vigueur le 1er janvier 2023[, date fixée par AR 2022-12-20/03, art. 1]`.
        public var summary: String {
            verb + " " + citation + (effective.map { ", en vigueur le " + $0.french } ?? "")
                + (datedBy.map { ", date fixée par " + $0.act.justelCitation + ", " + $0.address } ?? "")
        }
    }

    public var notes: [Note]
    /// The notes of each unit (by its canonical address, `art. 14, § 2, al. 1, 4°`) and
    /// the words each wrote there, when it wrote words.
    public var unitMarks: [String: [(number: Int, words: String?, replaced: String?, every: Bool)]]
    /// The places where notes deleted words, by unit (canonical address): Justel marks them
    /// `[1 ...]1` and leaves the words that remain unmarked (look 31).
    public var unitDeletions: [String: [(number: Int, deletion: AppliedEdit.Deletion)]]
    /// The notes that wrote the whole article.
    public var wholeArticle: [Int]
    /// The first day of the version in force on the date (`nil` when the article's text is
    /// the base text whose entry into force is not known).
    public var since: LegalDate?
    /// True when the version shown is the base act's text (no amending act changed it yet).
    public var isBaseText: Bool
    /// How many versions the article has (every date known, later ones included).
    public var versionCount: Int
    /// The versions known after the date (valid later), with the notes that will make them.
    public var later: [(validFrom: LegalDate, acts: [AmendingActRef])]

    /// The provenance of `article` (as it stands on `date`) in `timeline`, its notes
    /// numbered from `firstNumber`.
    ///
    /// - Complexity: O(e) in the edits that changed the article.
    public init(_ article: Article, timeline: Timeline, at date: LegalDate, firstNumber: Int = 1) {
        notes = []
        unitMarks = [:]
        unitDeletions = [:]
        wholeArticle = []
        since = nil
        isBaseText = true
        versionCount = 0
        later = []
        guard let history = timeline.histories[ArticleNumber.normalized(article.number)] else { return }
        versionCount = history.versions.count
        // Re-established: the acts before it did not write its text; its notes start there, as
        // `--format justel` numbers them (session 33).
        let start = history.reestablished(onOrBefore: date) ?? 0
        for version in history.versions[start...] {
            guard version.validFrom <= date else {
                var acts: [AmendingActRef] = []
                for applied in version.sources where !acts.contains(applied.edit.source.act) { acts.append(applied.edit.source.act) }
                later.append((version.validFrom, acts))
                continue
            }
            since = version.validFrom == Timeline.earliest ? nil : version.validFrom
            isBaseText = version.sources.isEmpty
            for applied in version.sources {
                let edit = applied.edit
                let index: Int
                if let known = notes.firstIndex(where: { $0.act == edit.source.act && $0.article == edit.source.article && $0.effective == edit.effective?.date }) {
                    index = known
                    // A note whose instructions did different things says `Modifié par`.
                    if !notes[known].wholeArticle, notes[known].verb != Self.verb(edit.change) { notes[known].verb = "Modifié par" }
                } else {
                    notes.append(Note(number: firstNumber + notes.count, act: edit.source.act, article: edit.source.article, places: [],
                                      effective: edit.effective?.date, wholeArticle: false, verb: Self.verb(edit.change), datedBy: edit.datedBy))
                    index = notes.count - 1
                }
                if notes[index].datedBy == nil { notes[index].datedBy = edit.datedBy }
                if !notes[index].places.contains(edit.source.address) { notes[index].places.append(edit.source.address) }
                let number = notes[index].number
                if applied.wholeArticle {
                    notes[index].wholeArticle = true
                    notes[index].verb = Self.verb(edit.change)
                    if !wholeArticle.contains(number) { wholeArticle.append(number) }
                    continue
                }
                for unit in applied.units {
                    let address = Self.withoutSentence(unit)
                    if let deletion = applied.deletions.first(where: { $0.unit == address }) {
                        if !(unitDeletions[address] ?? []).contains(where: { $0.number == number && $0.deletion == deletion }) {
                            unitDeletions[address, default: []].append((number, deletion))
                        }
                    } else if !(unitMarks[address] ?? []).contains(where: { $0.number == number && $0.words == applied.insertedWords }) {
                        unitMarks[address, default: []].append((number, applied.insertedWords, applied.insertedWords == nil ? nil : edit.change?.words?.text,
                                                                 edit.change?.everyOccurrence ?? false))
                    }
                }
            }
        }
    }

    /// The verb of a note, as Justel's notes say it: `Inséré par` for inserted units,
    /// `Remplacé par`, `Abrogé par`, `Rétabli par`, `Renuméroté par`; words changed are `Modifié par`.
    static func verb(_ change: Change?) -> String {
        switch change {
        case .insertUnits?: "Inséré par"
        case .replaceUnits?: "Remplacé par"
        case .repeal?: "Abrogé par"
        case .withdraw?: "Retiré par"
        case .reestablish?: "Rétabli par"
        case .renumber?: "Renuméroté par"
        default: "Modifié par"
        }
    }

    static func withoutSentence(_ address: String) -> String {
        guard let range = address.range(of: ", phrase ") else { return address }
        return String(address[..<range.lowerBound])
    }

    /// The spans the notes of a unit mark in its words: the words a note wrote when they
    /// stand once in the text, else the whole unit.
    /// A place of deleted words not found in the unit's text marks the whole unit.
    public func marks(at address: String, text: String) -> [JustelMark] {
        let length = text.utf8.count
        let lost = (unitDeletions[address] ?? []).filter { $0.deletion.offset(in: text) == nil }
            .map { JustelMark(footnote: $0.number, start: 0, end: length) }
        guard let notes = unitMarks[address] else { return lost }
        return lost + notes.enumerated().flatMap { k, note in
            // Words a later note rewrote in part: as they read now (``JustelRenderer/rewritten(_:by:in:)``);
            // every place for words written « chaque fois » (``JustelRenderer/places(of:in:every:)``).
            let words = note.words.map { JustelRenderer.rewritten($0, by: notes[(k + 1)...].map { ($0.replaced, $0.words) }, in: text) }
            if let words, let places = JustelRenderer.places(of: words, in: text, every: note.every) {
                return places.map { JustelMark(footnote: note.number, start: $0.lowerBound, end: $0.upperBound) }
            }
            return [JustelMark(footnote: note.number, start: 0, end: length)]
        }
    }
}

extension ArticleProvenance {
    /// The places where the notes of a unit deleted words, each an empty span at its offset
    /// in `text` (the unit's words), written `[1 ...]1`.
    public func elisions(at address: String, text: String) -> [JustelMark] {
        (unitDeletions[address] ?? []).compactMap { note in
            note.deletion.offset(in: text).map { JustelMark(footnote: note.number, start: $0, end: $0) }
        }
    }
}

/// The versions of an act (or of one article): each date its text changed, the amending
/// acts that changed it then and the articles they changed.
public struct ActVersions: Sendable {
    /// One date the text changed: the acts that changed it then and the articles they changed.
    public struct Version: Sendable {
        public var date: LegalDate
        /// True for the base act's text (its entry into force, or unknown: ``Timeline/earliest``).
        public var isBase: Bool
        public var acts: [AmendingActRef]
        /// The articles changed (normalised numbers, in the act's order of keys).
        public var articles: [String]
    }

    /// A change Justel's footnotes record in a Justel text (made before its update date):
    /// its act as Justel cites it, its entry into force, and the articles it changed.
    public struct JustelChange: Sendable {
        public var citation: String
        public var date: LegalDate?
        public var articles: [String]
    }

    public var versions: [Version]
    /// For a Justel text, the changes its footnotes date (their earlier words are not in it).
    public var justel: [JustelChange]

    /// The versions of `timeline` (of one article with `article`), oldest first.
    public init(_ timeline: Timeline, article: String? = nil) {
        let key = article.map { ArticleNumber.normalized($0) }
        var byDate: [LegalDate: Version] = [timeline.start: Version(date: timeline.start, isBase: true, acts: [], articles: [])]
        func add(_ date: LegalDate, _ sources: [AppliedEdit], article: String?) {
            var version = byDate[date] ?? Version(date: date, isBase: false, acts: [], articles: [])
            for applied in sources where !version.acts.contains(applied.edit.source.act) { version.acts.append(applied.edit.source.act) }
            if let article, !sources.isEmpty, !version.articles.contains(article) { version.articles.append(article) }
            byDate[date] = version
        }
        for (number, history) in timeline.histories where key.map({ $0 == number }) ?? true {
            for version in history.versions where !version.sources.isEmpty { add(version.validFrom, version.sources, article: number) }
        }
        if key == nil {
            for structure in timeline.structures where !structure.sources.isEmpty { add(structure.validFrom, structure.sources, article: nil) }
            for title in timeline.titles { if let source = title.source { add(title.validFrom, [source], article: nil) } }
        }
        // The acts of a version in the order the law applied them (never the order of a
        // dictionary's keys, which changes from one run to the next).
        var rank: [AmendingActRef: Int] = [:]
        for (k, outcome) in timeline.outcomes.enumerated() where rank[outcome.edit.source.act] == nil { rank[outcome.edit.source.act] = k }
        versions = byDate.values.sorted { $0.date < $1.date }.map { version in
            var sorted = version
            sorted.articles.sort(by: Self.articleOrder)
            sorted.acts.sort { (rank[$0] ?? Int.max, $0.justelCitation) < (rank[$1] ?? Int.max, $1.justelCitation) }
            return sorted
        }
        // Justel's notes: one change per note's act and date, with the articles it changed.
        var changes: [JustelChange] = []
        for base in timeline.base.articles where key.map({ ArticleNumber.normalized(base.number) == $0 }) ?? true {
            for note in base.footnotes {
                guard let kind = note.kind, let dossier = note.dossier else { continue }
                let citation = kind + " " + dossier
                let number = ArticleNumber.normalized(base.number)
                if let k = changes.firstIndex(where: { $0.citation == citation && $0.date == note.entryIntoForce }) {
                    if !changes[k].articles.contains(number) { changes[k].articles.append(number) }
                } else {
                    changes.append(JustelChange(citation: citation, date: note.entryIntoForce, articles: [number]))
                }
            }
        }
        justel = changes.enumerated().sorted { ($0.element.date ?? Timeline.earliest, $0.offset) < ($1.element.date ?? Timeline.earliest, $1.offset) }.map(\.element)
    }

    /// Article numbers in the order of the act where their form says it (`2` < `2bis` <
    /// `2/1` < `10`), else as text.
    static func articleOrder(_ a: String, _ b: String) -> Bool {
        switch (ArticleNumber.orderKey(a), ArticleNumber.orderKey(b)) {
        case let (x?, y?):
            if x.prefix != y.prefix { return x.prefix < y.prefix }
            let value = { (part: Int) in part < 0 ? part + 1000 : part * 100 + 99 }
            let left = x.parts.map(value)
            let right = y.parts.map(value)
            if left != right { return left.lexicographicallyPrecedes(right) }
            return a < b
        case (nil, nil): return a < b
        case (_?, nil): return true
        case (nil, _?): return false
        }
    }

    /// The version in force on `date`.
    public func current(at date: LegalDate) -> Version? { versions.last { $0.date <= date } }
}

/// The amending acts behind a consolidation on a date, as a jurist cites them: those whose
/// instructions took effect by then (the text shown is theirs), those applied only from a
/// later date, and the instructions Chronolex did not apply (pending a date, or failed and
/// skipped with `--keep-going`), so that the page says what it is made of.
public struct ConsolidationSources: Sendable {
    /// One amending act and what it did to the act (or to the article shown).
    public struct Source: Sendable {
        public var act: AmendingActRef
        /// The base act's articles its instructions aimed at (normalised), in the act's order.
        public var articles: [String]
        /// The dates its instructions took effect, oldest first.
        public var effective: [LegalDate]
        /// How many of its instructions were applied.
        public var instructions: Int
    }

    /// Applied and in force on the date, in the order the law applied them.
    public var applied: [Source]
    /// Applied from a date after the one shown (already published, not yet in force).
    public var later: [Source]
    /// The instructions not applied: pending a date, or failed (`--keep-going`).
    public var notApplied: [EditOutcome]

    /// The sources of `timeline` on `date`; with `article`, only those aimed at it.
    ///
    /// - Complexity: O(e) in the timeline's instructions.
    public init(_ timeline: Timeline, at date: LegalDate, article: String? = nil) {
        let key = article.map { ArticleNumber.normalized($0) }
        var applied: [Source] = []
        var later: [Source] = []
        var notApplied: [EditOutcome] = []
        func add(_ edit: Edit, to sources: inout [Source]) {
            let target = Self.targetArticle(edit)
            let index: Int
            if let known = sources.firstIndex(where: { $0.act == edit.source.act }) {
                index = known
            } else {
                sources.append(Source(act: edit.source.act, articles: [], effective: [], instructions: 0))
                index = sources.count - 1
            }
            sources[index].instructions += 1
            if let target, !sources[index].articles.contains(target) { sources[index].articles.append(target) }
            if let effective = edit.effective?.date, !sources[index].effective.contains(effective) { sources[index].effective.append(effective) }
        }
        for outcome in timeline.outcomes {
            let edit = outcome.edit
            if let key, Self.targetArticle(edit) != key { continue }
            switch outcome.status {
            case .applied:
                if let effective = edit.effective?.date, effective > date { add(edit, to: &later) } else { add(edit, to: &applied) }
            case .pending:
                notApplied.append(outcome)
            case let status where status.isFailure:
                notApplied.append(outcome)
            default:
                continue
            }
        }
        for k in applied.indices {
            applied[k].articles.sort(by: ActVersions.articleOrder)
            applied[k].effective.sort()
        }
        for k in later.indices {
            later[k].articles.sort(by: ActVersions.articleOrder)
            later[k].effective.sort()
        }
        self.applied = applied
        self.later = later
        self.notApplied = notApplied
    }

    /// The article an instruction aims at (normalised), if it names one.
    public static func targetArticle(_ edit: Edit) -> String? {
        for step in edit.target.steps { if case .article(let number) = step { return ArticleNumber.normalized(number) } }
        return nil
    }
}

/// The changes left pending — their act leaves their entry into force to be fixed (« à une
/// date fixée par le Gouvernement ») and no act given fixed it — that a reader of the text on
/// a date should be told of, by the article they aim at: what `consolidate` warns of (« not
/// applied: its entry into force is not dated »), for the pages that show the text beside it
/// (look 26: the reading room's act and history pages said nothing of them).
public struct PendingChanges: Sendable {
    /// The pending instructions, in the order the law applies them.
    public var outcomes: [EditOutcome]

    /// The pending instructions of `timeline`; with `date`, only those of acts published by
    /// then (a change left pending says nothing of the text before its act was published, as
    /// ``ConsolidationSources`` and the command line's warnings count them).
    ///
    /// - Complexity: O(e) in the timeline's instructions.
    public init(_ timeline: Timeline, at date: LegalDate? = nil) {
        outcomes = timeline.outcomes.filter { outcome in
            guard case .pending = outcome.status else { return false }
            guard let date, let published = outcome.edit.source.act.publication else { return true }
            return published <= date
        }
    }

    /// Those aimed at the article numbered `number` (any form: `1er`, `1`); all of them when `nil`.
    public func of(article number: String?) -> [EditOutcome] {
        guard let number else { return outcomes }
        let key = ArticleNumber.normalized(number)
        return outcomes.filter { ConsolidationSources.targetArticle($0.edit) == key }
    }

    /// Those aimed at each article (normalised number), for a page of many articles.
    public var byArticle: [String: [EditOutcome]] {
        var result: [String: [EditOutcome]] = [:]
        for outcome in outcomes {
            if let key = ConsolidationSources.targetArticle(outcome.edit) { result[key, default: []].append(outcome) }
        }
        return result
    }
}
