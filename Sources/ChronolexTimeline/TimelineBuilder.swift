import ChronolexAmendments
import ChronolexModel

/// Applies edits one by one, in the order the law applies them, to the current state of
/// each article and of the act's structure, recording a new version for each change.
/// Each function below is one kind of change; each says, when it cannot apply an edit,
/// exactly why (the unit or the words that are missing, or found several times).
struct TimelineBuilder {
    let base: Act
    let start: LegalDate
    var histories: [String: ArticleHistory] = [:]
    var structures: [StructureVersion]
    var titles: [TitleVersion]
    var outcomes: [EditOutcome] = []
    /// What the edit being applied had to read past (words found in another case), said in
    /// its outcome as a warning.
    var notes: [String] = []
    /// The base act's articles it says are not in force yet, and why.
    var pendingArticles: [String: String] = [:]
    /// Amending act → its rank in the base act's history.
    private var sequences: [String: Int] = [:]

    /// The base act's articles in force from `start`, or from their own date
    /// (`articleStarts`); a pending article has no version until an edit writes one.
    init(base: Act, start: LegalDate, articleStarts: [String: EffectiveDate] = [:]) {
        self.base = base
        self.start = start
        let state = EarlierTexts.state(of: base)
        for article in base.articles {
            let key = ArticleNumber.normalized(article.number)
            switch articleStarts[key] {
            case .pending(let why)?:
                histories[key] = ArticleHistory(key: key, versions: [])
                pendingArticles[key] = why
            case .date(let date)?:
                histories[key] = ArticleHistory(key: key, versions: [ArticleVersion(article: article, validFrom: date, validUntil: nil, sources: [])])
            case nil:
                if let state {
                    histories[key] = ArticleHistory(key: key, versions: Self.versions(EarlierTexts.periods(of: article, start: start, state: state, language: base.metadata.language)))
                } else {
                    histories[key] = ArticleHistory(key: key, versions: [ArticleVersion(article: article, validFrom: start, validUntil: nil, sources: [])])
                }
            }
        }
        structures = Self.structures(of: base, start: start, articles: Set(histories.keys), justel: state != nil)
        titles = [TitleVersion(validFrom: start, title: base.metadata.title, source: nil)]
    }

    func timeline(entryIntoForce: BaseEntryIntoForce, start: LegalDate, knownOn: LegalDate?) -> Timeline {
        Timeline(base: base, entryIntoForce: entryIntoForce.date, entryIntoForceReason: entryIntoForce.reason,
                 entryIntoForceDiagnostics: entryIntoForce.diagnostics, start: start, pendingArticles: pendingArticles, histories: histories,
                 structures: structures, titles: titles, outcomes: outcomes.map(dated), knownOn: knownOn)
    }

    /// A « words not found » outcome with the day the words were sought on, and, when a
    /// later version of the article holds them, from when and by which act (look 30: a
    /// change reaching back before another act wrote its words said « not found » alone,
    /// while the jurist reads them in today's text). The others as they are.
    func dated(_ outcome: EditOutcome) -> EditOutcome {
        // The number the edit cites was to be another article's by a renumbering that was
        // not applied (look 42: « words not found in art. 6 » after « l'article 5 devient
        // l'article 6 », not applied, with no word of it): said.
        if case .targetNotFound(let why) = outcome.status, let renumbering = renumberingNotApplied(to: outcome) {
            var said = outcome
            said.status = .targetNotFound(why + renumbering)
            return said
        }
        guard case .wordsNotFound(var why) = outcome.status, let date = outcome.date else { return outcome }
        // The day after the place, before what is said beside it.
        if !why.contains(date.iso) {
            let end = why.range(of: "; ")?.lowerBound ?? why.endIndex
            why.insert(contentsOf: " on \(date.iso)", at: end)
        }
        if let renumbering = renumberingNotApplied(to: outcome) { why += renumbering }
        func saying(_ why: String) -> EditOutcome {
            var dated = outcome
            dated.status = .wordsNotFound(why)
            return dated
        }
        // The versions of the article the words were sought in, for the two hints below.
        guard let words = outcome.edit.change?.words?.text, case .article(let number)? = outcome.edit.target.steps.first,
              let versions = histories[ArticleNumber.normalized(number)]?.versions else { return saying(why) }
        // Not when the article held them already, elsewhere than where they were sought.
        if let seen = versions.last(where: { $0.validFrom < date }) ?? versions.first, !Self.wordsStand(words, in: seen.article),
           let later = versions.first(where: { $0.validFrom >= date && Self.wordsStand(words, in: $0.article) }) {
            // An edit whose new words hold them, or are part of them (« quarante » written,
            // « quarante jours » sought).
            let writes = { (applied: AppliedEdit) in
                applied.insertedWords.map { !Words.occurrences(of: words, in: $0).isEmpty || !Words.occurrences(of: $0, in: words).isEmpty } ?? false
            }
            if later.validFrom > date {
                why += "; they stand there from \(later.validFrom.iso)"
                if let act = (later.sources.first(where: writes) ?? later.sources.first)?.edit.source {
                    why += ", written by the " + act.act.kindAndDate + " (\(act.address))"
                }
            } else if let act = later.sources.first(where: writes)?.edit.source, act.act != outcome.edit.source.act {
                // The same day: written by another act's edit applied after this one (look 31:
                // two acts of one day, the second writing the words the first sought).
                why += "; an edit applied after this one on the same day writes them: the " + act.act.kindAndDate
                    + " (\(act.act.numac.map { $0 + ", " } ?? "")\(act.address))"
            }
        }
        // The words stood there before the day and another act's change took them away
        // first — one published later perhaps, reaching back (look 33: « not found » alone,
        // while the act that did it was in the input): that act, and when.
        if let now = versions.lastIndex(where: { $0.validFrom <= date }), !Self.wordsStand(words, in: versions[now].article),
           let held = versions[..<now].lastIndex(where: { Self.wordsStand(words, in: $0.article) }),
           let act = versions[held + 1].sources.first?.edit.source.act, act != outcome.edit.source.act {
            why += "; they stood there until \(versions[held + 1].validFrom.adding(days: -1).iso): the \(act.kindAndDate)"
                + " (\(act.numac.map { $0 + ", " } ?? "")\(versions[held + 1].sources[0].edit.source.address))"
                + (versions[held + 1].sources[0].edit.change?.kind == .repeal ? " repealed them" : " changed them") + " from \(versions[held + 1].validFrom.iso)"
                + Self.reachingBack(act, after: outcome.edit.source.act)
        }
        return saying(why)
    }

    /// « ; art. 6 was to be art. 5's new number by … (art. 2) from 2021-04-01, a renumbering
    /// not applied: the art. 6 here is the article numbered so before » when the article the
    /// outcome's edit cites was to be another article's new number, on or before its day, by
    /// a renumbering that was not applied; `nil` otherwise.
    func renumberingNotApplied(to outcome: EditOutcome) -> String? {
        guard case .article(let cited)? = outcome.edit.target.steps.first, let date = outcome.date else { return nil }
        let number = ArticleNumber.normalized(cited)
        for other in outcomes where other.status != .applied {
            guard case .renumber(let new)? = other.edit.change, case .article(let to)? = new.steps.first, ArticleNumber.normalized(to) == number,
                  case .article(let from)? = other.edit.target.steps.first, let day = other.date, day <= date else { continue }
            return "; art. \(cited) was to be the new number of art. \(from) by the \(other.edit.source.act.kindAndDate) (\(other.edit.source.address)) from \(day.iso), "
                + "a renumbering not applied: the art. \(cited) here is the article numbered so before it"
        }
        return nil
    }

    /// « , published after this act, on 2021-03-10, reaching back » when `act`, which changed
    /// the text first, was published after `ours`, the act whose change it blocks; else empty.
    static func reachingBack(_ act: AmendingActRef, after ours: AmendingActRef) -> String {
        guard let theirs = act.publication, let own = ours.publication, theirs > own else { return "" }
        return ", published after this act, on \(theirs.iso), reaching back"
    }

    /// True when `words` stand in one of the article's alinéas or points.
    static func wordsStand(_ words: String, in article: Article) -> Bool {
        unitTexts(of: article).contains { !Words.occurrences(of: words, in: $0).isEmpty }
    }

    /// The words of each of the article's alinéas and points, in order.
    static func unitTexts(of article: Article) -> [String] {
        ArticleUnits.textUnits(under: UnitPath(), in: article).map { text(of: $0, in: article) }
    }

    /// The versions of a base article from its periods (a period without text has none).
    static func versions(_ periods: [EarlierTexts.Period]) -> [ArticleVersion] {
        var versions: [ArticleVersion] = []
        for period in periods {
            guard let article = period.article else { continue }
            if let last = versions.indices.last { versions[last].validUntil = period.from.adding(days: -1) }
            versions.append(ArticleVersion(article: article, validFrom: period.from, validUntil: nil, sources: [], origin: period.origin))
        }
        return versions
    }

    /// The structure of the base text from its start; a Justel state's divisions that later
    /// acts inserted ("Inséré par", in force after the start) are not there before that
    /// date: their articles stand where the division will be.
    static func structures(of base: Act, start: LegalDate, articles: Set<String>, justel: Bool) -> [StructureVersion] {
        let body = placeholders(base.body)
        guard justel else { return [StructureVersion(validFrom: start, body: body, articles: articles, sources: [])] }
        var dates = Set<LegalDate>()
        func collect(_ elements: [BodyElement]) {
            for case .division(let division) in elements {
                for note in division.footnotes where EarlierTexts.isInsertion(note) {
                    if let date = note.entryIntoForce, date > start { dates.insert(date) }
                }
                collect(division.children)
            }
        }
        collect(body)
        return ([start] + dates.sorted()).map { from in
            StructureVersion(validFrom: from, body: unwrapping(body, insertedAfter: from), articles: articles, sources: [])
        }
    }

    /// The body without the divisions inserted after `date` (their contents kept in their place).
    static func unwrapping(_ body: [BodyElement], insertedAfter date: LegalDate) -> [BodyElement] {
        body.flatMap { element -> [BodyElement] in
            guard case .division(var division) = element else { return [element] }
            division.children = unwrapping(division.children, insertedAfter: date)
            let inserted = division.footnotes.contains { note in
                EarlierTexts.isInsertion(note) && (note.entryIntoForce.map { $0 > date } ?? false)
            }
            return inserted ? division.children : [.division(division)]
        }
    }

    /// The body with each article reduced to its number (the structure).
    static func placeholders(_ body: [BodyElement]) -> [BodyElement] {
        body.map { element in
            switch element {
            case .article(let article): return .article(Article(number: article.number))
            case .division(var division):
                division.children = placeholders(division.children)
                return .division(division)
            }
        }
    }

    // MARK: Applying one edit

    /// Applies one edit on `date` through the applier of its change, and records what
    /// became of it.
    mutating func apply(_ shared: SharedEdit, at date: LegalDate) {
        let edit = shared.edit
        let count = outcomes.count
        defer { if outcomes.count > count { outcomes[outcomes.count - 1].date = date } }
        guard let change = edit.change else {
            outcomes.append(EditOutcome(shared, status: .unreadable(edit.error ?? "the instruction could not be read")))
            return
        }
        if case .noop(let language) = change {
            // « In de Franse tekst van artikel 5 … », « (concerne le texte néerlandais) »: no
            // change to the other versions — but this base may be the version named (look
            // 19: a Dutch act's change to the French text was dropped on the French base,
            // without a word). Then what changes it is not in the words read: said.
            if let named = Language(frenchName: language), named == base.metadata.language {
                outcomes.append(EditOutcome(shared, status: .unsupported("the instruction is about the \(language) text, which this base act is: what it changes there is not read (an instruction about another language version is read as no change); consolidate with the amending act's \(language) version")))
                return
            }
            outcomes.append(EditOutcome(shared, status: .noop))
            return
        }
        let applied = AppliedEdit(shared, sequence: sequence(of: edit), insertedWords: change.newWords, units: [])
        notes = []
        // « la base de remboursement de la prestation 172491-172502 »: read, typed, and said —
        // a list's entries are not located in the base's text yet, never guessed.
        if let entry = edit.target.steps.first(where: { if case .entry = $0 { return true } else { return false } }) {
            outcomes.append(EditOutcome(shared, status: .unsupported("\(change.kind.rawValue) of \(edit.target.address ?? entry.description) is not applied yet: the entries of a list (\(entry.description)) and their fields are not units Chronolex locates in the text")))
            return
        }
        // « après le tableau relatif au titre " … " »: a table is words of its unit, not located
        // by its title yet — said, inside an annex's numbered item as elsewhere.
        if case .insertUnits(let unit, _, .afterTable(let title)?) = change {
            outcomes.append(EditOutcome(shared, status: .unsupported("inserting \(unit) after the table titled « \(title) » in \(edit.target.address ?? "the act") is not applied yet: Chronolex does not locate a table by its title")))
            return
        }
        if case .insertUnits(let unit, _, _) = change, case .entry = unit.kind {
            outcomes.append(EditOutcome(shared, status: .unsupported("inserting the \(unit) in \(edit.target.address ?? edit.target.description) is not applied yet: the entries of a list and their fields are not units Chronolex locates in the text")))
            return
        }
        if let unseen = unseenChange(before: edit) {
            outcomes.append(EditOutcome(shared, status: .unsupported(unseen)))
            return
        }
        // "dans la section 1, 1.3, le d)": inside the alinéas of an annex that make the item.
        let result = edit.target.steps.contains(where: { if case .item = $0 { return true } else { return false } })
            ? applyInItem(change, edit, at: date, applied: applied)
            : applyInPlace(change, edit, at: date, applied: applied)
        switch result {
        case .success(let resolved):
            var outcome = EditOutcome(shared, status: .applied, resolved: resolved)
            outcome.notes = notes
            outcomes.append(outcome)
        case .failure(let failure):
            outcomes.append(EditOutcome(shared, status: failure.status, resolved: failure.resolved))
        }
    }

    /// A change already applied to the article this edit aims at, made by an act published
    /// after this edit's own, that the edit's act could not see: it replaced the unit the edit
    /// aims at (or one that holds it), or inserted alinéas among those the edit counts (look
    /// 23: a retroactive act published later replaced art. 2, then the earlier act's word
    /// change was applied to the new text — « quarante jours calendrier », which no act
    /// wrote; an alinéa inserted by a later act shifted the count, and the repeal of
    /// « l'alinéa 2 » hit it). What it says, or `nil`: the edit was written for another text,
    /// and whether it still applies is not Chronolex's to guess.
    func unseenChange(before edit: Edit) -> String? {
        guard let published = edit.source.act.publication, case .article(let number)? = edit.target.steps.first,
              let history = histories[ArticleNumber.normalized(number)], history.versions.count > 1 else { return nil }
        let target = edit.target.steps
        for (index, version) in history.versions.enumerated() {
            for applied in version.sources {
                let other = applied.edit
                // Published later: by its publication, or, when none is given, by its own date
                // (an act is published after it is made; look 24).
                guard let later = other.source.act.publication ?? other.source.act.date, later > published,
                      other.source.act != edit.source.act, let change = other.change else { continue }
                let what: String
                switch change {
                case .replaceUnits(let text), .reestablish(let text):
                    if Self.holds(other.target.steps, target) {
                        what = "\(other.target.address ?? "the unit") was replaced"
                    } else if let shift = Self.alineasReplaced(other.target, by: text, before: target, now: history.versions.last?.article) {
                        what = shift
                    } else {
                        continue
                    }
                case .insertUnits(let unit, _, let position) where unit.kind == .alinea:
                    guard Self.insertion(into: other.target.steps, at: position, shifts: target, now: history.versions.last?.article) else { continue }
                    what = "an alinéa was inserted in \(other.target.address ?? "the article")"
                default:
                    // Look 42: the words the edit seeks (or places its words beside) stand in
                    // words that act wrote; or the sentence it counts moved.
                    if let written = applied.insertedWords, let now = history.versions.last?.article,
                       let sought = Self.soughtWords(of: edit).first(where: { Self.overlap($0, written, in: target, of: now) }) {
                        what = "the words « \(sought) » stand in the words « \(written) » written"
                    } else if index > 0, Self.holds(other.target.steps, target) || Self.holds(target, other.target.steps),
                              Self.sentencesMoved(counted: target, from: history.versions[index - 1].article, to: version.article) {
                        what = "the sentences of \(UnitReference(Self.sentenceHolder(target)).description) were renumbered"
                    } else {
                        continue
                    }
                }
                let act = other.source.act
                let name = act.kindAndDate
                let when = other.source.act.publication.map { "published later (\($0.iso))" } ?? "made later (\(later.iso))"
                return "written for the text its act saw when published (\(published.iso)): \(what) by the \(name) (\(other.source.address)), \(when) with effect from \(version.validFrom.iso); whether this change still applies to that text is not said: not applied"
            }
        }
        return nil
    }

    /// The words an edit looks for in the text: those it replaces or deletes, and those it
    /// places its new words beside.
    static func soughtWords(of edit: Edit) -> [String] {
        switch edit.change {
        case .insertWords(_, let position?)?: position.anchors
        case let change?: change.words.map { [$0.text] } ?? []
        case nil: []
        }
    }

    /// True when `sought` and `written` overlap in the words of the unit `target` names
    /// (or of each unit under it) in `article`: an occurrence of one shares words with an
    /// occurrence of the other.
    static func overlap(_ sought: String, _ written: String, in target: [UnitStep], of article: Article) -> Bool {
        guard !sought.isEmpty, !written.isEmpty, case .success(let path) = ArticleUnits.resolve(target.dropFirst(), in: article) else { return false }
        let units = path.isTextUnit ? [path] : ArticleUnits.textUnits(under: path, in: article)
        return units.contains { unit in
            let text = text(of: unit, in: article)
            let writtenRanges = Words.occurrences(of: written, in: text)
            return Words.occurrences(of: sought, in: text).contains { range in writtenRanges.contains { $0.overlaps(range) } }
        }
    }

    /// The steps of `target` above the sentence it counts (the unit whose sentences are
    /// counted); all of them when it counts none.
    static func sentenceHolder(_ target: [UnitStep]) -> [UnitStep] {
        Array(target.prefix { !isSentence($0) })
    }

    /// « la deuxième phrase », « la dernière phrase ».
    private static func isSentence(_ step: UnitStep) -> Bool {
        switch step {
        case .sentence, .sentenceFromEnd: true
        default: false
        }
    }

    /// True when the sentence `target` counts (« la deuxième phrase », « la dernière
    /// phrase ») is not the same one in `after` as in `before`: a sentence came or went
    /// before it (from the start, or after it, from the end). False when `target` counts no
    /// sentence, or its unit cannot be read in either.
    static func sentencesMoved(counted target: [UnitStep], from before: Article, to after: Article) -> Bool {
        guard let counted = target.last(where: isSentence) else { return false }
        // The unit's sentences, through the one resolver: its last sentence found, then all.
        func sentences(in article: Article) -> [String]? {
            guard case .success(var path) = ArticleUnits.resolve(sentenceHolder(target).dropFirst() + [.sentenceFromEnd(1)], in: article) else { return nil }
            path.sentence = nil
            return ArticleUnits.sentences(at: path, in: article).map(\.text)
        }
        guard let old = sentences(in: before), let new = sentences(in: after), old.count != new.count else { return false }
        switch counted {
        case .sentence(let n):
            // The first sentence that differs, from the start: before or at the one counted.
            let same = zip(old, new).prefix { $0 == $1 }.count
            return same < n
        case .sentenceFromEnd(let j):
            let same = zip(old.reversed(), new.reversed()).prefix { $0 == $1 }.count
            return same < j
        default:
            return false
        }
    }

    /// The alinéa the edit counts (`target`'s step right below `holder`), when `target` goes
    /// down through `holder`.
    private static func countedAlinea(below holder: [UnitStep], in target: [UnitStep]) -> UnitStep? {
        guard target.count > holder.count, holder.isEmpty || holds(holder, Array(target.prefix(holder.count))) else { return nil }
        switch target[holder.count] {
        case .alinea, .alineaFromEnd: return target[holder.count]
        default: return nil
        }
    }

    /// The number of alinéas of `holder` (the article, or one of its §§) in `article`;
    /// `nil` when that is not certain.
    static func alineaCount(in holder: [UnitStep], of article: Article?) -> Int? {
        guard let article else { return nil }
        let below = holder.dropFirst()
        if below.isEmpty { return article.paragraphs.count == 1 ? article.paragraphs[0].alineas.count : nil }
        guard below.count == 1, case .success(let path) = ArticleUnits.resolve(below, in: article), let p = path.paragraph, path.alinea == nil,
              article.paragraphs.indices.contains(p) else { return nil }
        return article.paragraphs[p].alineas.count
    }

    /// True when an alinéa inserted in `holder` at `position` comes before the one `target`
    /// counts, so that its number moved (look 24: an alinéa added at the end, or after the
    /// one counted, moves nothing; look 25: one inserted among the others never moves the
    /// last). `now`: the article as it stands, the new alinéa in it. Where it went unsaid,
    /// or the count is not certain: true.
    static func insertion(into holder: [UnitStep], at position: UnitPosition?, shifts target: [UnitStep], now: Article?) -> Bool {
        guard let counted = countedAlinea(below: holder, in: target) else { return false }
        func index(_ reference: UnitReference) -> Int? {
            if case .alinea(let k)? = reference.steps.last { return k }
            return nil
        }
        // Where the new alinéa stands now (from 1).
        var inserted: Int?
        switch position {
        case .after(let anchor)?, .between(let anchor, _)?: inserted = index(anchor).map { $0 + 1 }
        case .before(let anchor)?: inserted = index(anchor)
        default: break
        }
        switch (counted, position) {
        case (.alinea, .end?): return false
        case (.alineaFromEnd, .end?): return true
        case (.alinea(let n), _):
            guard let inserted else { return true }
            return n >= inserted
        case (.alineaFromEnd(let j), _):
            // The one counted from the end, before the insertion, stands now at count − j
            // (from 1) in the old numbering, count − j + 1 in the new one: the same unit when
            // the new alinéa comes before it.
            guard let inserted, let count = alineaCount(in: holder, of: now) else { return true }
            return count - j < inserted
        default:
            return true
        }
    }

    /// « l'alinéa 1er est remplacé par les alinéas suivants » (one alinéa become two; look 24):
    /// the alinéas after it are numbered otherwise — what it says when `target` counts one of
    /// them; `nil` otherwise.
    static func alineasReplaced(_ replaced: UnitReference, by text: Fragment, before target: [UnitStep], now current: Article?) -> String? {
        guard case .alinea(let first)? = replaced.steps.last else { return nil }
        let holder = Array(replaced.steps.dropLast())
        guard let counted = countedAlinea(below: holder, in: target) else { return nil }
        var last = first
        if case .alinea(let through)? = replaced.through { last = through }
        if case .alinea(let n) = counted {
            if n < first { return nil }
            // One of the alinéas replaced, not the first: replaced with them.
            if n <= last { return "\(replaced.address ?? "alinéas") were replaced" }
        }
        guard case .units(let article) = text.content else { return nil }
        let now = article.paragraphs.reduce(0) { $0 + $1.alineas.count }
        // Counted from the end (look 25: « le dernier alinéa » refused after « l'alinéa 1er
        // est remplacé par les alinéas suivants »): the unit it names now, from 1, stands after
        // the new ones — the same unit; among them — replaced; before them — moved when their
        // number changed. The count not certain: said.
        if case .alineaFromEnd(let j) = counted, let count = Self.alineaCount(in: holder, of: current) {
            let resolved = count - j + 1
            if resolved > first + now - 1 { return nil }
            if resolved >= first { return "\(replaced.address ?? "alinéas") were replaced" }
        }
        guard now != last - first + 1 else { return nil }
        return "\(replaced.address ?? "alinéas") became \(now) alinéa(s) in \(UnitReference(holder).address ?? "the article")"
    }

    /// True when `outer` is `inner` or holds it: the same steps, `inner` going on below.
    static func holds(_ outer: [UnitStep], _ inner: [UnitStep]) -> Bool {
        guard !outer.isEmpty, outer.count <= inner.count else { return false }
        for (a, b) in zip(outer, inner) {
            if case .article(let x) = a, case .article(let y) = b {
                if ArticleNumber.normalized(x) != ArticleNumber.normalized(y) { return false }
            } else if a != b {
                return false
            }
        }
        return true
    }

    /// Applies the change where its target stands: in an article, in each article of a
    /// range, or in the one article an annex is printed as.
    mutating func applyInPlace(_ change: Change, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        var edit = edit
        switch annexArticle(edit, at: date) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let target):
            if let target { edit.target = target }
        }
        // "Dans les articles 20 à 22, le mot « dix » est remplacé …": the change inside
        // each article of the range, in the order of the act (it once changed the first
        // article alone, without a word). Whole articles repealed or replaced are the
        // appliers' own.
        if case .article(let last)? = edit.target.through, let first = edit.target.article,
           !(edit.target.belowArticle?.isEmpty == true && Self.actsOnWholeArticles(change)) {
            return eachArticle(from: ArticleNumber.normalized(first), through: ArticleNumber.normalized(last), edit, change, at: date, applied: applied)
        }
        // A range of units ("2° et 3°") is applied unit by unit where the applier does so
        // (words replaced, inserted at an anchor, deleted; units repealed, replaced,
        // renumbered); elsewhere it is said, never narrowed to its first unit.
        if let through = edit.target.through, Self.ignoresRanges(change) {
            return .failure(.unsupported("\(change.kind.rawValue) in each of \(edit.target.description) à \(through.description) is not applied yet"))
        }
        return applyCounting(change, edit, at: date, applied: applied)
    }

    /// Whole articles repealed, replaced, renumbered: the appliers that read a range of
    /// articles themselves.
    static func actsOnWholeArticles(_ change: Change) -> Bool {
        switch change {
        case .repeal, .replaceUnits, .renumber, .insertUnits, .reestablish: true
        default: false
        }
    }

    /// The change applied inside each article from `first` through `last`, in the order of
    /// the act on `date`; the first failure stops it, naming its article.
    mutating func eachArticle(from first: String, through last: String, _ edit: Edit, _ change: Change, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        let keys: ArraySlice<String>
        switch articleRange(from: first, through: last, at: date) {
        case .success(let range): keys = range
        case .failure(let failure): return .failure(failure)
        }
        // All or nothing: the articles already changed are put back when one fails.
        let before = self
        var resolved: [String] = []
        for key in keys {
            guard current(key)?.status != .repealed else { continue }
            var one = edit
            one.target = UnitReference([.article(key)] + Array(edit.target.belowArticle ?? []))
            switch applyChange(change, one, at: date, applied: applied) {
            case .success(let unit): resolved.append(unit)
            case .failure(var failure):
                self = before
                failure.resolved = failure.resolved ?? "art. \(key)"
                return .failure(failure)
            }
        }
        return .success(resolved.joined(separator: ", "))
    }

    /// The articles from `first` through `last`, in the order of the act on `date`: both must
    /// stand in it, in that order, and no other between two that follow each other
    /// (``betweenConsecutive(_:)``).
    func articleRange(from first: String, through last: String, at date: LegalDate) -> Result<ArraySlice<String>, Failure> {
        let order = articleOrder()
        guard let start = order.firstIndex(of: first) else { return .failure(.notFound("art. \(first) does not exist in the act on \(date.iso)")) }
        guard let end = order.firstIndex(of: last), end >= start else { return .failure(.notFound("art. \(last) does not exist after art. \(first) on \(date.iso)")) }
        if let failure = Self.betweenConsecutive(order[start...end]) { return .failure(failure) }
        return .success(order[start...end])
    }

    /// "les articles 20 et 21" is read as the range of two articles that follow each other;
    /// when another stands between them (an « art. 20bis » inserted since), « et » names two
    /// and « à » three: said, never guessed (``between(_:_:standing:)``).
    static func betweenConsecutive(_ keys: ArraySlice<String>) -> Failure? {
        guard keys.count > 2, let first = keys.first.flatMap({ Int($0) }), let last = keys.last.flatMap({ Int($0) }), last == first + 1 else { return nil }
        return Self.between("art. \(first)", "art. \(last)", standing: keys.dropFirst().dropLast().map { "art. \($0)" })
    }

    /// Applies one change through its applier.
    mutating func applyChange(_ change: Change, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        switch change {
        case .replaceWords(let words, let new, let every): return replaceWords(words, by: new, every: every, edit, at: date, applied: applied)
        case .insertWords(let new, let position): return insertWords(new, at: position, edit, on: date, applied: applied)
        case .deleteWords(let words, let every): return deleteWords(words, every: every, edit, at: date, applied: applied)
        case .replaceFinalMark(let mark, let new): return replaceFinalMark(mark, by: new, edit, at: date, applied: applied)
        case .deleteFinalMark(let mark): return deleteFinalMark(mark, edit, at: date, applied: applied)
        case .deleteEnd(let after): return deleteEnd(after: after, edit, at: date, applied: applied)
        case .replaceUnits(let fragment): return replaceUnits(fragment, edit, at: date, applied: applied)
        case .replaceTable(let rows): return replaceTable(rows.blocks, edit, at: date, applied: applied)
        case .repealTableRow(let row): return repealTableRow(row, edit, at: date, applied: applied)
        case .replaceCell(let new): return replaceCell(new, edit, at: date, applied: applied)
        case .replaceSpan(let from, let through, let fragment): return replaceSpan(from: from, through: through, by: fragment, edit, at: date, applied: applied)
        case .completeColumns, .appendRows:
            // Which row a table's new values make, and where its columns stand in the text's
            // `| … |` lines (headings in two languages, sub-columns), is not read yet: said.
            return .failure(.unsupported("\(change.kind.rawValue) of values at the foot of a table's columns in \(edit.target.address ?? "the act") is not applied yet: Chronolex does not locate a table's columns in the text"))
        case .insertUnits(let unit, let fragment, let position): return insertUnits(unit, fragment, at: position, edit, on: date, applied: applied)
        case .repeal: return repeal(edit, at: date, applied: applied)
        case .renumber(let reference): return renumber(as: reference, edit, at: date, applied: applied)
        case .reestablish(let fragment): return reestablish(fragment, edit, at: date, applied: applied)
        case .noop: return .success("")
        case .withdraw: return .failure(Self.withdrawal(edit))
        }
    }

    /// An alinéa cited after an insertion of the same article (``Edit/countedBeforeInsertion``),
    /// for a change that seeks words: the words decide. Found in the alinéa counted with the
    /// insertion only, or counted as before it only: applied there (the second said in a
    /// note); in both: an error, the act's count not being certain; in neither: the error
    /// of the first reading.
    mutating func applyCounting(_ change: Change, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard let other = edit.countedBeforeInsertion, change.seeksWords else { return applyChange(change, edit, at: date, applied: applied) }
        let before = self
        let counted = applyChange(change, edit, at: date, applied: applied)
        let afterCounted = self
        self = before
        var alternative = edit
        alternative.target = other
        let asBefore = applyChange(change, alternative, at: date, applied: applied)
        switch (counted, asBefore) {
        case (.success, .success):
            self = before
            return .failure(.unsupported("the words stand in \(edit.target.description) counted with the alinéa this act inserts before it, and in \(other.description) counted as before that insertion: which the act means is not certain; not applied"))
        case (.failure, .success):
            notes.append("the words are not in \(edit.target.description) counted with the alinéa this act inserts before it, but in \(other.description): the act counts the alinéas as before its own insertion")
            return asBefore
        case (.success, .failure):
            self = afterCounted
            return counted
        case (.failure, .failure):
            self = before
            return counted
        }
    }

    /// The changes whose appliers act on one unit only.
    static func ignoresRanges(_ change: Change) -> Bool {
        switch change {
        case .insertWords(_, let position): if case .end? = position { true } else { position == nil }
        case .replaceFinalMark, .deleteFinalMark, .deleteEnd, .insertUnits, .reestablish: true
        default: false
        }
    }

    /// "… est retiré": the act or unit is deemed never to have existed. Applied as a repeal
    /// from the withdrawing act's date it would stand in every earlier version still —
    /// a guess; so it is not applied, and says why.
    static func withdrawal(_ edit: Edit) -> Failure {
        .unsupported("a withdrawal (« retiré ») makes \(edit.target.address ?? "the whole act") as if it had never existed, from its own start: the versions before are not rewritten; not applied")
    }

    /// Why an edit could not be applied.
    struct Failure: Error {
        var status: EditOutcome.Status
        var resolved: String?

        static func notFound(_ message: String) -> Failure { Failure(status: .targetNotFound(message)) }
        static func notFound(_ reason: Reason) -> Failure { Failure(status: .targetNotFound(reason.description)) }
        static func unreadable(_ reason: Reason) -> Failure { Failure(status: .unreadable(reason.description)) }
        static func unsupported(_ message: String) -> Failure { Failure(status: .unsupported(message)) }
    }

    /// An amending act's rank: the one Justel's notes give it in a Justel base, else the next
    /// after Justel's last (look 31: a Justel state's next act was `001`, where Justel would
    /// number it after its own, `006`), else the next.
    private mutating func sequence(of edit: Edit) -> Int {
        let act = edit.source.act
        if let dossier = act.dossier, let known = justelSequences.ranks[dossier] { return known }
        let id = act.numac ?? act.dossier ?? act.file
        if let known = sequences[id] { return known }
        let next = justelSequences.last + sequences.count + 1
        sequences[id] = next
        return next
    }

    /// The ranks Justel's notes give the acts that amended a Justel base (by dossier), and
    /// the last of them (0 for an act as published).
    private lazy var justelSequences: (ranks: [String: Int], last: Int) = {
        var ranks: [String: Int] = [:]
        var notes: [JustelFootnote] = []
        var stack = base.body
        while let element = stack.popLast() {
            switch element {
            case .article(let article): notes += article.footnotes
            case .division(let division):
                notes += division.footnotes
                stack.append(contentsOf: division.children)
            }
        }
        for note in notes {
            guard let dossier = note.dossier, let rank = note.sequence.flatMap({ Int($0) }) else { continue }
            ranks[dossier] = max(ranks[dossier] ?? 0, rank)
        }
        return (ranks, ranks.values.max() ?? 0)
    }()

    // MARK: Versions

    /// The current version of an article (the last one recorded).
    func current(_ key: String) -> Article? { histories[key]?.versions.last?.article }

    /// Records `article` as the version from `date`, produced by `applied`.
    mutating func commit(_ key: String, _ article: Article, at date: LegalDate, by edit: AppliedEdit) {
        var applied = edit
        let old = histories[key]?.versions.last?.article
        let change = edit.edit.change
        let changes = ChangedUnits.between(old, article, wordsEdit: edit.insertedWords != nil || change?.words != nil,
                                           byAddress: change?.kind == .renumber, belowArticle: Self.namesASentence(edit.edit.target))
        applied.units = changes.units
        applied.wholeArticle = changes.wholeArticle
        // Words deleted, the others left as they stood: their place, which Justel marks
        // `[1 ...]1` (look 31: the words left were marked as the deleting act's). Not for a
        // unit written anew, whose words are all the act's, even when fewer.
        if !changes.wholeArticle, (edit.insertedWords ?? "").isEmpty, Self.deletesWords(change, edit.edit.target) {
            applied.deletions = ChangedUnits.deletions(old, article, units: changes.units)
        }
        // The history is changed in place in the dictionary (no copy of its versions).
        if histories[key] == nil { histories[key] = ArticleHistory(key: key, versions: []) }
        histories[key]?.record(article, at: date, by: applied)
    }

    /// True when `target` names a sentence (or an introduction) of a unit.
    static func namesASentence(_ target: UnitReference) -> Bool {
        switch target.steps.last {
        case .sentence?, .sentenceFromEnd?, .introduction?: true
        default: false
        }
    }

    /// True for a change that takes words out of a unit and writes none: words or an end
    /// deleted, a sentence repealed.
    static func deletesWords(_ change: Change?, _ target: UnitReference) -> Bool {
        switch change {
        case .deleteWords?, .deleteEnd?, .deleteFinalMark?: true
        case .repeal?: change?.words != nil || namesASentence(target)
        default: false
        }
    }

    /// Records a new structure from `date`.
    mutating func commitStructure(_ body: [BodyElement], at date: LegalDate, by applied: AppliedEdit, divisions: [String] = []) {
        let articles = Self.articleKeys(body)
        var record = applied
        record.units = divisions
        if var last = structures.last, last.validFrom >= date {
            last.body = body
            last.articles = articles
            last.sources.append(record)
            structures[structures.count - 1] = last
        } else {
            structures.append(StructureVersion(validFrom: date, body: body, articles: articles, sources: [record]))
        }
    }

    static func articleKeys(_ body: [BodyElement]) -> Set<String> {
        var keys = Set<String>()
        var stack = body
        while let element = stack.popLast() {
            switch element {
            case .article(let article): keys.insert(ArticleNumber.normalized(article.number))
            case .division(let division): stack.append(contentsOf: division.children)
            }
        }
        return keys
    }

    /// The article numbers of the current structure, in document order.
    func articleOrder() -> [String] {
        BodyElement.articleNumbers(in: structures.last?.body ?? [])
    }
}
