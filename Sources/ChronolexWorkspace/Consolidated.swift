import ChronolexAmendments
import ChronolexDiff
import ChronolexModel
import ChronolexTimeline

/// A base act's timeline built from a workspace, and every problem met on the way: the
/// answer every question about that act starts from.
public struct Consolidated: Sendable {
    public var base: Act
    public var timeline: Timeline
    /// Reading problems, then the edits that could not be applied (each once: an edit read
    /// with an error is reported by the reader), in the project's convention, each with
    /// what it can affect.
    public var problems: [Problem]
    /// Edits aimed at other acts than this one: read, not applied.
    public var otherActEdits: [Edit]
    /// The later texts of the act given with its base (Justel's states), each compared with
    /// the consolidation as `check` compares: the base's text with the amending acts known
    /// on the state's date. Their divergences are among the ``problems``, as warnings.
    public var checkpoints: [Checkpoint] = []

    /// A diagnostic and the part of the base act it can affect.
    public struct Problem: Sendable {
        public var diagnostic: Diagnostic
        public var scope: Scope
        /// From when it concerns a reader of the act: a change left pending by an act
        /// published in 2024 says nothing of the text of 2018. `nil`: always.
        public var since: LegalDate?

        /// True for a change left pending (its `since` is its act's publication).
        public var isPending = false

        public init(diagnostic: Diagnostic, scope: Scope, since: LegalDate? = nil) {
            self.diagnostic = diagnostic
            self.scope = scope
            self.since = since
        }
    }

    /// What an error can affect: an instruction aimed at another act affects nothing of
    /// this one; one whose target is an article of this act affects that article; one whose
    /// target is unknown, a division, an annex or the numbering affects everything.
    public enum Scope: Sendable, Hashable {
        case everything
        case otherAct
        case article(String)
        /// Several articles, or a range of them (« les articles 4 à 8 », new articles
        /// 5/1 to 5/3): see ``ArticleSet``.
        case articles(ArticleSet)
    }

    /// The articles a failed instruction can reach when it names more than one: those it
    /// names (or brings in its new text), and those a range of articles it names reaches —
    /// judged, when asked, in the act's order in each of its versions (as the range is
    /// applied: an article inserted between the two ends is reached, whatever its number;
    /// look 27), else by number (an article whose number cannot be placed is reached).
    public struct ArticleSet: Sendable, Hashable {
        /// Normalised numbers of the articles named.
        var named: Set<String> = []
        /// The two ends of each range, normalised, as written (« 6 à 4 » too).
        var ranges: [Range] = []

        struct Range: Sendable, Hashable {
            var first: String
            var last: String

            /// True when `number` may stand between the two ends: in one of `orders` that
            /// holds all three; when none does, by the numbers' order.
            func reaches(_ number: String, orders: [[String]]) -> Bool {
                var placed = false
                for order in orders {
                    guard let a = order.firstIndex(of: first), let b = order.firstIndex(of: last), let k = order.firstIndex(of: number) else { continue }
                    if (min(a, b)...max(a, b)).contains(k) { return true }
                    placed = true
                }
                if placed { return false }
                guard let key = ArticleNumber.orderKey(number), let one = ArticleNumber.orderKey(first), let two = ArticleNumber.orderKey(last),
                      key.prefix == one.prefix, key.prefix == two.prefix else { return true }
                let (low, high) = two.precedes(one) ? (two, one) : (one, two)
                return !(key.precedes(low) || high.precedes(key))
            }
        }

        mutating func addRange(from first: String, through last: String) {
            ranges.append(Range(first: ArticleNumber.normalized(first), last: ArticleNumber.normalized(last)))
        }

        /// True when the article numbered `number` (normalised) may be reached, the act's
        /// articles standing in `orders` (one order per version of its structure).
        public func reaches(_ number: String, orders: [[String]]) -> Bool {
            named.contains(number) || ranges.contains { $0.reaches(number, orders: orders) }
        }
    }

    public var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }

    /// True when something that can affect the whole act, or the article asked for (any
    /// article when none is), could not be read or applied, or its text on one of `dates`
    /// is not in the input: that answer is unreliable.
    public func failed(article: String? = nil, at dates: [LegalDate] = []) -> Bool {
        lazy var orders = articleOrders
        return (problems + gapProblems(at: dates)).contains {
            $0.diagnostic.severity == .error && affects($0.scope, article, orders: orders) && Self.concerns($0, dates)
        }
    }

    /// The errors that concern the text on one of `dates`: what `--keep-going` left unapplied.
    func failures(at dates: [LegalDate]) -> [Problem] {
        (problems + gapProblems(at: dates)).filter { $0.diagnostic.severity == .error && Self.concerns($0, dates) }
    }

    /// False for a problem that arises after every date asked for (`dates` empty: every date).
    private static func concerns(_ problem: Problem, _ dates: [LegalDate]) -> Bool {
        guard let since = problem.since, let last = dates.max() else { return true }
        return since <= last
    }

    /// The articles whose text on one of `dates` is not in the input (the base text is a
    /// Justel state that shows them as later acts left them): one error for each, scoped
    /// to its article, naming the acts that changed it and what to give instead.
    public func gapProblems(at dates: [LegalDate]) -> [Problem] {
        var seen = Set<TextGap>()
        var out: [Problem] = []
        for date in dates {
            for gap in timeline.gaps(at: date) where seen.insert(gap).inserted {
                out.append(Problem(diagnostic: .error(gap.message, file: base.file ?? "input", line: gap.line), scope: .article(gap.article)))
            }
        }
        return out
    }

    /// The base act's articles it dates apart (« …, à l'exception de l'article 9, qui entre en
    /// vigueur à une date fixée par le Roi ») that are not in force yet on one of `dates`: a
    /// warning for each, at the clause that dates it, saying why — the whole act printed
    /// went from art. 8 to art. 10 without a word (look 29). Once each, on the first date;
    /// none before the act itself is in force.
    public func notInForceProblems(at dates: [LegalDate]) -> [Problem] {
        var out: [Problem] = []
        var said = Set<String>()
        let file = base.file ?? "input"
        for date in dates.sorted() {
            for (key, dating) in timeline.notInForce(at: date) where said.insert(key).inserted {
                out.append(Problem(diagnostic: .warning("not in force on \(date.iso): " + dating.reason, file: file, line: dating.line, unit: "Art. \(key)"), scope: .article(key)))
            }
        }
        return out
    }

    /// True when something could not be read or applied in this act.
    public var failed: Bool { failed() }

    /// True when a problem of `scope` can affect `article` (any article when nil). `orders`
    /// (``articleOrders``, asked only for a range) is computed once by the caller.
    private func affects(_ scope: Scope, _ article: String?, orders: @autoclosure () -> [[String]]) -> Bool {
        switch scope {
        case .everything: true
        case .otherAct: false
        case .article(let number): article.map { ArticleNumber.normalized($0) == number } ?? true
        case .articles(let set): article.map { set.reaches(ArticleNumber.normalized($0), orders: orders()) } ?? true
        }
    }

    /// The act's articles in their order, in the base and in every version of its structure
    /// (a walk of every version: callers compute it once, lazily).
    var articleOrders: [[String]] {
        [BodyElement.articleNumbers(in: base.body)] + timeline.structures.map { BodyElement.articleNumbers(in: $0.body) }
    }

    /// The diagnostics to report for the whole act, or for one article (and the texts
    /// missing on `dates`): errors that cannot
    /// affect it are counted in one line each (instructions aimed at other acts; at other
    /// articles), not reported one by one; with `keepGoing`, each remaining error becomes a
    /// warning saying what was skipped.
    public func report(keepGoing: Bool, article: String? = nil, at dates: [LegalDate] = []) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var otherActs = 0
        var otherArticles = 0
        lazy var orders = articleOrders
        // Texts missing in other articles than the one asked for do not concern it: not counted.
        let gaps = gapProblems(at: dates).filter { affects($0.scope, article, orders: orders) }
        // The whole act asked for: its articles not in force yet on the day are said (look 29).
        let absent = article == nil ? notInForceProblems(at: dates) : []
        var later = 0
        for problem in problems + gaps + absent {
            if !Self.concerns(problem, dates) {
                if problem.diagnostic.severity == .error, problem.since != nil, !problem.isPending, affects(problem.scope, article, orders: orders) { later += 1 }
                continue
            }
            var diagnostic = problem.diagnostic
            // A warning about another article does not concern the one asked for.
            if diagnostic.severity == .warning, problem.scope.isArticles, !affects(problem.scope, article, orders: orders) { continue }
            if diagnostic.severity == .error, !affects(problem.scope, article, orders: orders) {
                if case .otherAct = problem.scope { otherActs += 1 } else { otherArticles += 1 }
                continue
            }
            if keepGoing, diagnostic.severity == .error {
                diagnostic.message = "skipped: " + diagnostic.message
                diagnostic.severity = .warning
                diagnostic.skipped = true
            }
            out.append(diagnostic)
        }
        let file = base.file ?? "input"
        if otherActs > 0 {
            out.append(.warning("\(otherActs) error(s) in instructions aimed at other acts: they do not affect this act (see 'chronolex edits')", file: file, line: nil))
        }
        if later > 0, let last = dates.max() {
            out.append(.warning("\(later) error(s) in instructions that apply only after \(last.iso): they do not affect the text on that date (ask for a later date to see them)", file: file, line: nil))
        }
        if otherArticles > 0, let article {
            out.append(.warning("\(otherArticles) error(s) in instructions aimed at other articles: they do not affect art. \(ArticleNumber.normalized(article)) (run without --article to see them)", file: file, line: nil))
        }
        return out
    }

    /// One line saying how many edits were aimed at other acts (`nil` when none were).
    public var otherActsSummary: String? {
        guard !otherActEdits.isEmpty else { return nil }
        let acts = Set(otherActEdits.compactMap { $0.targetAct?.name })
        return "\(otherActEdits.count) edit(s) aimed at \(acts.count) other act(s), not at \(base.metadata.numac ?? base.file ?? "this act"): ignored here (see 'chronolex edits')"
    }

    /// The version of an article in force on `date`, or the error that says it is not there.
    public func article(_ number: String, at date: LegalDate) -> Result<ArticleVersion, Diagnostic> {
        let key = ArticleNumber.normalized(number)
        if let ended = timeline.ended(at: date) { return .failure(.error(ended, file: base.file ?? "input", line: nil)) }
        guard let version = timeline.article(number, at: date) else {
            let file = base.file ?? "input"
            if let why = timeline.pendingArticles[key], timeline.histories[key]?.versions.first.map({ $0.validFrom > date }) ?? true {
                return .failure(.error("art. \(key) is not in force on \(date.iso): the act dates it « \(why) »", file: file, line: nil))
            }
            if let first = timeline.histories[key]?.versions.first, first.validFrom > date {
                return .failure(.error("art. \(key) is not in force on \(date.iso): it is from \(first.validFrom.iso)", file: file, line: nil))
            }
            return .failure(.error("art. \(key) does not exist on \(date.iso)", file: file, line: nil))
        }
        return .success(version)
    }

    /// The history of one article, or the error that says it never existed.
    public func history(of number: String) -> Result<ArticleHistory, Diagnostic> {
        guard let history = timeline.histories[ArticleNumber.normalized(number)] else {
            return .failure(.error("art. \(ArticleNumber.normalized(number)) never existed in this act", file: base.file ?? "input", line: nil))
        }
        return .success(history)
    }
}

extension Workspace {
    /// The timeline of the base act with this numac (or the only one), as known on
    /// `knownOn` when given. The failure carries every diagnostic to report.
    public func consolidated(act numac: String?, knownOn: LegalDate? = nil) -> Result<Consolidated, ConsolidationFailure> {
        let base: Act
        switch self.base(numac: numac) {
        case .success(let act): base = act
        case .failure(let diagnostic): return .failure(ConsolidationFailure(diagnostics: diagnostics + [diagnostic]))
        }
        // As known on a day before the act itself was published, nothing of it was known
        // (look 19: its text was printed, without a word).
        if let knownOn, let published = base.metadata.publication, knownOn < published {
            let diagnostic = Diagnostic.error("the act was published on \(published.iso): as known on \(knownOn.iso), it was not known yet", file: base.file ?? "input", line: nil)
            return .failure(ConsolidationFailure(diagnostics: diagnostics + [diagnostic]))
        }
        // A Justel consolidation « mise à jour au D » is the act as known on D: before D it was
        // not known (look 30: its later words printed as known earlier, without a word). The
        // earliest text given is the base, so no text given was known on that day.
        if let diagnostic = Self.stateNotKnown(base, on: knownOn) {
            return .failure(ConsolidationFailure(diagnostics: diagnostics + [diagnostic]))
        }
        let timeline = Consolidation.timeline(of: base, shared: edits(for: base), knownOn: knownOn, fixings: fixings, aim: { aim(of: $0, at: base) })
        // Edits that were read with an error are reported by the reader already; a new text
        // found, when applied, not to hold the unit announced is not (it was left out).
        let applying = timeline.outcomes.filter { outcome in
            if case .unreadable = outcome.status, outcome.edit.error != nil || outcome.edit.change == nil { return false }
            return true
        }
            .compactMap { outcome in
                outcome.diagnostic.map { diagnostic in
                    // A change left pending says nothing of the text before its act was
                    // published; a change that failed, nothing of the text before the day it
                    // was to apply (look 23: a failure in 2015 stopped the text of 2013).
                    let since: LegalDate? = if case .pending = outcome.status { outcome.edit.source.act.publication }
                        else if outcome.mayApplyEarlier { outcome.edit.source.act.publication } else { outcome.date }
                    // The timeline said it: the edit was taken as aimed at this act, or as
                    // perhaps aimed at it (look 42: a title cited one letter off), even where
                    // the title cited is not this act's.
                    var problem = Consolidated.Problem(diagnostic: diagnostic, scope: Self.scope(of: [outcome.edit], base: base, aimedAtBase: true), since: since)
                    if case .pending = outcome.status { problem.isPending = true }
                    return problem
                }
            }
        // Aimed at another act given, not at one of several it may name (look 33: an error).
        let others = edits(for: base).map(\.edit).filter { edit in edit.targetAct != nil && aim(of: edit, at: base) == .otherAct }
        var problems = problems(for: base, knownOn: knownOn) + timeline.entryIntoForceDiagnostics.map { Consolidated.Problem(diagnostic: $0, scope: .everything) } + applying
        problems += crossActProblems(of: base, others: others, knownOn: knownOn)
        problems += unsaidAmendments(of: base, knownOn: knownOn)
        let checkpoints = checkpoints(of: base, knownOn: knownOn)
        problems += checkpoints.flatMap(\.problems)
        var consolidated = Consolidated(base: base, timeline: timeline, problems: problems, otherActEdits: others)
        consolidated.checkpoints = checkpoints
        return .success(consolidated)
    }

    /// The error for a base text that is a Justel consolidation « mise à jour au D » asked as
    /// known on a day before D: it was not known then (look 30). `nil` otherwise.
    static func stateNotKnown(_ base: Act, on knownOn: LegalDate?) -> Diagnostic? {
        guard let knownOn, let state = base.metadata.consolidatedOn, knownOn < state else { return nil }
        return .error("Justel's state of \(state.iso) was not known on \(knownOn.iso): it shows the act as amended by the acts published by \(state.iso); "
                      + "give an earlier text of the act (a Justel state of \(knownOn.iso) or before, or the act as published)", file: base.file ?? "input", line: nil)
    }

    /// Acts among the inputs that amend this base without saying so: no `modifies:` in their
    /// front matter and no « modifiant » in their title (« Arrêté royal portant diverses
    /// dispositions … », a loi-programme), so their instructions are not read as amending
    /// ones. Look 29: with `--act`, their changes were left out without a word, though
    /// `edits` read them aimed at this act. Each such act is an error, scoped to what its
    /// instructions reach, that says how to give it: Chronolex does not guess that an act
    /// amends another from its articles alone (a base act's articles may cite others).
    func unsaidAmendments(of base: Act, knownOn: LegalDate?) -> [Consolidated.Problem] {
        var problems: [Consolidated.Problem] = []
        for (index, document) in documents.enumerated() where !document.amends && document.act.metadata.numac != base.metadata.numac {
            let act = document.act.metadata
            guard Consolidation.isKnown(published: act.publication, signed: act.date, on: knownOn) != false else { continue }
            // Read once per workspace, not on every consolidation (session 33).
            let aimed = instructionEdits(ofDocument: index).filter { edit in
                edit.error == nil && edit.change != nil && edit.targetAct != nil && aim(of: edit, at: base) != .otherAct
            }
            guard let first = aimed.first else { continue }
            let articles = Set(aimed.map { "art. " + $0.source.article }).sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
            let numac = base.metadata.numac ?? "the act's numac"
            let message = "this act amends \(numac) (its \(articles.joined(separator: ", "))) but does not say so — no `modifies:` in its front matter, no « modifiant » in its title — so its changes are not applied; add `modifies: \(numac)` to its front matter"
            // From the first day one of its changes applies (every day when one is dated
            // otherwise, or retroactive).
            let days = aimed.map { $0.retroactive ? nil : $0.effective?.date }
            let since = days.contains { $0 == nil } ? nil : days.compactMap { $0 }.min()
            problems.append(Consolidated.Problem(diagnostic: .error(message, file: document.file, line: first.source.line, unit: first.source.unit),
                                                 scope: Self.scope(of: aimed, base: base), since: since))
        }
        return problems
    }

    /// An act among the inputs that amends this base, itself amended by another input (look
    /// 19: « Dans l'article 2 de l'arrêté du … modifiant …, les mots " 1er janvier 2021 "
    /// sont remplacés par les mots " 1er juillet 2021 " » postponed a change, and « le mot
    /// " quarante " est remplacé par le mot " trente-cinq " » changed its words, before it
    /// took effect; the base was consolidated with the change as first published, and the
    /// amendment counted among the edits « aimed at other acts »). Chronolex does not carry
    /// an amendment of an amending act into the base: each is an error, scoped to the edits
    /// of the article it amends (to all of that act's edits when that article is one that
    /// dates them; none when it neither changes this act nor dates its changes).
    func amendedAmendments(of base: Act, others given: [Edit], knownOn: LegalDate?) -> [Consolidated.Problem] {
        var problems: [Consolidated.Problem] = []
        // An amendment published after the day asked for was not known then (look 26: it
        // stopped the text as known before its publication).
        let others = given.filter { Consolidation.isKnown(published: $0.source.act.publication, signed: $0.source.act.date, on: knownOn) != false }
        guard !others.isEmpty else { return [] }
        for document in self.others(of: base).used where document.amends {
            // Only an act that another input cites: its edits are copied then, not before (a
            // corpus of many amending acts pays nothing for this check).
            guard others.contains(where: { edit in edit.targetAct.map { Consolidation.matches($0, document.act) } ?? false }) else { continue }
            let own = shared[document.edits].map(\.edit).filter { aims($0, at: base) }
            guard !own.isEmpty else { continue }
            let dating = EntryIntoForceReader.datingArticles(of: document.act)
            for edit in others {
                guard let cited = edit.targetAct, Consolidation.matches(cited, document.act) else { continue }
                var affected = own
                var datesThem = true
                if case .article(let number)? = edit.target.steps.first {
                    let key = ArticleNumber.normalized(number)
                    let ofArticle = own.filter { $0.source.article == key }
                    if !ofArticle.isEmpty {
                        affected = ofArticle
                        datesThem = dating.contains(key)
                    } else if !dating.contains(key) {
                        // An article of the amending act that neither changes this act nor dates
                        // its changes (a transitional rule of its own, even one that speaks of
                        // « l'entrée en vigueur du présent arrêté »): nothing here depends on it
                        // (looks 20 and 21: such an amendment stopped the consolidation).
                        continue
                    }
                }
                let sources = affected.map { $0.source.unit }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let message = "this amends the \(cited.name), whose edits of this act (\(sources.joined(separator: ", "))) are applied as it was published: "
                    + "an amendment of an amending act is not carried into the consolidation, so their words or their date may differ"
                // An amendment of the words of changes (not of their dates) says nothing of the
                // text before they take effect (looks 26 and 27: it stopped the text of a day
                // before them); one that may move their dates says something of every day.
                let days = affected.map { $0.effective?.date }
                var since: LegalDate? = datesThem || days.contains(nil) ? nil : days.compactMap { $0 }.min()
                // Nor of the text before the amendment itself takes effect (look 29: one in force
                // on 1 August stopped the text of 1 July, when the change it amends applied as
                // published).
                if let first = since, let own = edit.effective?.date { since = max(first, own) }
                // Words that may name a unit (« les articles 4 à 6 » become « 4 à 7 ») may move the
                // change to any article (look 27: the article it moved to printed without it).
                let scope = Self.changesWordsOnly(edit) ? Self.scope(of: affected, base: base) : .everything
                problems.append(Consolidated.Problem(diagnostic: .error(message, file: edit.source.file, line: edit.source.line, unit: edit.source.unit),
                                                     scope: scope, since: since))
            }
        }
        return problems
    }

    /// True when `edit` changes words that name no unit and no number (« le mot « fichier » est
    /// remplacé par le mot « carnet » »): an amendment of an amending act that cannot move its
    /// changes to other units.
    static func changesWordsOnly(_ edit: Edit) -> Bool {
        let words: [String]
        switch edit.change {
        case .replaceWords(let old, let new, _)?: words = [old.text, new]
        case .deleteWords(let old, _)?: words = [old.text]
        case .insertWords(let new, _)?: words = [new]
        default: return false
        }
        let units = ["article", "artikel", "alinéa", "alinea", "lid", "leden", "§", "paragraaf", "paragraphe", "point", "punt", "chapitre", "hoofdstuk",
                     "section", "afdeling", "annexe", "bijlage", "titre", "titel", "livre", "boek", "phrase", "zin", "tiret", "streepje"]
        return !words.contains { text in
            text.unicodeScalars.contains { $0.properties.numericType != nil } || units.contains { text.lowercased().contains($0) }
        }
    }

    /// The problems that come from several acts together, beyond each edit's own outcome:
    /// amendments of amending acts, citation slips, fixings of edits that had their date or
    /// of one edit twice, acts whose publication is not known when the question is « as known
    /// on ». `consolidate`, `explain` and the reading room say the same (look 26).
    func crossActProblems(of base: Act, others: [Edit], knownOn: LegalDate?) -> [Consolidated.Problem] {
        amendedAmendments(of: base, others: others, knownOn: knownOn) + citationSlips(of: base, others: others) + numacConflicts(of: base, others: others)
            + fixingsOfDatedEdits(of: base, knownOn: knownOn) + fixedTwice(of: base, knownOn: knownOn) + unknownPublications(of: base, knownOn: knownOn)
            + fixingsOfMissingArticles(of: base, knownOn: knownOn)
    }

    /// A fixing of an article the act cited does not hold (look 29: « L'article 7 de l'arrêté
    /// royal du 4 mai 2021 … entre en vigueur le … » of an act of three articles fixed
    /// nothing, without a word): the date it meant for some article is not taken. An error at
    /// the fixing's article, scoped to the changes of that act left pending, from the day it
    /// fixes (none pending: to all of them, from the first day one takes; for the base act
    /// itself, to the articles it dates apart, else to everything).
    func fixingsOfMissingArticles(of base: Act, knownOn: LegalDate?) -> [Consolidated.Problem] {
        guard !fixings.isEmpty else { return [] }
        let amending = others(of: base).used.filter(\.amends)
        var problems: [Consolidated.Problem] = []
        for fixing in fixings where !fixing.selectors.isEmpty {
            guard Consolidation.isKnown(published: fixing.source.act.publication, signed: fixing.source.act.date, on: knownOn) == true else { continue }
            let act: Act
            let scope: Consolidated.Scope
            var days: [LegalDate] = [fixing.effective]
            // The act's instructions, whose sources name its points too (an enumeration the
            // reader found inside one alinéa has no points in the tree).
            var sources: [EditSource] = []
            if Consolidation.matches(fixing.act, base) {
                act = base
                let apart = Consolidation.entryIntoForce(of: base).articles.keys
                var set = Consolidated.ArticleSet()
                set.named = Set(apart)
                scope = apart.isEmpty ? .everything : apart.count == 1 ? .article(apart.first!) : .articles(set)
            } else {
                // The amending act cited, among the inputs (not the fixing's own file: Justel's
                // notes of the act's own articles).
                guard let document = amending.first(where: { $0.file != fixing.source.file && DateFixing.cites(fixing.act, date: $0.act.metadata.date, title: $0.act.metadata.title) })
                else { continue }
                sources = shared[document.edits].map(\.edit.source)
                let own = shared[document.edits].map(\.edit).filter { aims($0, at: base) }
                guard !own.isEmpty else { continue }
                act = document.act
                // A fixing act dates what its act left pending: those changes, from the day it
                // fixes; when none is pending, any of them, from the first day one takes.
                let pending = own.filter { if case .pending? = $0.effective { true } else { false } }
                scope = Self.scope(of: pending.isEmpty ? own : pending, base: base)
                if pending.isEmpty { days += own.compactMap { $0.effective?.date } }
            }
            let held = act.articles.map { ArticleNumber.normalized($0.number) }
            var missing: [String] = []
            for selector in fixing.selectors where !held.contains(selector.article) && !missing.contains(selector.article) { missing.append(selector.article) }
            let name = act.metadata.title.map { "act « \(Self.clipped($0)) »" } ?? "act cited"
            let message: String
            if !missing.isEmpty {
                let listed = held.count > 12 ? held.prefix(12).joined(separator: ", ") + ", …" : held.joined(separator: ", ")
                message = "this fixes the entry into force of art. \(missing.joined(separator: ", ")) of the \(fixing.act.name), but the \(name) has no article \(missing.joined(separator: ", "))"
                    + " (its articles: \(listed)): the date it fixes (\(fixing.effective.iso)) is not taken"
            } else if let point = fixing.selectors.first(where: { selector in !Self.holds(act, selector) && !sources.contains { selector.contains($0) } }) {
                // « l'article 1er, 3° » of an article of two points.
                message = "this fixes the entry into force of \(point) of the \(fixing.act.name), but art. \(point.article) of the \(name) has no "
                    + point.points.map(\.description).joined(separator: ", ") + ": the date it fixes (\(fixing.effective.iso)) is not taken"
            } else {
                continue
            }
            problems.append(Consolidated.Problem(diagnostic: .error(message, file: fixing.source.file, line: fixing.source.line, unit: fixing.source.unit),
                                                 scope: scope, since: days.min()))
        }
        return problems
    }

    /// Two acts that fix the date of the same pending edits at different days (look 26: the
    /// second, published after the first's day had come, took the change out of force for
    /// the months between, without a word). Whether the later act moved the date or erred is
    /// not read: an error at the later fixing, scoped to the edits, applied from its day.
    func fixedTwice(of base: Act, knownOn: LegalDate?) -> [Consolidated.Problem] {
        guard fixings.count > 1 else { return [] }
        let known = Consolidation.knownFixings(fixings, on: knownOn)
        var groups: [[Int]: [Edit]] = [:]
        var order: [[Int]] = []
        for edit in edits(for: base).lazy.map(\.edit) where aims(edit, at: base) {
            let fixing = known.indices.filter { known[$0].applies(to: edit) }
            guard Set(fixing.map { known[$0].effective }).count > 1 else { continue }
            if groups[fixing] == nil { order.append(fixing) }
            groups[fixing, default: []].append(edit)
        }
        return order.map { key in
            let edits = groups[key] ?? []
            let applied = known[key.last!]
            let days = key.map { index in
                let fixing = known[index]
                return "\(fixing.effective.french) by the act of \(fixing.source.act.date?.french ?? "?"), \(fixing.source.address)"
            }
            let sources = edits.map(\.source.unit).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let message = "the date of the \(edits[0].source.act.title.map { "act « \(Self.clipped($0)) »" } ?? "amending act")'s changes (\(sources.joined(separator: ", "))) "
                + "is fixed more than once: \(days.joined(separator: "; ")): which holds is not read; applied from \(applied.effective.iso)"
            return Consolidated.Problem(diagnostic: .error(message, file: applied.source.file, line: applied.source.line, unit: applied.source.unit),
                                        scope: Self.scope(of: edits, base: base), since: key.map { known[$0].effective }.min())
        }
    }

    /// A title cut at ten words.
    static func clipped(_ title: String) -> String {
        let words = title.split(separator: " ")
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
    }

    /// As known on a day, an amending act signed by then whose publication the input does not
    /// give: whether it was known that day is not in the input (look 26: it was applied,
    /// without a word). An error scoped to its edits (taken as known: applied with
    /// `--keep-going`), from the first day they take effect (look 27: it stopped the text of
    /// every day). The same for an act that fixes the date of pending edits (taken as not
    /// known: they stay pending; look 27: said « not dated » only).
    func unknownPublications(of base: Act, knownOn: LegalDate?) -> [Consolidated.Problem] {
        guard let knownOn else { return [] }
        var problems: [Consolidated.Problem] = others(of: base).used.compactMap { document in
            let metadata = document.act.metadata
            guard document.amends, Consolidation.isKnown(published: metadata.publication, signed: metadata.date, on: knownOn) == nil else { return nil }
            let own = shared[document.edits].map(\.edit).filter { aims($0, at: base) }
            guard !own.isEmpty else { return nil }
            let signed = metadata.date.map { "signed on \($0.iso)" } ?? "its date unknown"
            let message = "this act's publication is not given (\(signed)): whether it was known on \(knownOn.iso) is not in the input (give its 'publication:'); with --keep-going its edits are taken as known"
            let days = own.map { $0.effective?.date }
            return Consolidated.Problem(diagnostic: .error(message, file: document.file, line: nil), scope: Self.scope(of: own, base: base),
                                        since: days.contains(nil) ? nil : days.compactMap { $0 }.min())
        }
        let ours = edits(for: base).map(\.edit).filter { aims($0, at: base) }
        for fixing in fixings where fixing.source.act.publication == nil {
            guard Consolidation.isKnown(published: nil, signed: fixing.source.act.date, on: knownOn) == nil else { continue }
            let named = ours.filter { fixing.applies(to: $0) }
            guard !named.isEmpty else { continue }
            let signed = fixing.source.act.date.map { "signed on \($0.iso)" } ?? "its date unknown"
            let message = "this act fixes the date of changes of this act, but its publication is not given (\(signed)): whether it was known on \(knownOn.iso) is not in the input (give its 'publication:'); with --keep-going its date is not taken"
            problems.append(Consolidated.Problem(diagnostic: .error(message, file: fixing.source.file, line: fixing.source.line, unit: fixing.source.unit),
                                                 scope: Self.scope(of: named, base: base), since: fixing.effective))
        }
        return problems
    }

    /// True when `act` holds the part `selector` names: its article, and the points under it
    /// (by their labels' values, at any alinéa).
    static func holds(_ act: Act, _ selector: SourceSelector) -> Bool {
        guard let article = act.articles.first(where: { ArticleNumber.normalized($0.number) == selector.article }) else { return false }
        var level = article.alineas.flatMap(\.points)
        for label in selector.points {
            guard !level.isEmpty else { return false }
            let found = level.filter { $0.label.value == label.value }
            guard !found.isEmpty else { return false }
            level = found.flatMap(\.points)
        }
        return true
    }

    /// An edit of an act that says it modifies this base (front matter `modifies:`), which
    /// cites the base's kind and title with another date (look 19: « van 13 maart 2015 »
    /// for the act of 12 March, dropped among the edits « aimed at other acts », the base
    /// left unamended). A slip in the date or another act: not Chronolex's to decide, so an
    /// error, scoped to the article it names.
    func citationSlips(of base: Act, others: [Edit]) -> [Consolidated.Problem] {
        guard !others.isEmpty, let numac = base.metadata.numac, let baseDate = base.metadata.date else { return [] }
        let declaring = Set(documents.filter { $0.act.metadata.modifies.contains(numac) }.map(\.file))
        return others.compactMap { edit in
            guard declaring.contains(edit.source.file), let cited = edit.targetAct, Consolidation.matchesButForDate(cited, base) else { return nil }
            // A slip is a day or a month within the year, or the year alone; and an act of another kind (a
            // « ministerieel besluit » beside a « besluit van de Vlaamse Regering » of the same
            // title) is another act (look 20: both were called slips).
            guard let citedDate = cited.date, citedDate.year == baseDate.year || citedDate.month == baseDate.month && citedDate.day == baseDate.day else { return nil }
            if let kind = cited.kind, let baseKind = base.metadata.title.flatMap(ActKind.fromTitle),
               (kind == .arreteMinisteriel) != (baseKind == .arreteMinisteriel) || (kind != .arrete && baseKind != .arrete && kind != baseKind) { return nil }
            let message = "the act says it modifies \(numac), the act of \(baseDate.french) with that title, but this instruction cites the \(cited.name): "
                + "a slip in the date, or another act; not applied to \(numac)"
            return Consolidated.Problem(diagnostic: .error(message, file: edit.source.file, line: edit.source.line, unit: edit.source.unit),
                                        scope: Self.scope(of: [edit], base: base, aimedAtBase: true))
        }
    }

    /// An edit whose act names, by `modifies:`, another numac than the base's, though the
    /// instruction cites the base itself — its date, kind and title (look 30: such edits were
    /// dropped among those « aimed at another act », and `explain` named that other act with
    /// the base's own title). Which act is amended is not certain: an error, scoped to the
    /// article it names, never a guess either way.
    func numacConflicts(of base: Act, others: [Edit]) -> [Consolidated.Problem] {
        guard !others.isEmpty, let numac = base.metadata.numac else { return [] }
        return others.compactMap { edit in
            guard let cited = edit.targetAct, let citedNumac = cited.numac, citedNumac != numac, cited.date != nil else { return nil }
            var unnumbered = cited
            unnumbered.numac = nil
            // The whole title, to its end (« relatif aux mots » is not « relatif aux mots croisés »).
            guard Consolidation.matches(unnumbered, base), Consolidation.citesTitleToItsEnd(cited, base) else { return nil }
            let message = "this act's front matter says it modifies \(citedNumac), but this instruction cites the \(cited.name), which is \(numac): "
                + "which act is amended is not certain; not applied to \(numac)"
            return Consolidated.Problem(diagnostic: .error(message, file: edit.source.file, line: edit.source.line, unit: edit.source.unit),
                                        scope: Self.scope(of: [edit], base: base, aimedAtBase: true))
        }
    }

    /// A later act that fixes the entry into force of an amending act which had dated its
    /// edits itself, at another date (look 19: « L'arrêté royal du 10 février 2020 … entre
    /// en vigueur le 1er juillet 2021 » for an act that said « le 1er janvier 2021 »; the later
    /// act was ignored, without a word). Which date holds is not read: an error, scoped to
    /// the edits it names, which keep their own date.
    /// As known on `knownOn`, only the fixings published by then count (look 29: one
    /// published after that day was still said).
    func fixingsOfDatedEdits(of base: Act, knownOn: LegalDate?) -> [Consolidated.Problem] {
        guard !fixings.isEmpty else { return [] }
        let ours = edits(for: base).lazy.map(\.edit).filter { aims($0, at: base) }
        // In the order given (``Consolidation/knownFixings(_:on:)`` sorts by publication).
        let known = fixings.filter { fixing in knownOn.map { day in fixing.source.act.publication.map { $0 <= day } ?? false } ?? true }
        return known.compactMap { fixing in
            let named = Array(ours.filter { edit in
                guard case .date(let own)? = edit.effective, own != fixing.effective else { return false }
                return fixing.names(edit)
            })
            guard let own = named.first?.effective?.date else { return nil }
            let message = "this fixes the entry into force of the \(fixing.act.name) at \(fixing.effective.french), which that act had dated itself (\(own.french)): "
                + "which date holds is not read; its edits keep their own date"
            return Consolidated.Problem(diagnostic: .error(message, file: fixing.source.file, line: fixing.source.line, unit: fixing.source.unit),
                                        scope: Self.scope(of: named, base: base))
        }
    }

    /// The later texts of `base`'s act known on `knownOn`, each compared with the
    /// consolidation as known on its state date.
    func checkpoints(of base: Act, knownOn: LegalDate?) -> [Checkpoint] {
        texts(of: base).dropFirst().compactMap { text -> Checkpoint? in
            guard let state = text.metadata.consolidatedOn, knownOn.map({ state <= $0 }) ?? true else { return nil }
            let known = Consolidation.timeline(of: base, shared: edits(for: base), knownOn: state, fixings: fixings, aim: { aim(of: $0, at: base) })
            guard let comparison = OfficialComparison(official: text, timeline: known) else { return nil }
            return Checkpoint(text: text, file: text.file ?? "input", state: state, comparison: comparison)
        }
    }
}

/// A later official text of the act, given with its earlier text: Justel's state of a
/// date, against which the consolidation is checked on the date that state stands for.
/// Between checkpoints the amending acts are applied; at each, what diverges is said.
public struct Checkpoint: Sendable {
    /// The official text, and the file it was read from.
    public var text: Act
    public var file: String
    /// Its update date ("mise à jour au").
    public var state: LegalDate
    /// The comparison on the date the state stands for (`comparison.date`).
    public var comparison: OfficialComparison

    /// One line: "Justel's state of 2024-10-22 (file): 64 of 71 articles identical on 2024-10-22".
    public var summary: String {
        "Justel's state of \(state.iso) (\(file)): \(comparison.identical) of \(comparison.total) articles identical on \(comparison.date.iso)"
            + (comparison.extra.isEmpty ? "" : "; \(comparison.extra.count) only in Chronolex's text")
    }

    /// True when the state and the consolidation read the same, article by article.
    public var agrees: Bool { comparison.divergent.isEmpty && comparison.extra.isEmpty }

    /// A warning for each article that diverges, scoped to it, at the official article's
    /// line, with the first words that differ.
    var problems: [Consolidated.Problem] {
        let official = Dictionary(text.articles.map { (ArticleNumber.normalized($0.number), $0) }, uniquingKeysWith: { first, _ in first })
        let ours = Dictionary(comparison.ours.articles.map { (ArticleNumber.normalized($0.number), $0) }, uniquingKeysWith: { first, _ in first })
        var out: [Consolidated.Problem] = []
        for key in comparison.divergent {
            let line = official[key]?.range?.start.line
            let what: String
            if let mine = ours[key], let theirs = official[key] {
                what = "reads otherwise than the consolidation on \(comparison.date.iso): " + Self.firstDifference(official: TextRenderer.render(theirs), ours: TextRenderer.render(mine))
            } else {
                what = "is not in the consolidation on \(comparison.date.iso)"
            }
            out.append(.init(diagnostic: .warning("checkpoint: Justel's state of \(state.iso) art. \(key) \(what) (see 'chronolex check … --against \(file)')", file: file, line: line),
                             scope: .article(key)))
        }
        for key in comparison.extra {
            out.append(.init(diagnostic: .warning("checkpoint: art. \(key) of the consolidation on \(comparison.date.iso) is not in Justel's state of \(state.iso)", file: file, line: nil),
                             scope: .article(key)))
        }
        return out
    }

    /// The first run of words that differs, in the texts as `check` compares them.
    static func firstDifference(official: String, ours: String) -> String {
        let edits = WordDiff.diff(OfficialComparison.comparable(official), OfficialComparison.comparable(ours))
        guard let index = edits.firstIndex(where: { $0.operation != .equal }) else { return "only in spacing" }
        var removed = "", added = ""
        for edit in edits[index...].prefix(2) {
            if edit.operation == .delete, removed.isEmpty { removed = clip(edit.text) } else if edit.operation == .insert, added.isEmpty { added = clip(edit.text) }
        }
        switch (removed.isEmpty, added.isEmpty) {
        case (false, false): return "Justel has « \(removed) » where Chronolex has « \(added) »"
        case (false, true): return "Justel has « \(removed) », not in Chronolex's text"
        default: return "Chronolex has « \(added) », not in Justel's"
        }
    }

    /// At most twelve words, on one line.
    private static func clip(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(12).joined(separator: " ") + (words.count > 12 ? " …" : "")
    }
}

extension Workspace {
    /// The diagnostics that concern a consolidation of `base`, each with what it can
    /// affect: an instruction's error is scoped by the edits read from that line.
    func problems(for base: Act, knownOn: LegalDate? = nil) -> [Consolidated.Problem] {
        var problems = readingDiagnostics.map { Consolidated.Problem(diagnostic: $0, scope: .everything) }
        let others = others(of: base)
        for (copy, kept) in others.copies {
            problems.append(Consolidated.Problem(diagnostic: .warning("the same act as \(kept.file) (numac \(copy.act.metadata.numac ?? "?")): applied once, from \(kept.file)", file: copy.file, line: nil),
                                                 scope: .everything))
        }
        for document in others.used {
            // An act published after the day asked for says nothing of it, even unread (look 26).
            if Consolidation.isKnown(published: document.act.metadata.publication, signed: document.act.metadata.date, on: knownOn) == false { continue }
            let edits = shared[document.edits].map(\.edit)
            var byLine: [Int: [Edit]] = [:]
            for edit in edits { if let line = edit.source.line { byLine[line, default: []].append(edit) } }
            for diagnostic in document.instructionDiagnostics {
                var read = diagnostic.location.flatMap { byLine[$0.line] } ?? []
                // An entry-into-force clause not read: what it leaves undated (those edits
                // are errors of their own, scoped to their articles).
                if read.isEmpty, let line = diagnostic.location?.line {
                    read = edits.filter { $0.undatedByClauseAt == line }
                }
                problems.append(Consolidated.Problem(diagnostic: diagnostic, scope: read.isEmpty ? .everything : Self.scope(of: read, base: base)))
            }
        }
        return problems
    }

    /// What the failure of these edits (read from one place) can affect in `base` (taking
    /// each as aimed at `base` with `aimedAtBase`): the articles they change, name in a range
    /// or bring in their new text; everything for a division, an annex, the numbering, or a
    /// new article without its number.
    static func scope(of edits: [Edit], base: Act, aimedAtBase: Bool = false) -> Consolidated.Scope {
        var articles: Consolidated.ArticleSet?
        var ours = false
        for edit in edits {
            guard let act = edit.targetAct else { return .everything }
            if !aimedAtBase, !Consolidation.matches(act, base) { continue }
            var set = articles ?? Consolidated.ArticleSet()
            // New articles reach the numbers they take (wherever the act puts them: « dans le
            // même arrêté, il est inséré un article 5/1 », « dans le chapitre 2, … »), and the
            // article they follow; nothing else is changed by them.
            if case .insertUnits(let unit, _, _)? = edit.change, unit.kind == .article, edit.target.steps.allSatisfy(Self.placesAnArticle) {
                guard let first = unit.number else { return .everything }
                set.addRange(from: first, through: unit.through ?? first)
                // A number the act already holds: the amending act counts the articles
                // otherwise than the base does (an older act's « il est inséré un article 5 »
                // that pushes the others down), and may cite any of them so: everything.
                let taken = Set(base.articles.map { ArticleNumber.normalized($0.number) })
                if taken.contains(ArticleNumber.normalized(first)) || unit.through.map({ taken.contains(ArticleNumber.normalized($0)) }) == true { return .everything }
                if case .article(let number)? = edit.target.steps.first { set.named.insert(ArticleNumber.normalized(number)) }
                ours = true
                articles = set
                continue
            }
            // An article of the act's body, changed in its words or units: that article.
            // (Not a division, an annex or the numbering: those reach others.) An unread verb
            // after a place inside one article (« Dans l'article 5, les mots … sont bidouillés »):
            // that article (session 33: every article failed).
            let target = edit.change == nil ? edit.unreadPlace ?? edit.target : edit.target
            guard !target.steps.contains(where: \.isDivision), case .article(let number)? = target.steps.first else { return .everything }
            if case .renumber? = edit.change { return .everything }
            ours = true
            // « les articles 4 à 8 »: a range of articles reaches every article in it (look 23:
            // its failure was scoped to art. 4, and art. 5 printed in force), and no other.
            if target.steps.count == 1, case .article(let last)? = target.through {
                set.addRange(from: number, through: last)
            } else {
                set.named.insert(ArticleNumber.normalized(number))
            }
            // The articles a new text brings (« l'article 5 est remplacé par ce qui suit :
            // Art. 5. … Art. 5/1. … ») reach their numbers.
            for article in edit.change?.fragment?.articles ?? [] {
                set.named.insert(ArticleNumber.normalized(article.number))
            }
            articles = set
        }
        guard ours, let articles else { return edits.isEmpty ? .everything : .otherAct }
        if articles.ranges.isEmpty, articles.named.count == 1, let only = articles.named.first { return .article(only) }
        return .articles(articles)
    }
}

extension Workspace {
    /// The steps of a place where a new article can stand: an article, a division.
    static func placesAnArticle(_ step: UnitStep) -> Bool {
        switch step {
        case .article, .division, .namedDivision: true
        default: false
        }
    }
}

extension Consolidated.Scope {
    /// True for a scope of one or several articles.
    var isArticles: Bool {
        switch self {
        case .article, .articles: true
        case .everything, .otherAct: false
        }
    }
}

/// Why no timeline could be built: the diagnostics to report.
public struct ConsolidationFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
