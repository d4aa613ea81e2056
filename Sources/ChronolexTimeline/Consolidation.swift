import ChronolexAmendments
import ChronolexModel

/// Builds timelines: which edits concern a base act, in which order the law applies
/// them, and what each one did.
public enum Consolidation {
    /// Whether an act published on `publication` (signed on `date`) was known on `knownOn`:
    /// `true` when published by then; `false` when published later, or — its publication
    /// unknown — signed later (look 26: an act of May with no publication was known in
    /// April); `nil` when its publication is unknown and it was signed by then: whether it
    /// was known is not in the input (the workspace says so).
    public static func isKnown(published publication: LegalDate?, signed date: LegalDate?, on knownOn: LegalDate?) -> Bool? {
        guard let knownOn else { return true }
        if let publication { return publication <= knownOn }
        if let date, date > knownOn { return false }
        return nil
    }

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
    ///
    /// `aim` says which edits are aimed at `base`, among all the acts given (look 33: of
    /// two acts of one day whose titles begin alike, the one cited); without it, those whose
    /// citation ``matches(_:_:)`` the base.
    public static func timeline(of base: Act, shared given: [SharedEdit], knownOn: LegalDate? = nil, fixings: [DateFixing] = [],
                                aim: ((Edit) -> Aim)? = nil) -> Timeline {
        var overLatest: [ObjectIdentifier: String] = [:]
        let edits = fixingDates(given, fixings, knownOn: knownOn, overLatest: &overLatest)
        let entry = entryIntoForce(of: base)
        let start = entry.date ?? Timeline.earliest
        var datedBy: [String: DateFixing] = [:]
        var builder = TimelineBuilder(base: base, start: start, articleStarts: fixingDates(of: base, entry.articles, fixings, knownOn: knownOn, datedBy: &datedBy))
        let keys = applicationKeys(edits.map(\.edit))
        let ordered = edits.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { edits[$0] }
        // The last act applied to each article, with its key: an act of the same rank after
        // it is said (``sameRank(_:_:)``).
        var lastOnArticle: [String: Edit] = [:]
        for shared in ordered {
            let edit = shared.edit
            guard let citation = edit.targetAct else {
                builder.outcomes.append(EditOutcome(shared, status: edit.error != nil ? .unreadable(edit.error ?? "") : .otherAct))
                continue
            }
            var note: String?
            switch aim?(edit) ?? (matches(citation, base) ? .base(note: nil) : .otherAct) {
            case .base(let said): note = said
            case .otherAct:
                builder.outcomes.append(EditOutcome(shared, status: .otherAct))
                continue
            case .uncertain(let why):
                builder.outcomes.append(EditOutcome(shared, status: .unsupported(why)))
                continue
            }
            let before = builder.outcomes.count
            if isKnown(published: edit.source.act.publication, signed: edit.source.act.date, on: knownOn) == false {
                builder.outcomes.append(EditOutcome(shared, status: .notYetPublished))
                continue
            }
            if let error = edit.error {
                builder.outcomes.append(EditOutcome(shared, status: .unreadable(error)))
                continue
            }
            switch edit.effective {
            case .pending(let reason)? where edit.effective?.latest != nil:
                // « … et au plus tard le 1er janvier 2023 », no act among the inputs fixing an
                // earlier day: in force on that latest day, and said (look 21).
                let latest = edit.effective!.latest!
                var dated = edit
                dated.effective = .date(latest)
                let count = builder.outcomes.count
                builder.apply(SharedEdit(dated), at: max(latest, start))
                if builder.outcomes.count > count {
                    builder.outcomes[builder.outcomes.count - 1].mayApplyEarlier = true
                    builder.outcomes[builder.outcomes.count - 1].notes.append("its date was to be fixed by another act (« \(reason) »), and none among the inputs fixes it: applied from \(latest.iso), the latest day it says; an earlier day may have been fixed by an act not given")
                }
            case .pending(let reason)?:
                builder.outcomes.append(EditOutcome(shared, status: .pending(reason)))
            case .date(let date)?:
                let count = builder.outcomes.count
                builder.apply(shared, at: max(date, start))
                if let note = overLatest[ObjectIdentifier(shared)], builder.outcomes.count > count {
                    builder.outcomes[builder.outcomes.count - 1].notes.append(note)
                }
                if builder.outcomes.count > count, builder.outcomes[builder.outcomes.count - 1].status == .applied, let number = edit.target.article {
                    let key = ArticleNumber.normalized(number)
                    if let previous = lastOnArticle[key], let note = sameRank(previous, edit) {
                        builder.outcomes[builder.outcomes.count - 1].notes.append(note)
                    }
                    lastOnArticle[key] = edit
                }
            case nil:
                builder.outcomes.append(EditOutcome(shared, status: .unreadable("no effective date")))
            }
            if let note, builder.outcomes.count > before, builder.outcomes[builder.outcomes.count - 1].status == .applied {
                builder.outcomes[builder.outcomes.count - 1].notes.append(note)
            }
        }
        var timeline = builder.timeline(entryIntoForce: entry, start: start, knownOn: knownOn)
        for (key, effective) in entry.articles {
            let fixing = datedBy[key]
            timeline.articleDates[key] = ArticleDating(own: effective, article: entry.clauses[key]?.article ?? "?", line: entry.clauses[key]?.line,
                                                       fixed: fixing?.effective, fixedBy: fixing?.source)
        }
        return timeline
    }

    /// The base act's own articles that it left « à une date fixée par le Roi », whose date a
    /// later act among the inputs fixed (« L'article 7 de l'arrêté royal du 12 mars 2015 …
    /// entre en vigueur le 1er juillet 2020 »), once that act is known (look 20: the fixing
    /// was dropped, the article never in force, without a word).
    /// `datedBy` gets, for each article so dated, the fixing that dated it.
    static func fixingDates(of base: Act, _ articles: [String: EffectiveDate], _ fixings: [DateFixing], knownOn: LegalDate?,
                            datedBy: inout [String: DateFixing]) -> [String: EffectiveDate] {
        var articles = articles
        for fixing in fixings where matches(fixing.act, base) {
            if let knownOn, (fixing.source.act.publication.map { $0 > knownOn } ?? true) { continue }
            for selector in fixing.selectors where selector.points.isEmpty {
                if case .pending? = articles[selector.article] {
                    articles[selector.article] = .date(fixing.effective)
                    datedBy[selector.article] = fixing
                }
            }
        }
        return articles
    }

    /// Pending edits whose date a later act fixed take that date — once that act is known
    /// (published on or before `knownOn`). The edit says which act fixed it.
    /// `overLatest` gets, for the edits a fixing dated after their own latest day, what to say.
    static func fixingDates(_ edits: [SharedEdit], _ fixings: [DateFixing], knownOn: LegalDate?,
                            overLatest: inout [ObjectIdentifier: String]) -> [SharedEdit] {
        guard !fixings.isEmpty else { return edits }
        let known = knownFixings(fixings, on: knownOn)
        return edits.map { shared in
            guard let last = known.last(where: { $0.applies(to: shared.edit) }) else { return shared }
            // Two acts that fix the same day: the first fixed it (look 29: the later was named).
            let fixing = known.first { $0.effective == last.effective && $0.applies(to: shared.edit) } ?? last
            var edit = shared.edit
            // A day fixed after the latest the act allows (« … et au plus tard le 1er janvier
            // 2022 », fixed « le 1er mars 2022 »; look 22): the act's own latest day holds, said.
            if let latest = edit.effective?.latest, fixing.effective > latest {
                edit.effective = .date(latest)
                let dated = SharedEdit(edit)
                overLatest[ObjectIdentifier(dated)] = "the act of \(fixing.source.act.date?.french ?? "?") fixes \(fixing.effective.iso), after the latest day this act allows (\(latest.iso)): applied from \(latest.iso)"
                return dated
            }
            edit.effective = .date(fixing.effective)
            // Retroactive when the day fixed comes before the text could be read: before the
            // act was published, or before the act that fixes it was (look 23: a day fixed in
            // January by an act of March was not said retroactive).
            let by = fixing.source.act
            if let known = [edit.source.act.publication, by.publication].compactMap({ $0 }).max() { edit.retroactive = fixing.effective < known }
            edit.datedBy = fixing.source
            return SharedEdit(edit)
        }
    }

    /// The fixings known on `knownOn` (all without it), in order of publication, the last
    /// published last: where two fix one edit, the later act's date is applied (and the
    /// workspace says that which holds is not read). A fixing whose publication is unknown
    /// (Justel's note of it) is not known on any date.
    public static func knownFixings(_ fixings: [DateFixing], on knownOn: LegalDate?) -> [DateFixing] {
        fixings.enumerated().filter { _, fixing in
            guard let knownOn else { return true }
            guard let publication = fixing.source.act.publication else { return false }
            return publication <= knownOn
        }.sorted { lhs, rhs in
            let l = lhs.element.source.act.publication?.ordinal ?? Int.max, r = rhs.element.source.act.publication?.ordinal ?? Int.max
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The edits in the order the law applies them: effective date (pending ones last),
    /// publication, the amending acts' own dates, then their order in the input.
    public static func applicationOrder(_ edits: [Edit]) -> [Edit] {
        let keys = applicationKeys(edits)
        return edits.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { edits[$0] }
    }

    /// Each edit's place in the order the law applies them (field guide, section 5), to
    /// compare lexicographically: ``applicationKey(_:)``; then, between acts of the same day
    /// published the same day, an act whose instructions recall a change made by an act of
    /// its own day (« modifié par l'arrêté royal du 5 mars 2012 ») after the others, and the
    /// page of the Moniteur each stands on (`page:`); then the position in `edits` (look 31:
    /// two such acts were applied in the order of their files' names, the page unused).
    public static func applicationKeys(_ edits: [Edit]) -> [[Int]] {
        var recalling = Set<AmendingActRef>()
        for edit in edits where recallsItsOwnDay(edit) { recalling.insert(edit.source.act) }
        return edits.enumerated().map { index, edit in
            applicationKey(edit) + [recalling.contains(edit.source.act) ? 1 : 0, page(edit.source.act) ?? Int.max, index]
        }
    }

    /// True when the edit's history clause names an act of its own act's day (« modifié par
    /// l'arrêté royal du 5 mars 2012 » in an act of 5 March 2012): another act of that day
    /// came before it.
    static func recallsItsOwnDay(_ edit: Edit) -> Bool {
        guard let own = edit.source.act.date else { return false }
        return edit.history.contains { clause in
            let words = clause.split(separator: " ")
            guard words.count >= 3 else { return false }
            return (0...(words.count - 3)).contains { LegalDate(words[$0..<($0 + 3)].joined(separator: " ")) == own }
        }
    }

    /// The page of the Moniteur an act stands on, as a number.
    static func page(_ act: AmendingActRef) -> Int? {
        act.page.flatMap { Int($0.trimmingSpaces) }
    }

    /// What to say when `edit` is applied to an article right after `previous`, an edit of
    /// another act of the same effective day, publication and date, and nothing in the texts
    /// orders the two acts (no history clause, no pages or the same page): applied in the
    /// order of the input, which may not be the law's. `nil` otherwise.
    static func sameRank(_ previous: Edit, _ edit: Edit) -> String? {
        let (a, b) = (previous.source.act, edit.source.act)
        guard a != b, applicationKey(previous) == applicationKey(edit), recallsItsOwnDay(previous) == recallsItsOwnDay(edit) else { return nil }
        if let p = page(a), let q = page(b), p != q { return nil }
        let name = a.kindAndDate + (a.numac.map { " (\($0))" } ?? "")
        return "applied after the \(name), an act of the same day published the same day that also changes this article: nothing in the texts orders the two for certain (a page of the Moniteur, `page:`, for both; a history clause naming an act of their own day in one only), so this order may not be the law's; check it"
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
        // « du Code de la démocratie locale et de la décentralisation », « du Code de
        // l'Environnement »: a code is cited by its name alone, never by its date — the act
        // whose title is that name, and no other (hand check 7: such edits were once all
        // « aimed at another act » when consolidating that very code).
        if citation.date == nil, citation.kind == .code, let title = citation.title, !title.isEmpty {
            return normalized(metadata.title ?? "") == normalized(title)
        }
        guard let date = citation.date, date == metadata.date else { return false }
        if let kind = citation.kind, let actKind = metadata.kind, !compatible(kind, actKind) { return false }
        guard let title = citation.title?.trimmingSpaces, !title.isEmpty else { return true }
        let actTitle = normalized(metadata.title ?? "")
        return actTitle.hasSuffix(normalized(title)) || actTitle.contains(normalized(title))
    }

    /// True when the citation's title is `act`'s title to its end, compared as
    /// ``matches(_:_:)`` compares titles (« relatif aux mots » ends « … relatif aux mots »,
    /// not « … relatif aux mots croisés », which ``matches(_:_:)`` lets contain it). What
    /// Justel adds after a title is not the title (``TitleFit/whole``).
    public static func citesTitleToItsEnd(_ citation: ActCitation, _ act: Act) -> Bool {
        titleFit(citation, act) == .whole
    }

    /// How the title an instruction cites stands in an act's title, when it stands there.
    public enum TitleFit: Sendable, Equatable {
        /// The act's title to its end, or followed only by what Justel adds (« (NOTE :
        /// Consultation des versions antérieures … mise à jour au …) », « (TRADUCTION) »,
        /// « Voir modification(s) », its marks « ] <AR …> ») or a final period.
        case whole
        /// Followed by a comma and more words: a citation cut at a comma, as many are.
        case cutAtComma
        /// Followed by more words of the title (« relatif aux jardins partagés » in « … relatif
        /// aux jardins partagés urbains »): the title of another act, perhaps (look 33).
        case part
    }

    /// How the citation's title stands in `act`'s title (its last occurrence); `nil` when the
    /// citation gives no title or the act's title does not hold it.
    public static func titleFit(_ citation: ActCitation, _ act: Act) -> TitleFit? {
        guard let title = citation.title?.trimmingSpaces, !title.isEmpty else { return nil }
        let actTitle = normalized(act.metadata.title ?? "")
        guard let range = actTitle.range(of: normalized(title), options: .backwards) else { return nil }
        let rest = actTitle[range.upperBound...].drop { $0 == " " }
        guard let first = rest.first else { return .whole }
        if "([]<.;".contains(first) || rest.hasPrefix("voir modification") { return .whole }
        return first == "," ? .cutAtComma : .part
    }

    /// The acts among `candidates` (acts of the citation's day; several texts of one act may
    /// stand among them) that `citation` names (look 33), by their indices: those ``matches(_:_:)`` accepts; of several, those whose
    /// whole title is cited (« relatif aux jardins partagés » is the act of that title, not
    /// the act « … relatif aux jardins partagés urbains » of the same day); of several still,
    /// the one the amending act's `modifies:` lists, if it lists exactly one of them. More
    /// than one index back: the citation may be any of them, which is not Chronolex's to choose.
    /// The workspace and the index choose so, each among the acts it holds.
    public static func named(by citation: ActCitation, among candidates: [Act], modifies: [String] = []) -> [Int] {
        let matching = candidates.indices.filter { matches(citation, candidates[$0]) }
        guard matching.count > 1 else { return matching }
        let whole = matching.filter { titleFit(citation, candidates[$0]) == .whole }
        if whole.count == 1 { return whole }
        let left = whole.isEmpty ? matching : whole
        let listed = left.filter { index in candidates[index].metadata.numac.map(modifies.contains) ?? false }
        return listed.count == 1 ? listed : left
    }

    /// True when the citation names `act` by its kind and title but another date (« du
    /// besluit … van 13 maart 2015 betreffende de openbare bibliotheken » for the act of 12
    /// March): a slip in the date, or another act — which, is not Chronolex's to decide.
    public static func matchesButForDate(_ citation: ActCitation, _ act: Act) -> Bool {
        guard citation.numac == nil, let date = citation.date, let actDate = act.metadata.date, date != actDate,
              let title = citation.title?.trimmingSpaces, !title.isEmpty else { return false }
        if let kind = citation.kind, let actKind = act.metadata.kind, !compatible(kind, actKind) { return false }
        let actTitle = normalized(act.metadata.title ?? "")
        return actTitle.hasSuffix(normalized(title)) || actTitle.contains(normalized(title))
    }

    /// True when a citation names `act`'s day and a kind compatible with its own, whatever
    /// title it cites.
    public static func sameDayAndKind(_ citation: ActCitation, _ act: Act) -> Bool {
        guard let date = citation.date, date == act.metadata.date else { return false }
        if let kind = citation.kind, let actKind = act.metadata.kind, !compatible(kind, actKind) { return false }
        return true
    }

    /// True when the title a citation cites is `act`'s title, or a stretch of it, but for
    /// a slip: at most two letters added, left out or changed (one in twenty for a title of
    /// sixty letters or more), compared as ``matches(_:_:)`` compares titles (look 42:
    /// « relatif aux essais des matériaux » for « … relatif aux essais de matériaux »).
    /// Titles past 2,000 letters are never near (the comparison costs their product).
    public static func nearTitle(_ citation: ActCitation, _ act: Act) -> Bool {
        guard let title = citation.title?.trimmingSpaces, !title.isEmpty else { return false }
        let cited = Array(normalized(title).unicodeScalars), own = Array(normalized(act.metadata.title ?? "").unicodeScalars)
        guard !own.isEmpty, cited.count <= 2_000, own.count <= 2_000 else { return false }
        let allowed = max(2, cited.count / 20)
        // Edits to make `cited` a stretch of `own` (its start and its end are free): one row
        // of the table at a time.
        var row = [Int](repeating: 0, count: own.count + 1)
        for (i, c) in cited.enumerated() {
            var next = [Int](repeating: i + 1, count: own.count + 1)
            for j in 0..<own.count {
                next[j + 1] = min(row[j] + (own[j] == c ? 0 : 1), row[j + 1] + 1, next[j] + 1)
            }
            row = next
        }
        return (row.min() ?? allowed + 1) <= allowed
    }

    private static func compatible(_ a: ActKind, _ b: ActKind) -> Bool {
        if a == b { return true }
        let arretes: Set<ActKind> = [.arrete, .arreteRoyal, .arreteDuGouvernement, .arreteMinisteriel]
        return (a == .arrete && arretes.contains(b)) || (b == .arrete && arretes.contains(a))
    }

    /// A title as compared: lower case, one apostrophe, one space, and « §§ » as « § » (a
    /// cited title's « des articles 2, §§ 2 et 3 » is read « § 2 et 3 »: hand check 12).
    private static func normalized(_ text: String) -> String {
        // Foundation's search only where its characters stand (’ begins with 0xE2, § is C2 A7):
        // run for every citation of every edit (look 33's checks), it was a third of
        // `consolidate`'s time on 2,000 acts.
        var folded = text.lowercased()
        if folded.utf8.contains(0xE2) { folded = folded.replacingOccurrences(of: "\u{2019}", with: "'") }
        let sections = folded.utf8.contains(0xA7)
        if sections { folded = folded.replacingOccurrences(of: "§§", with: "§") }
        folded = folded.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
        return sections ? folded.replacingOccurrences(of: "§ §", with: "§") : folded
    }

    /// When the base act's text enters into force, from what the act says: its own
    /// entry-into-force article ("Le présent arrêté entre en vigueur …", read by the
    /// entry-into-force reader, with the articles it excepts), else the front matter's
    /// `starts:`, else the tenth day after publication (with a warning), else nothing: no
    /// date is ever invented.
    public static func entryIntoForce(of act: Act) -> BaseEntryIntoForce {
        let file = act.file ?? "input"
        let own = EntryIntoForceReader.own(act, file: file)
        var result = BaseEntryIntoForce(date: nil, reason: "", articles: [:], diagnostics: own.diagnostics)
        for (article, effective, clause, line) in own.articles {
            result.articles[ArticleNumber.normalized(article)] = effective
            result.clauses[ArticleNumber.normalized(article)] = (clause, line)
        }
        let starts = act.metadata.entryIntoForce
        if let (effective, article) = own.general {
            switch effective {
            case .date(let date):
                result.date = date
                result.reason = "its article \(article)"
                if let starts, starts != date {
                    result.diagnostics.append(.warning("the front matter says 'starts: \(starts.iso)', the act's article \(article) says \(date.iso): the act's own words are taken",
                                                       file: file, line: nil, unit: "Art. \(article)"))
                }
            case .pending(let why):
                if let starts {
                    result.date = starts
                    result.reason = "front matter 'starts:' (its article \(article): \(why))"
                } else {
                    result.reason = "its article \(article): \(why)"
                    result.diagnostics.append(.error("the act is not in force yet by its article \(article) (\(why)), and no date is known: give the date that was fixed ('starts:' in its front matter)",
                                                     file: file, line: nil, unit: "Art. \(article)"))
                }
            }
            return result
        }
        if let starts {
            result.date = starts
            result.reason = "front matter 'starts:'"
        } else if let publication = act.metadata.publication {
            result.date = publication.adding(days: 10)
            result.reason = "the default rule: the tenth day after publication"
            result.diagnostics.append(.warning("the act has no entry-into-force article and its front matter no 'starts:': in force on the tenth day after its publication of \(publication.iso), \(publication.adding(days: 10).iso), by the default rule",
                                               file: file, line: nil))
        } else {
            result.reason = "no date known"
            result.diagnostics.append(.error("the act's entry into force is not known (no entry-into-force article, no 'starts:', no publication date): its text is taken as it stands, at any date; give 'starts:' in its front matter",
                                             file: file, line: nil))
        }
        return result
    }
}

/// Whether an instruction is aimed at the base act being consolidated, as the acts given
/// tell: the act it cites is this one (with what to say beside it, when its title is cited
/// only in part), another one, or one of several given that it may name — which act is
/// amended is then not certain, and it is applied to none (look 33).
public enum Aim: Sendable, Equatable {
    case base(note: String?)
    case otherAct
    case uncertain(String)
}

/// When a base act's text is in force, and why; `date` is `nil` when nothing says (an
/// error among the diagnostics).
public struct BaseEntryIntoForce: Sendable {
    public var date: LegalDate?
    public var reason: String
    /// The articles the act dates otherwise than as a whole (by its normalised number).
    public var articles: [String: EffectiveDate]
    public var diagnostics: [Diagnostic]
    /// For each of ``articles``, the article of the act that dates it, and the line.
    public var clauses: [String: (article: String, line: Int?)] = [:]
}

/// How a base act dates one of its articles apart from the rest (« …, à l'exception de
/// l'article 9, qui entre en vigueur à une date fixée par le Roi »), and the act that fixed
/// that date later, if one among the inputs did (and was known).
public struct ArticleDating: Sendable {
    /// What the act says: a date, or pending (« à une date fixée par le Roi »).
    public var own: EffectiveDate
    /// The article of the act that says it, and the line.
    public var article: String
    public var line: Int?
    /// The day another act fixed, and where it says so.
    public var fixed: LegalDate?
    public var fixedBy: EditSource?

    /// « the act dates it « à une date fixée par le Roi » (its art. 10); the act of 10
    /// novembre 2020, art. 1, fixes 2021-01-01 », « the act dates it from 2021-01-01 (its art. 10) ».
    public var reason: String {
        var text = "the act dates it "
        switch own {
        case .pending(let why): text += "« \(why) »"
        case .date(let day): text += "from \(day.iso)"
        }
        text += " (its art. \(article))"
        if let fixed, let by = fixedBy { text += "; the act of \(by.act.date?.french ?? "?"), \(by.address), fixes \(fixed.iso)" }
        return text
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
