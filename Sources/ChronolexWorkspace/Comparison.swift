import ChronolexAmendments
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import Foundation

extension Consolidated {
    /// The changes between two dates, unit by unit and word by word, each attributed to the
    /// amending acts that made it; only one article's with `article`.
    public func diff(from: LegalDate, to: LegalDate, article: String? = nil) -> Result<ActDiff, Diagnostic> {
        let label = { (date: LegalDate) in ActDiff.Side(label: date.french, date: date, file: nil) }
        // After the act's own end (« cesse d'être en vigueur le … »): said, not compared as law.
        if let ended = timeline.ended(at: to) ?? timeline.ended(at: from) {
            return .failure(.error(ended, file: base.file ?? "input", line: nil))
        }
        // Before the act is in force there is no old text: said, as `consolidate` says it
        // (look 30: every article was shown « inserted », without an act, without a word).
        if timeline.start != Timeline.earliest, from < timeline.start {
            return .failure(.error("the act is not in force on \(from.iso): it is in force from \(timeline.start.iso); compare from that day", file: base.file ?? "input", line: nil))
        }
        return Workspace.diff(old: timeline.act(at: from), new: timeline.act(at: to), from: label(from), to: label(to),
                              attributions: TimelineAttributions.table(timeline, from: from, to: to), article: article)
    }

    /// Every version of one article, each against the one before. A version whose text is
    /// not in the input (a Justel state shows the article as later acts left it) is no text
    /// to compare: an error, as for `diff(from:to:)` (look 30: Chronolex's own placeholder,
    /// « (Texte antérieur au … absent des textes donnés …) », was word-diffed as a change of
    /// the law).
    public func diffs(ofArticle number: String) -> Result<[ActDiff], Diagnostic> {
        history(of: number).flatMap { history in
            if let gap = history.versions.lazy.compactMap(\.gap).first {
                return .failure(.error(gap.message, file: base.file ?? "input", line: gap.line))
            }
            let label = { (date: LegalDate) in ActDiff.Side(label: date.french, date: date, file: nil) }
            // An article that came after the act itself (inserted, or dated apart): its
            // coming first, against the day before (look 30: an article inserted and never
            // changed printed nothing at all).
            var steps: [ActDiff] = []
            if let first = history.versions.first, first.validFrom > timeline.start {
                var old = base
                old.body = []
                var new = base
                new.body = [.article(first.article)]
                let before = first.validFrom.adding(days: -1)
                steps.append(ActDiffer.diff(old: old, new: new, from: label(before), to: label(first.validFrom),
                                            attributions: TimelineAttributions.table(timeline, from: before, to: first.validFrom), article: number))
            }
            return .success(steps + zip(history.versions, history.versions.dropFirst()).map { previous, version in
                var old = base
                old.body = [.article(previous.article)]
                var new = base
                new.body = [.article(version.article)]
                return ActDiffer.diff(old: old, new: new, from: label(previous.validFrom), to: label(version.validFrom),
                                      attributions: TimelineAttributions.table(timeline, from: previous.validFrom, to: version.validFrom),
                                      article: number)
            })
        }
    }

    /// Chronolex's consolidation set against an official one (`official`, read from
    /// `name`), article by article, on `date` or on the date the official text stands
    /// for; `nil` when neither is known. `words`, when given, is the official text's side
    /// of the word distance, made beforehand (``Check/OfficialWords``: `check` makes it
    /// while the act is consolidated); it must have been made from `official`.
    public func check(against official: Act, named name: String, at date: LegalDate? = nil, knownOn: LegalDate? = nil,
                      words: SideThread<Check.OfficialWords>? = nil) -> Check? {
        guard let date = OfficialComparison.date(comparing: official, with: timeline, at: date) else { return nil }
        let ours = timeline.act(at: date)
        // The word distance over the whole act, most of a check's work, is measured on a
        // thread of its own while the articles are compared and the diff is made.
        let distance = SideThread { Check.distance(words?.wait() ?? Check.OfficialWords(official), ours) }
        let comparison = OfficialComparison(official: official, ours: ours, date: date)
        // The divergences as a diff of the official text (old) against ours (new), each
        // change attributed to the instructions that touched its article.
        var diff = ActDiffer.diff(old: official, new: comparison.ours,
                                  from: ActDiff.Side(label: "official: \(name)", file: name),
                                  to: ActDiff.Side(label: "Chronolex on \(comparison.date.iso)" + (knownOn.map { ", as known on \($0.iso)" } ?? ""), date: comparison.date),
                                  attributions: TimelineAttributions.table(timeline, from: timeline.start.adding(days: -1), to: comparison.date))
        diff.changes = diff.changes.filter { $0.level != .division && $0.level != .title }
        var check = Check(base: base, official: official, officialName: name, comparison: comparison, knownOn: knownOn,
                          distance: distance.wait(), diff: diff)
        check.notApplied = failures(at: [date]).count
        return check
    }
}

extension Workspace {
    /// The changes between two versions of an act; with `article`, only that article's,
    /// which must stand in one of them.
    public static func diff(old: Act, new: Act, from: ActDiff.Side, to: ActDiff.Side, attributions: (any AttributionProvider)? = nil,
                            article: String? = nil) -> Result<ActDiff, Diagnostic> {
        diff(old: old, new: new, from: from, to: to, attributions: attributions, article: article, versions: nil)
    }

    /// `diff`, with the two versions' units made ahead (``DiffVersion``) when `versions`
    /// are given (then without attributions).
    static func diff(old: Act, new: Act, from: ActDiff.Side, to: ActDiff.Side, attributions: (any AttributionProvider)?,
                     article: String?, versions: (old: DiffVersion, new: DiffVersion)?) -> Result<ActDiff, Diagnostic> {
        if let article {
            let number = ArticleNumber.normalized(article)
            guard (old.articles + new.articles).contains(where: { ArticleNumber.normalized($0.number) == number }) else {
                return .failure(Diagnostic(.error, file: new.file ?? old.file ?? "input", location: nil, message: "art. \(number) is in neither version"))
            }
        }
        if let versions, attributions == nil {
            return .success(ActDiffer.diff(old: versions.old, new: versions.new, from: from, to: to, article: article))
        }
        return .success(ActDiffer.diff(old: old, new: new, from: from, to: to, attributions: attributions, article: article))
    }

    /// Two files compared: no amending acts are known, so no attribution. `acts` are the
    /// versions read, for a caller that keeps them (a process that exits soon after need
    /// not release two trees node by node). With `keepingTrees`, the diff's unit trees are
    /// kept by `versions` instead of being freed on another thread, for a caller that
    /// keeps those too until it exits.
    public static func diff(oldPath: String, newPath: String, article: String? = nil, keepingTrees: Bool = false)
        -> (diff: ActDiff?, diagnostics: [Diagnostic], acts: [Act], versions: [DiffVersion]) {
        let (oldResult, newResult, versions) = readBoth(oldPath, newPath)
        var diagnostics = oldResult.diagnostics + newResult.diagnostics
        let acts = [oldResult.act, newResult.act].compactMap { $0 }
        let kept = versions.map { [$0.old, $0.new] } ?? []
        for version in kept { version.keepsTree = keepingTrees }
        guard let old = oldResult.act, let new = newResult.act, !oldResult.hasErrors, !newResult.hasErrors else { return (nil, diagnostics, acts, kept) }
        switch diff(old: old, new: new, from: ActDiff.Side(label: oldPath, file: oldPath), to: ActDiff.Side(label: newPath, file: newPath),
                    attributions: nil, article: article, versions: versions) {
        case .success(let diff): return (diff, diagnostics, acts, kept)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics, acts, kept)
        }
    }
}

extension Workspace {
    /// The two versions read at the same time, the new one on a second thread: reading is
    /// most of a diff's time, and the two files do not depend on each other. Each
    /// version read without error has its units made for the diff on the same thread
    /// (``DiffVersion``): the thread that finishes reading first does not wait idle.
    static func readBoth(_ oldPath: String, _ newPath: String)
        -> (old: ReadResult, new: ReadResult, versions: (old: DiffVersion, new: DiffVersion)?) {
        let new = SideThread { () -> (ReadResult, DiffVersion?) in
            let result = ActReader.read(path: newPath)
            return (result, diffVersion(result))
        }
        let old = ActReader.read(path: oldPath)
        let oldVersion = diffVersion(old)
        let (newResult, newVersion) = new.wait()
        guard let oldVersion, let newVersion else { return (old, newResult, nil) }
        return (old, newResult, (oldVersion, newVersion))
    }

    /// A version read without error, with its units made for the diff.
    private static func diffVersion(_ result: ReadResult) -> DiffVersion? {
        guard let act = result.act, !result.hasErrors else { return nil }
        return DiffVersion(act)
    }
}

/// `check` as text (a title line, the count, the distance, the divergences as a word
/// diff) and as JSON.
public enum CheckRenderer {
    public static func text(_ check: Check) -> String {
        let comparison = check.comparison
        var out = "check: \(check.base.metadata.numac ?? check.base.file ?? "") on \(comparison.date.iso)" + (check.knownOn.map { " as known on \($0.iso)" } ?? "") + " against \(check.officialName)\n"
        out += summary(check) + "\n"
        out += "normalised edit distance (words): " + String(format: "%.4f", check.distance) + "\n"
        if !check.agrees {
            out += "\n" + TextDiffRenderer.render(check.diff, style: .plain)
        }
        return out
    }

    public static func summary(_ check: Check) -> String {
        let extra = check.comparison.extra
        return "\(check.comparison.identical) of \(check.official.articles.count) articles identical"
            + (extra.isEmpty ? "" : "; \(extra.count) article(s) only in Chronolex's text: \(extra.map { "art. \($0)" }.joined(separator: ", "))")
            + (check.notApplied == 0 ? "" : "; \(check.notApplied) error(s) left instructions unapplied (--keep-going, listed on standard error): the text compared lacks what they change")
    }

    public static func json(_ check: Check, pretty: Bool = true) -> String {
        let comparison = check.comparison
        return JSONValue.object([
            ("schema", .string("chronolex.check/1")),
            ("act", .optional(check.base.metadata.numac)), ("against", .string(check.officialName)), ("at", .string(comparison.date.iso)),
            ("asKnownOn", .optional(check.knownOn?.iso)), ("articles", .int(check.official.articles.count)), ("identical", .int(comparison.identical)),
            ("divergent", .array(comparison.divergent.map { .string("art. \($0)") })), ("notApplied", .int(check.notApplied)), ("onlyInChronolex", .array(comparison.extra.map { .string("art. \($0)") })),
            ("editDistance", .number(check.distance)), ("diff", JSONDiffRenderer.value(check.diff)),
        ]).serialized(pretty: pretty) + "\n"
    }
}
