import ChronolexAmendments
import ChronolexModel

/// Applies "… est remplacé par ce qui suit : « … »": an article, a §, alinéas, points, a
/// sentence, the act's title or a division's heading, replaced by the new text.
extension TimelineBuilder {
    mutating func replaceUnits(_ fragment: Fragment, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard let below = edit.target.belowArticle else { return replaceOutsideArticles(fragment, edit, at: date, applied: applied) }
        if below.isEmpty {
            if case .article(let last)? = edit.target.through {
                let first = edit.target.article.map { "art. \($0) to " } ?? ""
                return .failure(.unsupported("several articles (\(first)art. \(last)) given one new text: which new article replaces which is not read; not applied"))
            }
            return changeArticle(edit, at: date, applied: applied) { article in
                Self.replaceArticle(&article, with: fragment).map { "art. \(ArticleNumber.normalized(article.number))" }
            }
        }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            let through: Int?
            switch Self.wholeUnits(edit, path, in: article, name: name, change: "replace") {
            case .success(let index): through = index
            case .failure(let failure): return .failure(failure)
            }
            if path.sentence != nil || path.introduction {
                var new = fragment.blocks.joined(separator: " ")
                // "l'intitulé du 11° est remplacé par ce qui suit : « 11° professeur … : »": the
                // point's label, printed again before its new words, is not words of its own.
                if path.introduction, let point = edit.target.steps.last(where: { if case .point = $0 { return true } else { return false } }),
                   case .point(let label) = point, label.kind != .dash, new.hasPrefix(label.description + " ") {
                    new = String(new.dropFirst(label.description.count + 1))
                }
                Self.rewrite(&article, path) { _ in new }
                return .success(())
            }
            // "la définition de « X » est remplacée par ce qui suit : « X : … »": new words
            // without a label are the definition's words, its label kept.
            if case .definition? = edit.target.steps.last, let units = fragment.units, units.alineas.allSatisfy({ $0.points.isEmpty }), units.alineas.count == 1 {
                guard ArticleUnits.points(at: path, in: article).isEmpty else {
                    return .failure(.unsupported("\(name) has points of its own; the new definition has none"))
                }
                let new = fragment.blocks.joined(separator: " ")
                Self.rewrite(&article, path) { _ in new }
                return .success(())
            }
            return Self.replace(&article, path, through: through, with: fragment, name: name)
        }
    }

    /// The article's text replaced by the new article (its number and place kept).
    static func replaceArticle(_ article: inout Article, with fragment: Fragment) -> Result<Void, Failure> {
        guard !fragment.blocks.isEmpty else { return .failure(.unreadable("the instruction gives no new text")) }
        let articles = fragment.articles
        guard articles.count == 1 else {
            return .failure(.unsupported("the new text holds \(articles.count) articles where one replaces art. \(article.number)"))
        }
        let number = article.number
        // « L'article 6 est remplacé par ce qui suit : « Art. 7. … » »: the new text is headed
        // with another number than the article it replaces (look 29: applied as art. 6
        // without a word; the same slip in an insertion was an error). Which number the act
        // meant is not for Chronolex to guess.
        if ArticleNumber.normalized(articles[0].number) != ArticleNumber.normalized(number) {
            return .failure(.unsupported("the new text is headed « Art. \(articles[0].number) » where it replaces art. \(ArticleNumber.normalized(number)): which number the act means cannot be told, not applied"))
        }
        article = articles[0]
        article.number = number
        article.status = .inForce
        return .success(())
    }

    /// Points, alinéas or paragraphs (from `path` through the index `through`) replaced by
    /// the new text's units of the same level.
    static func replace(_ article: inout Article, _ path: UnitPath, through: Int?, with fragment: Fragment, name: String) -> Result<Void, Failure> {
        guard let parsed = fragment.units else { return .failure(.unreadable("the instruction gives no new text")) }
        if !path.points.isEmpty {
            if let failure = wordsOutsidePoints(parsed, of: name) { return .failure(failure) }
            let points = parsed.alineas.flatMap(\.points)
            guard !points.isEmpty else { return .failure(Failure(status: .unreadable("the new text of \(name) holds no point"))) }
            modifySiblings(&article, path) { siblings, index in
                siblings.replaceSubrange(index...max(index, through ?? index), with: points)
            }
            // More new points than were replaced, numbered as those after them (« les 2° et 3°
            // sont remplacés par » a 2°, 3° and 4° beside the old 4°; look 20): two with one
            // number, which a later « le 4° » could not tell apart. Said, not applied.
            var parent = path
            parent.points.removeLast()
            var seen = Set<PointLabel>()
            if let twice = ArticleUnits.points(at: parent, in: article).map(\.label).first(where: { $0.kind != .dash && !seen.insert($0).inserted }) {
                return .failure(.unsupported("after the replacement, \(ArticleUnits.describe(parent, of: article)) would hold two points \(twice): the new text and the points after it disagree; not applied"))
            }
            return .success(())
        }
        if let p = path.paragraph, let a = path.alinea {
            let alineas = parsed.alineas
            guard !alineas.isEmpty else { return .failure(Failure(status: .unreadable("the new text of \(name) holds no alinéa"))) }
            if let failure = listTakenForAlinea(article.paragraphs[p].alineas[a...max(a, through ?? a)], by: alineas, name: name) { return .failure(failure) }
            article.paragraphs[p].alineas.replaceSubrange(a...max(a, through ?? a), with: alineas)
            return .success(())
        }
        if let p = path.paragraph {
            var paragraphs = parsed.paragraphs
            if paragraphs.count == 1, paragraphs[0].number == nil { paragraphs[0].number = article.paragraphs[p].number }
            article.paragraphs.replaceSubrange(p...max(p, through ?? p), with: paragraphs)
            return .success(())
        }
        return .failure(.unsupported("replacing \(name) is not applied yet"))
    }

    /// « Dans l'article 6, § 2, l'alinéa 1er est remplacé par ce qui suit : " 1. Le Ministre
    /// … " » where § 2 is the points 1. to 3. and no words of its own (2023040119, art. 8,
    /// hand check 10): the alinéa is the whole list, and the new text holds one point. Read
    /// as the list, the other points went, without a word; the act meant its first point
    /// (its art. 27 repeals the 2. later). Which the act means is not certain: an error —
    /// unless the new text holds as many points as the list.
    static func listTakenForAlinea(_ old: ArraySlice<Alinea>, by new: [Alinea], name: String) -> Failure? {
        guard let list = old.first(where: { $0.sentences.isEmpty && $0.points.count > 1 }) else { return nil }
        let oldPoints = old.reduce(0) { $0 + $1.points.count }
        let newPoints = new.reduce(0) { $0 + $1.points.count }
        guard newPoints < oldPoints else { return nil }
        let labels = "\(list.points.first!.label) to \(list.points.last!.label)"
        return Failure(status: .unsupported("\(name) has no words of its own: it is the points \(labels), and the new text holds \(newPoints) point(s); whether the act means the whole list or its first point is not certain; not applied"))
    }

    /// New points whose text also holds words outside them (an alinéa before or after the
    /// points: « " 24° " substrat de culture " : ⏎⏎ un produit … " » once held its
    /// definition there, 2023040119, art. 4): only points can take a point's place, and
    /// where the other words go is not said — an error, never words dropped.
    static func wordsOutsidePoints(_ parsed: Article, of name: String) -> Failure? {
        // No point at all is the appliers' own error (« holds no point »).
        guard parsed.alineas.contains(where: { !$0.points.isEmpty }),
              let words = parsed.alineas.first(where: { !$0.text.isEmpty })?.text else { return nil }
        let shown = words.split(separator: " ").count > 8 ? words.split(separator: " ").prefix(8).joined(separator: " ") + " …" : words
        return Failure(status: .unreadable("the new text of \(name) holds words outside its point(s) (« \(shown) »): where they go is not said"))
    }

    /// The act's title, or a division's heading.
    private mutating func replaceOutsideArticles(_ fragment: Fragment, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard edit.target.steps.last == .heading, !edit.target.steps.contains(where: { if case .namedDivision = $0 { return true } else { return false } }) else {
            return .failure(notAppliedOutsideArticles(edit))
        }
        let path = Self.divisions(of: edit.target)
        guard !fragment.blocks.isEmpty else {
            return .failure(.unsupported(path.isEmpty ? "replace of the title with words is not applied yet (title: « \(titles.last?.title ?? "") »)"
                                                      : "replace of a division heading is not applied yet"))
        }
        if path.isEmpty {
            let new = fragment.blocks.joined(separator: " ")
            if let last = titles.last, last.validFrom >= date {
                titles[titles.count - 1].title = new
            } else {
                titles.append(TitleVersion(validFrom: date, title: new, source: applied))
            }
            return .success("intitulé")
        }
        var heading = fragment.blocks[0]
        if case .division(let division, _) = fragment.content { heading = division.heading }
        var body = structures.last?.body ?? []
        if let ambiguous = Self.ambiguity(of: path, in: body, on: date) { return .failure(ambiguous) }
        var repealed = false
        let found = Self.modifyDivision(&body, path: path[...]) { division, _ in
            // The heading of a repealed division is not renamed (look 34: applied, unsaid).
            guard division.status != .repealed else { repealed = true; return }
            division.heading = heading
        }
        guard found else { return .failure(.notFound("\(Self.describe(path)) does not exist in the act on \(date.iso)")) }
        if repealed { return .failure(.notFound("\(Self.describe(path)) is repealed on \(date.iso): its heading is not replaced")) }
        commitStructure(body, at: date, by: applied, divisions: [Self.placedCitation(of: path, in: body)])
        return .success(Self.describe(path))
    }
}
