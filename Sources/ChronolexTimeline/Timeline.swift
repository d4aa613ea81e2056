import ChronolexAmendments
import ChronolexModel

/// The history of one base act: every version of every article, each with the period it
/// was in force and the published acts that produced it, built by applying the amending
/// acts' edits in the order the law applies them.
///
/// Versions are kept per article (an edit on one article adds a version of that article
/// only), and the act's structure — which articles, in which divisions, in which order —
/// has versions of its own that change only when an instruction inserts, removes or moves
/// an article or a division. Asking for the act on a date rebuilds it from both.
public struct Timeline: Sendable {
    /// The base act as read.
    public let base: Act
    /// When its text entered into force (`nil` when nothing says), and why; what was
    /// found on the way (a warning for the default rule, an error when no date is known).
    public let entryIntoForce: LegalDate?
    public let entryIntoForceReason: String
    public let entryIntoForceDiagnostics: [Diagnostic]
    /// The first day of the base text's first version: its entry into force, or
    /// ``Timeline/earliest`` when that is not known.
    public let start: LegalDate
    /// The articles of the base act not in force yet, and why ("à une date fixée par le Roi").
    public let pendingArticles: [String: String]
    /// The base act's articles it dates apart from the rest (pending, or from a day of their
    /// own), and the act that fixed a pending one's day.
    public internal(set) var articleDates: [String: ArticleDating] = [:]

    /// The start of a text whose entry into force is not known: 1 January of year 1.
    public static let earliest = LegalDate(year: 1, month: 1, day: 1) ?? LegalDate(ordinal: 0)
    /// Every article that ever existed, keyed by its normalised number.
    public internal(set) var histories: [String: ArticleHistory]
    /// The act's structure over time (divisions and the order of articles).
    public internal(set) var structures: [StructureVersion]
    /// The title over time.
    public internal(set) var titles: [TitleVersion]
    /// What happened to each edit, in the order they were considered.
    public internal(set) var outcomes: [EditOutcome]
    /// The date up to which publications were taken into account (`--as-known-on`), if any.
    public let knownOn: LegalDate?
    /// The base act's articles it dates apart that are not in force yet on `date` (none
    /// before the act itself is), in the act's order: « …, à l'exception de l'article 9, qui
    /// entre en vigueur à une date fixée par le Roi » (look 29: the whole act printed went
    /// from art. 8 to art. 10 without a word).
    public func notInForce(at date: LegalDate) -> [(article: String, dating: ArticleDating)] {
        guard !articleDates.isEmpty, date >= start else { return [] }
        return base.articles.map { ArticleNumber.normalized($0.number) }.compactMap { key in
            guard let dating = articleDates[key], article(key, at: date) == nil,
                  histories[key]?.versions.first.map({ $0.validFrom > date }) ?? true else { return nil }
            return (key, dating)
        }
    }

    /// Why the act is not in force on `date` by its own words, if it is not: an article in
    /// force then says « Le présent arrêté cesse d'être en vigueur le … » (« Dit besluit treedt
    /// buiten werking op … ») on or before that day — as its text stands then, so that a
    /// clause inserted, prolonged or repealed by an amending act counts (look 21). The day it
    /// names is read as the first on which the act is no longer in force.
    ///
    /// Only the articles that may say it are read: those of the base act whose words speak of
    /// an end (« cesse », « buiten werking », « houdt op »), and those an amending act changed
    /// or inserted.
    public func ended(at date: LegalDate) -> String? {
        guard let end = end(at: date) else { return nil }
        return "the act is not in force on \(date.iso): by its article \(end.article), it ceases to be in force on \(end.date.iso) (read as its first day out of force)"
    }

    /// The end that makes the act out of force on `date` (``ended(at:)``): the first day out
    /// of force and the article that says it; `nil` when the act is in force then.
    public func end(at date: LegalDate) -> (date: LegalDate, article: String)? {
        end(onOrBefore: date, among: endingHistories)
    }

    /// The act's own end as `history` and `diff` say it: the first day on which ``ended(at:)``
    /// finds the act out of force, and the article that says so; `nil` when it never is.
    public var end: (date: LegalDate, article: String)? {
        let ending = endingHistories
        var days = Set<LegalDate>()
        for (_, history) in ending {
            for version in history.versions {
                if let end = EntryIntoForceReader.end(of: version.article) { days.insert(end) }
            }
        }
        for day in days.sorted() {
            if let end = end(onOrBefore: day, among: ending) { return end }
        }
        return nil
    }

    /// The articles that may end the act: those of the base act whose words speak of an end,
    /// and those an amending act changed or inserted.
    private var endingHistories: [(key: String, value: ArticleHistory)] {
        let dating = EntryIntoForceReader.endingArticles(of: base)
        return histories.filter { key, history in
            dating.contains(key) || history.versions.count > 1 || !(history.versions.first?.sources.isEmpty ?? true)
        }.map { ($0.key, $0.value) }
    }

    /// The earliest end on or before `date` that an article names, in force on `date` or on
    /// that end's own day — an act that has lapsed stays lapsed: a change to its end clause
    /// made after that day does not bring it back (look 24: an end moved by an act published
    /// after it showed the act in force again, without a word). On the same day, the lowest
    /// key (the message is the same on every run).
    private func end(onOrBefore date: LegalDate, among ending: [(key: String, value: ArticleHistory)]) -> (date: LegalDate, article: String)? {
        var earliest: (date: LegalDate, article: String)?
        func consider(_ end: LegalDate, _ key: String) {
            if earliest.map({ end < $0.date || end == $0.date && key < $0.article }) ?? true { earliest = (end, key) }
        }
        for (key, history) in ending {
            if let version = history.version(at: date), version.article.status != .repealed, article(key, at: date) != nil,
               let end = EntryIntoForceReader.end(of: version.article), end <= date {
                consider(end, key)
            }
            for version in history.versions where version.article.status != .repealed {
                guard let end = EntryIntoForceReader.end(of: version.article), end <= date,
                      history.version(at: end)?.validFrom == version.validFrom, article(key, at: end) != nil else { continue }
                consider(end, key)
            }
        }
        return earliest
    }

    /// The act as it stood on `date`: structure, title and every article's version then.
    ///
    /// - Complexity: O(a · log v) for a articles of v versions each.
    public func act(at date: LegalDate) -> Act {
        var act = base
        act.metadata.title = TitleVersion.latest(titles, at: date)?.title ?? base.metadata.title
        guard let structure = StructureVersion.latest(structures, at: date) else {
            act.body = []
            return act
        }
        var versions = VersionsOnDate(histories: histories, date: date)
        act.body = versions.rewrite(structure.body)
        return act
    }

    /// The date of the Justel state the base text is (its update date, or the latest date
    /// of its footnotes when it gives none); `nil` for an act as published.
    public var justelState: LegalDate? { EarlierTexts.state(of: base) }

    /// The same for any base text.
    public static func justelState(of act: Act) -> LegalDate? { EarlierTexts.state(of: act) }

    /// The articles whose text on `date` is not in the input (a Justel state shows them
    /// as later acts left them), in the order of the act.
    public func gaps(at date: LegalDate) -> [TextGap] {
        guard let structure = StructureVersion.latest(structures, at: date) else { return [] }
        return Act(body: structure.body).articles.compactMap { article in
            histories[ArticleNumber.normalized(article.number)]?.version(at: date)?.gap
        }
    }

    /// One article as it stood on `date`, or `nil` when it did not exist yet (or any more).
    ///
    /// - Complexity: O(log v) in the article's versions.
    public func article(_ number: String, at date: LegalDate) -> ArticleVersion? {
        guard let history = histories[ArticleNumber.normalized(number)] else { return nil }
        guard let version = history.version(at: date) else { return nil }
        // An article the structure does not hold on that date (not inserted yet) is absent.
        guard let structure = StructureVersion.latest(structures, at: date), structure.articles.contains(history.key) else { return nil }
        return version
    }
}

/// Puts in the place of each article of a structure (a placeholder holding its number)
/// the article's version on a date.
private struct VersionsOnDate: ActRewriter {
    let histories: [String: ArticleHistory]
    let date: LegalDate

    /// An article not in force on the date (dated later by the act, or pending) is left out.
    mutating func rewriteArticle(_ placeholder: Article) -> Article? {
        histories[ArticleNumber.normalized(placeholder.number)]?.version(at: date)?.article
    }
}

/// The versions of one article, oldest first.
public struct ArticleHistory: Sendable {
    /// The normalised number (`1` for `1er`) under which the article is filed.
    public let key: String
    public internal(set) var versions: [ArticleVersion]

    /// The index of the last version in force on `date` that re-established the whole article
    /// (« L'article 4 … est rétabli »), `nil` when none did: the versions before it did not
    /// write its text, and Justel marks and notes the re-establishing act alone (Code pénal,
    /// art. 46: « [1 … ]1 », « (1)<rétabli par L 2012-12-10/14, art. 42, …> »).
    public func reestablished(onOrBefore date: LegalDate) -> Int? {
        versions.indices.last { index in
            versions[index].validFrom <= date && versions[index].sources.contains { applied in
                if case .reestablish? = applied.edit.change { return applied.edit.target.belowArticle?.isEmpty == true } else { return false }
            }
        }
    }

    /// Records `article` as the version from `date`: a new version, or, on the day of the
    /// last one, that version with one more source.
    mutating func record(_ article: Article, at date: LegalDate, by applied: AppliedEdit) {
        let last = versions.count - 1
        if last >= 0, versions[last].validFrom >= date {
            versions[last].article = article
            versions[last].sources.append(applied)
        } else {
            if last >= 0 { versions[last].validUntil = date.adding(days: -1) }
            versions.append(ArticleVersion(article: article, validFrom: date, validUntil: nil, sources: [applied]))
        }
    }

    /// The version in force on `date`, if the article existed then.
    ///
    /// - Complexity: O(log v).
    public func version(at date: LegalDate) -> ArticleVersion? {
        var low = 0
        var high = versions.count
        while low < high {
            let mid = (low + high) / 2
            if versions[mid].validFrom <= date { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : versions[low - 1]
    }
}

/// One version of an article: its text from `validFrom` until the next version starts.
public struct ArticleVersion: Sendable {
    public var article: Article
    /// The first day it is in force.
    public var validFrom: LegalDate
    /// The last day it is in force (the day before the next version), `nil` while current.
    public var validUntil: LegalDate?
    /// The edits that made this version (empty for the base act's text), in order.
    public var sources: [AppliedEdit]
    /// Where the text comes from when no edit made it: the base text as given, a Justel
    /// state without the words later acts inserted, or nothing (a gap: not in the input).
    public var origin: BaseText = .given

    /// The gap this version stands for, when its text is not in the input.
    public var gap: TextGap? {
        if case .unknown(let gap) = origin { return gap }
        return nil
    }
}

/// One edit, held once and referred to by every version and outcome it concerns (an
/// `Edit` is several hundred bytes; a timeline of 20,000 edits would otherwise copy each
/// into every place that names it).
public final class SharedEdit: Sendable {
    public let edit: Edit
    public init(_ edit: Edit) { self.edit = edit }
}

/// An edit as it was applied, for provenance: who changed what, since when.
public struct AppliedEdit: Sendable, Hashable {
    private let shared: SharedEdit
    public var edit: Edit { shared.edit }
    /// The amending act's rank in the base act's history (1 for the first amending act
    /// applied), as Justel numbers its footnotes' sequence (`004`).
    public var sequence: Int
    /// What the edit wrote, when it wrote words (for Justel markers).
    public var insertedWords: String?
    /// The addresses of the units it changed (in the new version).
    public var units: [String]
    /// True when it wrote the article as a whole (inserted, replaced, repealed,
    /// re-established it): then `units` is the article's address. An article of one alinéa
    /// has that address too, and words changed in it are not the whole article (look 31).
    public var wholeArticle: Bool = false
    /// Where it deleted words from a unit, leaving the others as they stood: Justel marks
    /// the place, `[1 ...]1`, never the words that remain.
    public var deletions: [Deletion] = []

    init(_ shared: SharedEdit, sequence: Int, insertedWords: String?, units: [String]) {
        self.shared = shared
        self.sequence = sequence
        self.insertedWords = insertedWords
        self.units = units
    }

    public static func == (lhs: AppliedEdit, rhs: AppliedEdit) -> Bool {
        lhs.edit == rhs.edit && lhs.sequence == rhs.sequence && lhs.insertedWords == rhs.insertedWords && lhs.units == rhs.units
            && lhs.wholeArticle == rhs.wholeArticle && lhs.deletions == rhs.deletions
    }

    /// The place in a unit where an edit deleted words (a sentence, words, the end of the
    /// unit), told by the words on either side of it in the unit's new text, so that it is
    /// found again in a later text of the unit, as an edit's inserted words are.
    public struct Deletion: Sendable, Hashable {
        /// The unit's canonical address (`art. 4`, `art. 3, § 1, al. 1`).
        public var unit: String
        /// The words just before the place (up to ``context`` bytes); empty at the unit's start.
        public var before: String
        /// The words just after it; empty at the unit's end.
        public var after: String

        /// How many bytes of words on each side tell the place.
        public static let context = 40

        public init(unit: String, before: String, after: String) {
            self.unit = unit
            self.before = before
            self.after = after
        }

        /// The deletion of words from `old` that leaves `new`, when `new` is `old` without
        /// some of its words (and nothing else); its place is the first that reads so at a
        /// word's edge and not before a final mark (deleting the first of two sentences that
        /// begin alike is at the start, not after their common words).
        ///
        /// - Complexity: O(n) in the length of the texts.
        public static func between(_ old: String, _ new: String, unit: String) -> Deletion? {
            let a = Array(old.utf8)
            let b = Array(new.utf8)
            guard b.count < a.count else { return nil }
            var prefix = 0
            while prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
            var suffix = 0
            while suffix < b.count, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
            guard prefix + suffix >= b.count else { return nil }
            let earliest = b.count - suffix
            // A final mark stays with the words before it: « euros. [1 ...]1 », not « euros [1 ...]1. ».
            let closing: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x29]
            // Whole sentences deleted where the place could be read two ways (the last of two
            // sentences that end alike, « … vingt-six degrés. La … vingt-huit degrés. »): the
            // place where the words taken out read as sentences (look 32: « vingt-six [1 ...]1
            // degrés. »).
            let deleted = a.count - b.count
            let place = (earliest...prefix).first { isEdge(b, $0) && readsAsSentences(a[$0..<($0 + deleted)]) }
                ?? (earliest...prefix).first { isEdge(b, $0) && ($0 == b.count || !closing.contains(b[$0])) }
                ?? (earliest...prefix).first { isEdge(b, $0) } ?? prefix
            // The context cut at characters' starts, never inside one.
            var from = max(0, place - context)
            while from < place, b[from] & 0xC0 == 0x80 { from += 1 }
            var to = min(b.count, place + context)
            while to < b.count, to > place, b[to] & 0xC0 == 0x80 { to -= 1 }
            return Deletion(unit: unit, before: String(decoding: b[from..<place], as: UTF8.self),
                            after: String(decoding: b[place..<to], as: UTF8.self))
        }

        /// True when `bytes`, spaces aside, open with a capital and end with a final mark.
        static func readsAsSentences(_ bytes: ArraySlice<UInt8>) -> Bool {
            let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces
            guard let first = text.first, let last = text.last else { return false }
            return first.isUppercase && ".!?".contains(last)
        }

        /// True at a word's edge of `bytes`: its start or end, or beside a space or a mark.
        static func isEdge(_ bytes: [UInt8], _ k: Int) -> Bool {
            guard k > 0, k < bytes.count else { return true }
            let isWord = { (byte: UInt8) in byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x27 || byte == 0x2D }
            return !(isWord(bytes[k - 1]) && isWord(bytes[k]))
        }

        /// The offset (UTF-8 bytes) of the place in `text`, a later text of the unit: where
        /// its words before and after meet, once; `nil` when they meet nowhere or twice.
        public func offset(in text: String) -> Int? {
            let bytes = Array(text.utf8)
            if before.isEmpty && after.isEmpty { return bytes.isEmpty ? 0 : nil }
            if before.isEmpty { return text.hasPrefix(after) ? 0 : nil }
            if after.isEmpty { return text.hasSuffix(before) ? bytes.count : nil }
            // Both sides where they meet; else one side alone, when it stands once (a later
            // edit changed the words on the other).
            if let both = Self.only(Array((before + after).utf8), in: bytes) { return both + before.utf8.count }
            if let alone = Self.only(Array(after.utf8), in: bytes) { return alone }
            if let alone = Self.only(Array(before.utf8), in: bytes) { return alone + before.utf8.count }
            return nil
        }

        /// Where `needle` stands in `bytes`, when it stands there once.
        static func only(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
            guard let first = needle.first else { return nil }
            var found: Int?
            var k = 0
            while k + needle.count <= bytes.count {
                if bytes[k] == first, bytes[k..<(k + needle.count)].elementsEqual(needle) {
                    if found != nil { return nil }
                    found = k
                }
                k += 1
            }
            return found
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(edit)
        hasher.combine(units)
    }
}

/// The structure of the act from a date on: its body with articles as placeholders.
public struct StructureVersion: Sendable {
    public var validFrom: LegalDate
    public var body: [BodyElement]
    /// The normalised numbers of the articles it holds.
    public var articles: Set<String>
    /// The edits that made this structure (inserted or renamed divisions, inserted
    /// articles), each with the divisions it changed as `units` (`Chapitre 3, Section 2.1`).
    public var sources: [AppliedEdit]

    static func latest(_ versions: [StructureVersion], at date: LegalDate) -> StructureVersion? {
        versions.last { $0.validFrom <= date }
    }
}

/// The act's title from a date on.
public struct TitleVersion: Sendable {
    public var validFrom: LegalDate
    public var title: String?
    public var source: AppliedEdit?

    static func latest(_ versions: [TitleVersion], at date: LegalDate) -> TitleVersion? {
        versions.last { $0.validFrom <= date }
    }
}

/// What became of one edit when the timeline was built: the line `explain` prints.
public struct EditOutcome: Sendable {
    public enum Status: Sendable, Hashable {
        /// Applied to the unit named.
        case applied
        /// No effective date yet ("à une date fixée par le Gouvernement").
        case pending(String)
        /// Aimed at another act than this one.
        case otherAct
        /// Nothing to do in this language version ("(concerne le texte allemand)").
        case noop
        /// Published after the `--as-known-on` date: not known then.
        case notYetPublished
        /// The instruction could not be read completely.
        case unreadable(String)
        /// The target does not exist (or no longer exists) at the effective date.
        case targetNotFound(String)
        /// The words are not in the target.
        case wordsNotFound(String)
        /// The words are in the target several times and "chaque fois" is not said.
        case wordsFoundTimes(String, Int)
        /// A form Chronolex reads but cannot apply yet.
        case unsupported(String)

        /// True for the outcomes that make a consolidation unreliable.
        public var isFailure: Bool {
            switch self {
            case .applied, .pending, .otherAct, .noop, .notYetPublished: false
            case .unreadable, .targetNotFound, .wordsNotFound, .wordsFoundTimes, .unsupported: true
            }
        }

        /// Why the edit was not applied (yet), in the words of its status: the date it
        /// waits for, or what failed; `nil` for the other outcomes.
        public var reason: String? {
            switch self {
            case .pending(let why), .unreadable(let why), .targetNotFound(let why), .wordsNotFound(let why), .wordsFoundTimes(let why, _), .unsupported(let why): why
            case .applied, .otherAct, .noop, .notYetPublished: nil
            }
        }
    }

    private let shared: SharedEdit
    public var edit: Edit { shared.edit }
    public var status: Status
    /// The unit the target resolved to, in the version in force at the effective date.
    public var resolved: String?
    /// What applying it had to read past ("« le livre IV » found as « le Livre IV »"):
    /// reported as a warning.
    public var notes: [String] = []
    /// The day it was applied on (or tried): its effective date, or the base act's entry
    /// into force when earlier; `nil` when it was not tried (pending, unreadable, another act).
    /// No text before that day depends on it.
    public var date: LegalDate?
    /// True for a change whose date was to be fixed by another act, none given, applied
    /// from the latest day its act allows: an act not given may have fixed an earlier day,
    /// so what is said of it concerns the text from its act's publication (look 26: nothing
    /// was said of it before that latest day).
    public var mayApplyEarlier = false

    public init(edit: Edit, status: Status, resolved: String? = nil) {
        self.init(SharedEdit(edit), status: status, resolved: resolved)
    }

    init(_ shared: SharedEdit, status: Status, resolved: String? = nil) {
        self.shared = shared
        self.status = status
        self.resolved = resolved
    }

    /// The outcome in words, as `explain` prints it.
    public var summary: String {
        switch status {
        case .applied: return "applied" + (resolved.map { " to \($0)" } ?? "")
        case .pending(let reason): return "pending: \(reason)"
        case .otherAct: return "aimed at another act" + (edit.targetAct.map { ": \($0.name)" } ?? "")
        case .noop: return "nothing to do in this language version"
        case .notYetPublished: return "not yet published on the as-known-on date"
        case .unreadable(let why): return "unreadable: \(why)"
        case .targetNotFound(let why): return "target not found: \(why)"
        case .wordsNotFound(let why): return "words not found: \(why)"
        // « remplacé deux fois » with the words found once: not « several times ».
        case .wordsFoundTimes(let why, let count): return (count == 1 ? "words found once" : "words found \(count) times") + ": \(why)"
        case .unsupported(let why): return "not applied: \(why)"
        }
    }

    /// A short name for the status: `applied`, `pending`, `other-act`, …
    public var statusName: String {
        switch status {
        case .applied: "applied"
        case .pending: "pending"
        case .otherAct: "other-act"
        case .noop: "noop"
        case .notYetPublished: "not-yet-published"
        case .unreadable: "unreadable"
        case .targetNotFound: "target-not-found"
        case .wordsNotFound: "words-not-found"
        case .wordsFoundTimes: "words-found-times"
        case .unsupported: "unsupported"
        }
    }

    /// The problem as a diagnostic (`file:line: Art. 7, 2°: words « soixante » not found in art. 9`).
    public var diagnostic: Diagnostic? {
        let message: String
        switch status {
        case .applied:
            guard !notes.isEmpty else { return nil }
            return .warning(notes.joined(separator: "; "), file: edit.source.file, line: edit.source.line, unit: edit.source.unit)
        // A change whose date is not fixed is not in the text: said beside it, so that a
        // consolidation never shows the old words without a word (hand check 15).
        case .pending(let why):
            return .warning("not applied: its entry into force is not dated (« \(why) »)", file: edit.source.file, line: edit.source.line, unit: edit.source.unit)
        case .otherAct, .noop, .notYetPublished: return nil
        case .unreadable(let why): message = why
        case .targetNotFound(let why): message = why
        case .wordsNotFound(let why): message = why
        case .wordsFoundTimes(let why, _): message = why
        case .unsupported(let why): message = why
        }
        return .error(message, file: edit.source.file, line: edit.source.line, unit: edit.source.unit)
    }
}
