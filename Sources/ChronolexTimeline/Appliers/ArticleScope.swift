import ChronolexAmendments
import ChronolexModel

/// What every applier of a change inside an article does first: find the article the
/// target names in the version in force on the date, resolve the units below it, let the
/// change rewrite them, and record the new version with the units it changed.
extension TimelineBuilder {
    /// The article the target names and its key, as it stands on `date`.
    func article(of edit: Edit, at date: LegalDate, allowRepealed: Bool = false) -> Result<(key: String, article: Article), Failure> {
        guard let number = edit.target.article else { return .failure(.notFound("no article named")) }
        let key = ArticleNumber.normalized(number)
        guard let article = current(key), structures.last?.articles.contains(key) == true else {
            return .failure(.notFound("art. \(key) does not exist in the act on \(date.iso)"))
        }
        if article.status == .repealed, !allowRepealed {
            // Which act repealed it, and from when (look 33: a repeal published later that
            // reached back was not named).
            var why = "art. \(key) is repealed on \(date.iso)"
            if let last = histories[key]?.versions.last, let by = last.sources.first?.edit.source, by.act != edit.source.act {
                why += " (from \(last.validFrom.iso), by the \(by.act.kindAndDate), \(by.address)" + Self.reachingBack(by.act, after: edit.source.act) + ")"
            }
            return .failure(.notFound(why))
        }
        return .success((key, article))
    }

    /// Changes the article as a whole (`body` returns the unit it changed, for `explain`).
    mutating func changeArticle(_ edit: Edit, at date: LegalDate, applied: AppliedEdit, allowRepealed: Bool = false,
                                _ body: (inout Article) -> Result<String, Failure>) -> Result<String, Failure> {
        let found: (key: String, article: Article)
        switch article(of: edit, at: date, allowRepealed: allowRepealed) {
        case .success(let value): found = value
        case .failure(let failure): return .failure(failure)
        }
        var new = found.article
        switch body(&new) {
        case .success(let resolved):
            var record = applied
            record.units = [resolved]
            commit(found.key, new, at: date, by: record)
            return .success(resolved)
        case .failure(let failure):
            return .failure(failure)
        }
    }

    /// Changes units inside the article: the steps below the article are resolved against
    /// the version in force (`acrossParagraphs`: an alinéa cited without its § is counted
    /// across the article, for renumbering), then `body` rewrites them.
    mutating func changeUnits(_ edit: Edit, at date: LegalDate, applied: AppliedEdit, acrossParagraphs: Bool = false,
                              _ body: (inout Article, UnitPath, _ name: String) -> Result<Void, Failure>) -> Result<String, Failure> {
        var found: (key: String, article: Article)
        switch article(of: edit, at: date) {
        case .success(let value): found = value
        case .failure(let failure): return .failure(failure)
        }
        let path: UnitPath
        let steps = edit.target.belowArticle ?? []
        switch ArticleUnits.resolve(steps, in: found.article, acrossParagraphs: acrossParagraphs) {
        case .success(let resolved): path = resolved
        case .failure(let reason):
            // An enumeration printed on one line whose point the instruction names: read
            // as points, said in a warning (never otherwise).
            guard let repaired = InlineEnumeration.repairing(steps, in: found.article, acrossParagraphs: acrossParagraphs) else {
                return .failure(.notFound(reason))
            }
            found.article = repaired.article
            path = repaired.path
            notes.append(repaired.note)
        }
        let resolved = ArticleUnits.describe(path, of: found.article)
        if let failure = Self.checkInsertionClaims(edit, path: path, in: found.article) { return .failure(failure) }
        var new = found.article
        if case .failure(var failure) = body(&new, path, resolved) {
            failure.resolved = resolved
            // Words sought in a repealed unit (« (...) »): said so, not « not found » alone
            // (look 23).
            if case .wordsNotFound(let why) = failure.status, ArticleUnits.isRepealed(path, in: found.article) {
                failure.status = .wordsNotFound(why + ": \(resolved) is repealed on \(date.iso)")
            }
            return .failure(failure)
        }
        var record = applied
        record.units = [resolved]
        commit(found.key, new, at: date, by: record)
        return .success(resolved)
    }

    /// "l'alinéa 2, inséré par l'arrêté du … 20 mai 2021": in a Justel text, the alinéa
    /// resolved must bear a mark of that act. When it does not, the instruction numbers the
    /// units otherwise than the text does (2024204469, art. 111, numbers art. 32's alinéas
    /// as before its own 1°): an error, never a guess at the other numbering. Alinéas
    /// written by an edit of the timeline (no source range) and texts without Justel
    /// footnotes are not checked.
    static func checkInsertionClaims(_ edit: Edit, path: UnitPath, in article: Article) -> Failure? {
        guard !edit.insertedBy.isEmpty, !article.footnotes.isEmpty, let p = path.paragraph, let a = path.alinea,
              let cited = edit.target.steps.last(where: { if case .alinea = $0 { return true } else { return false } }) else { return nil }
        let alinea = article.paragraphs[p].alineas[a]
        guard alinea.sentences.contains(where: { $0.range != nil }) else { return nil }
        for claim in edit.insertedBy where claim.unit == cited {
            let acts = alinea.marks.compactMap { mark in article.footnotes.first { $0.number == mark.footnote } }
            if acts.contains(where: { $0.dossier?.hasPrefix(claim.date.iso) == true }) { continue }
            var unit = path
            unit.points = []
            unit.sentence = nil
            unit.introduction = false
            var seen: [String] = []
            for act in acts {
                let name = [act.kind, act.dossier].compactMap { $0 }.joined(separator: " ")
                if !seen.contains(name) { seen.append(name) }
            }
            return .notFound("\(ArticleUnits.describe(unit, of: article)) bears no Justel mark of the act of \(claim.date.french) that the instruction says inserted it (its marks: \(seen.isEmpty ? "none" : seen.joined(separator: ", "))): the instruction's numbering and the text disagree")
        }
        return nil
    }

    /// The index of the last unit of a range ("les alinéas 3 et 4"), at the path's level.
    static func throughIndex(_ edit: Edit, path: UnitPath, in article: Article) -> Result<Int?, Failure> {
        guard let last = edit.target.last, let below = last.belowArticle, !below.isEmpty else { return .success(nil) }
        switch ArticleUnits.resolve(below, in: article) {
        case .success(let resolved):
            let through: Int?
            if !path.points.isEmpty {
                through = resolved.points.last
                if let from = path.points.last, let to = through, to - from >= 2 {
                    var parent = path
                    parent.points.removeLast()
                    let siblings = ArticleUnits.points(at: parent, in: article)
                    if siblings.indices.contains(to), Self.follow(siblings[from].label, siblings[to].label),
                       let failure = Self.between(siblings[from].label.description, siblings[to].label.description,
                                                  standing: siblings[(from + 1)..<to].map(\.label.description)) {
                        return .failure(failure)
                    }
                }
            } else if path.alinea != nil {
                through = resolved.alinea
            } else {
                through = resolved.paragraph
                if let from = path.paragraph, let to = through, to - from >= 2, article.paragraphs.indices.contains(to),
                   let a = article.paragraphs[from].number.flatMap({ Int(OrdinalNumber.normalized($0)) }),
                   let b = article.paragraphs[to].number.flatMap({ Int(OrdinalNumber.normalized($0)) }), b == a + 1,
                   let failure = Self.between("§ \(a)", "§ \(b)", standing: article.paragraphs[(from + 1)..<to].map { "§ \($0.number ?? "?")" }) {
                    return .failure(failure)
                }
            }
            return .success(through)
        case .failure(let reason):
            return .failure(.notFound(reason))
        }
    }

    /// Two units that follow each other by their numbers (« les articles 20 et 21 », « les 2°
    /// et 3° », « les §§ 2 et 3 ») with others inserted between them since (an art. 20bis, a
    /// 2°bis, a § 2/1): « et » names two, « à » all of them — which the instruction meant is
    /// not in the edit (hand check 18: the 2°bis was repealed too, without a word). The one
    /// refusal for articles (``TimelineBuilder/betweenConsecutive(_:)``), paragraphs and
    /// points; `nil` when nothing stands between them.
    static func between(_ first: String, _ last: String, standing: [String]) -> Failure? {
        guard !standing.isEmpty else { return nil }
        let verb = standing.count == 1 ? "stands" : "stand"
        // (Look 29: the message read as if « à » had been read apart from « et »; the edit
        // holds one range for both.)
        return .unsupported("\(standing.joined(separator: ", ")) \(verb) between \(first) and \(last), which the instruction names as two that follow each other (« et » and « à » are read alike there): whether \(standing.count == 1 ? "it is" : "they are") meant too cannot be told; not applied")
    }

    /// True when the second label is the one right after the first by its number or letter
    /// (2° then 3°, b) then c)), neither with a suffix.
    static func follow(_ first: PointLabel, _ second: PointLabel) -> Bool {
        guard first.kind == second.kind else { return false }
        if let a = Int(first.value), let b = Int(second.value) { return b == a + 1 }
        let x = Array(first.value.unicodeScalars), y = Array(second.value.unicodeScalars)
        guard x.count == 1, y.count == 1, first.kind == .letter else { return false }
        return y[0].value == x[0].value + 1
    }

    /// The last index of the units a replacement, repeal or renumbering acts on (the range's,
    /// or `nil` for one unit), once it is certain they are whole units: not an introductory
    /// phrase (`change` names what cannot be done to one), not an alinéa that may be two.
    static func wholeUnits(_ edit: Edit, _ path: UnitPath, in article: Article, name: String, change: String) -> Result<Int?, Failure> {
        let through: Int?
        switch throughIndex(edit, path: path, in: article) {
        case .success(let index): through = index
        case .failure(let failure): return .failure(failure)
        }
        if path.introduction, change != "replace" { return .failure(.unsupported("\(change) of \(name) is not applied yet")) }
        if let failure = checkOneAlinea(article, path, through: through) { return .failure(failure) }
        return .success(through)
    }

    /// A whole alinéa replaced, repealed or renumbered must be one alinéa: one that holds
    /// the trace of a line break lost in a Justel text may be two.
    static func checkOneAlinea(_ article: Article, _ path: UnitPath, through: Int?) -> Failure? {
        guard let p = path.paragraph, let a = path.alinea, path.points.isEmpty, path.sentence == nil, !path.introduction else { return nil }
        for index in a...max(a, through ?? a) where article.paragraphs[p].alineas.indices.contains(index) {
            guard let trace = ArticleUnits.lostLineBreak(in: article.paragraphs[p].alineas[index]) else { continue }
            var unit = path
            unit.alinea = index
            return .unsupported("\(ArticleUnits.describe(unit, of: article)) holds \(trace): the trace of a line break lost in the consolidated text, so it may be two alinéas; not applied")
        }
        return nil
    }

    /// The words of a unit, or of one of its sentences.
    static func text(of path: UnitPath, in article: Article) -> String {
        let sentences = ArticleUnits.sentences(at: path, in: article)
        if let s = path.sentence { return sentences.indices.contains(s) ? sentences[s].text : "" }
        return sentences.map(\.text).joined(separator: " ")
    }

    /// Rewrites the words of a unit (or of one sentence) and splits them into sentences
    /// again; Justel's markers on its words follow them (``JustelMark/following(from:to:)``).
    static func rewrite(_ article: inout Article, _ path: UnitPath, _ change: (String) -> String) {
        ArticleUnits.modifyUnit(&article, path) { unit in
            let before = unit.sentences.map(\.text).joined(separator: " ")
            if let s = path.sentence, unit.sentences.indices.contains(s) {
                var texts = unit.sentences.map(\.text)
                texts[s] = change(texts[s])
                unit.sentences = Words.sentences(texts.filter { !$0.isEmpty }.joined(separator: " "))
            } else {
                unit.sentences = Words.sentences(change(before))
            }
            if !unit.marks.isEmpty {
                unit.marks = JustelMark.following(unit.marks, from: before, to: unit.sentences.map(\.text).joined(separator: " "))
            }
        }
    }

    /// Runs `body` on the enumeration that holds the point at `path`, with its index.
    static func modifySiblings(_ article: inout Article, _ path: UnitPath, _ body: (inout [Point], Int) -> Void) {
        guard let index = path.points.last else { return }
        var parent = path
        parent.points.removeLast()
        ArticleUnits.modifyUnit(&article, parent) { content in body(&content.points, index) }
    }
}
