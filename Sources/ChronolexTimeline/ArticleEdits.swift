import ChronolexAmendments
import ChronolexModel

/// Edits aimed at an article or at a unit inside it.
extension TimelineBuilder {
    mutating func applyInArticle(_ edit: Edit, _ operation: Operation, parts: ArraySlice<TargetPart>, at date: LegalDate,
                                 applied: AppliedEdit) -> Result<String, Failure> {
        guard case .article(let number)? = parts.first else { return .failure(.notFound("no article named")) }
        let key = ArticleNumber.normalized(number)
        let below = parts.dropFirst()
        if below.isEmpty, case .article(let last)? = edit.target.through {
            return applyToArticleRange(from: key, through: ArticleNumber.normalized(last), operation, at: date, applied: applied)
        }
        guard let article = current(key), structures.last?.articles.contains(key) == true else {
            return .failure(.notFound("art. \(key) does not exist in the act on \(date.iso)"))
        }
        if article.status == .repealed, !operation.reestablishes {
            return .failure(.notFound("art. \(key) is repealed on \(date.iso)"))
        }
        var new = article
        let resolved: String
        let isWords = edit.target.words != nil || operation.newWords != nil
        if below.isEmpty, !isWords {
            switch changeArticle(&new, edit, operation) {
            case .success(let description): resolved = description
            case .failure(let failure): return .failure(failure)
            }
        } else {
            let path: UnitPath
            switch ArticleUnits.resolve(below, in: article, acrossParagraphs: operation.kind == .renumber) {
            case .success(let found): path = found
            case .failure(let message): return .failure(.notFound(message))
            }
            resolved = ArticleUnits.describe(path, of: article)
            if let failure = Self.checkInsertionClaims(edit, path: path, in: article) { return .failure(failure) }
            let change = isWords ? changeWords(&new, at: path, edit, operation) : changeUnit(&new, at: path, edit, operation)
            if case .failure(var failure) = change {
                failure.resolved = resolved
                return .failure(failure)
            }
        }
        var record = applied
        record.units = [resolved]
        commit(key, new, at: date, by: record)
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
              let cited = edit.target.parts.last(where: { if case .alinea = $0 { return true } else { return false } }) else { return nil }
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

    // MARK: The article as a whole

    private func changeArticle(_ article: inout Article, _ edit: Edit, _ operation: Operation) -> Result<String, Failure> {
        let address = "art. \(ArticleNumber.normalized(article.number))"
        switch operation.kind {
        case .replace:
            return replaceArticle(&article, operation).map { address }
        case .repeal:
            article.status = .repealed
            return .success(address)
        case .insert where operation.reestablishes:
            return replaceArticle(&article, operation).map { address }
        case .insert:
            let unit = (operation.newUnit ?? "").lowercased()
            if unit.contains("alinéa") || unit.contains("alinea") {
                return insertAlineas(&article, UnitPath(), operation, name: address).map { address }
            }
            if unit.hasPrefix("§") {
                return appendParagraphs(&article, operation).map { address }
            }
            if PointLabel.parse(operation.newUnit ?? "", after: nil) != nil {
                // "Dans l'article 2, il est inséré un 2/1°": into the article's enumeration.
                return insertUnits(&article, UnitPath(), operation, name: address).map { address }
            }
            return .failure(.unsupported("inserting '\(operation.newUnit ?? "?")' at the level of an article is not applied yet"))
        case .renumber:
            guard let new = operation.renumberedAs, new.hasPrefix("§") else {
                return .failure(.unsupported("renumbering an article as '\(operation.renumberedAs ?? "?")' is not applied yet"))
            }
            // "dont le texte actuel formera le § 1er": the whole text becomes that paragraph.
            guard !article.hasParagraphs, article.paragraphs.count == 1 else {
                return .failure(.notFound("\(address) already has paragraphs"))
            }
            article.paragraphs[0].number = Self.writtenParagraphNumber(new)
            return .success(address)
        case .noop:
            return .success(address)
        }
    }

    private func replaceArticle(_ article: inout Article, _ operation: Operation) -> Result<Void, Failure> {
        switch NewText.articles(operation.newText, number: article.number) {
        case .success(let articles):
            guard articles.count == 1 else {
                return .failure(.unsupported("the new text holds \(articles.count) articles where one replaces art. \(article.number)"))
            }
            let number = article.number
            article = articles[0]
            article.number = number
            article.status = .inForce
            return .success(())
        case .failure(let message):
            return .failure(.unreadable(message))
        }
    }

    /// `§ 1` → `1er` (the way paragraph numbers are written), other numbers unchanged.
    static func writtenParagraphNumber(_ text: String) -> String {
        let number = text.replacingOccurrences(of: "§", with: "").split(separator: ",").first.map { $0.trimmingSpaces } ?? ""
        return number == "1" ? "1er" : number
    }

    // MARK: Several articles ("les articles 5 à 7 sont abrogés")

    private mutating func applyToArticleRange(from first: String, through last: String, _ operation: Operation, at date: LegalDate,
                                              applied: AppliedEdit) -> Result<String, Failure> {
        guard operation.kind == .repeal else {
            return .failure(.unsupported("a range of articles can only be repealed here"))
        }
        let order = articleOrder()
        guard let start = order.firstIndex(of: first) else { return .failure(.notFound("art. \(first) does not exist in the act on \(date.iso)")) }
        guard let end = order.firstIndex(of: last), end >= start else { return .failure(.notFound("art. \(last) does not exist after art. \(first) on \(date.iso)")) }
        for key in order[start...end] {
            guard var article = current(key) else { continue }
            if article.status == .repealed { return .failure(.notFound("art. \(key) is already repealed on \(date.iso)")) }
            article.status = .repealed
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
        }
        return .success("art. \(first) to art. \(last)")
    }

    // MARK: Words

    private func changeWords(_ article: inout Article, at path: UnitPath, _ edit: Edit, _ operation: Operation) -> Result<Void, Failure> {
        let scopeName = ArticleUnits.describe(path, of: article)
        let units = path.sentence != nil || path.introduction ? [path] : ArticleUnits.textUnits(under: path, in: article)
        let noun = edit.target.wordsNoun ?? "mots"
        // "le point en fin de phrase est remplacé par un point-virgule"
        if let words = edit.target.words, noun.contains("point") && (noun.contains("final") || noun.contains("fin")),
           let replacement = operation.newWords {
            guard units.count >= 1 else { return .failure(.notFound("\(scopeName) has no words")) }
            let unit = path.sentence != nil || path.isTextUnit ? path : units[units.count - 1]
            var failure: Failure?
            Self.rewrite(&article, unit) { text in
                guard let changed = Words.replaceFinalMark(text, mark: words, with: replacement) else {
                    failure = Failure(status: .wordsNotFound("\(scopeName) does not end with « \(words) »"))
                    return text
                }
                return changed
            }
            return failure.map { .failure($0) } ?? .success(())
        }
        let appendsAtEnd: Bool
        switch operation.position {
        case .end?: appendsAtEnd = true
        case nil: appendsAtEnd = edit.target.words == nil
        default: appendsAtEnd = false
        }
        switch operation.kind {
        case .insert where appendsAtEnd:
            guard let new = operation.newWords else { return .failure(.unsupported("no words to add")) }
            guard path.isTextUnit || path.sentence != nil else {
                return .failure(.unsupported("words added at the end of \(scopeName), which is not one alinéa, point or sentence"))
            }
            Self.rewrite(&article, path) { Words.complete($0, with: new) }
            return .success(())
        default:
            break
        }
        // Every other form names words to find: A (replace, delete, before, after) or A and C (between).
        let anchor: String
        var second: String?
        switch operation.position {
        case .before(let a)?, .after(let a)?: anchor = a
        case .between(let a, let c)?:
            anchor = a
            second = c
        default:
            guard let words = edit.target.words else { return .failure(.unsupported("no words named")) }
            anchor = words
        }
        var counts: [(UnitPath, Int)] = []
        for unit in units {
            let text = Self.text(of: unit, in: article)
            let n = second.map { Words.gaps(between: anchor, and: $0, in: text).count } ?? Words.occurrences(of: anchor, in: text).count
            if n > 0 { counts.append((unit, n)) }
        }
        let total = counts.reduce(0) { $0 + $1.1 }
        let shown = second.map { "« \(anchor) » followed by « \($0) »" } ?? "« \(anchor) »"
        if total == 0 {
            return .failure(Failure(status: .wordsNotFound("words \(shown) not found in \(scopeName)")))
        }
        if total > 1, !operation.everyOccurrence {
            return .failure(Failure(status: .wordsFoundTimes("words \(shown) found \(total) times in \(scopeName); the instruction does not say « chaque fois »", total)))
        }
        for (unit, _) in counts {
            Self.rewrite(&article, unit) { text in
                switch (operation.kind, operation.position) {
                case (.replace, _):
                    return Words.replace(Words.occurrences(of: anchor, in: text), in: text, with: operation.newWords ?? "")
                case (.repeal, _):
                    return Words.delete(Words.occurrences(of: anchor, in: text), in: text)
                case (.insert, .after?):
                    return Words.occurrences(of: anchor, in: text).reversed().reduce(text) { t, range in
                        Words.insert(operation.newWords ?? "", after: range, in: t)
                    }
                case (.insert, .before?):
                    return Words.occurrences(of: anchor, in: text).reversed().reduce(text) { t, range in
                        Words.insert(operation.newWords ?? "", before: range, in: t)
                    }
                case (.insert, .between(_, let c)?):
                    return Words.gaps(between: anchor, and: c, in: text).reversed().reduce(text) { t, gap in
                        Words.insert(operation.newWords ?? "", inGap: gap, in: t)
                    }
                default:
                    return text
                }
            }
        }
        return .success(())
    }

    /// The words of a unit, or of one of its sentences.
    static func text(of path: UnitPath, in article: Article) -> String {
        let sentences = ArticleUnits.sentences(at: path, in: article)
        if let s = path.sentence { return sentences.indices.contains(s) ? sentences[s].text : "" }
        return sentences.map(\.text).joined(separator: " ")
    }

    /// Rewrites the words of a unit (or of one sentence) and splits them into sentences again.
    static func rewrite(_ article: inout Article, _ path: UnitPath, _ change: (String) -> String) {
        ArticleUnits.modifyUnit(&article, path) { unit in
            if let s = path.sentence, unit.sentences.indices.contains(s) {
                var texts = unit.sentences.map(\.text)
                texts[s] = change(texts[s])
                unit.sentences = Words.sentences(texts.filter { !$0.isEmpty }.joined(separator: " "))
            } else {
                unit.sentences = Words.sentences(change(unit.sentences.map(\.text).joined(separator: " ")))
            }
        }
    }

    // MARK: Units inside the article

    private func changeUnit(_ article: inout Article, at path: UnitPath, _ edit: Edit, _ operation: Operation) -> Result<Void, Failure> {
        let name = ArticleUnits.describe(path, of: article)
        let lastIndex = throughIndex(edit, path: path, in: article)
        if case .failure(let failure) = lastIndex { return .failure(failure) }
        let through = (try? lastIndex.get()) ?? nil
        if path.introduction, operation.kind != .replace {
            return .failure(.unsupported("\(operation.kind.rawValue) of \(name) is not applied yet"))
        }
        // A whole alinéa replaced, repealed or renumbered must be one alinéa.
        if let p = path.paragraph, let a = path.alinea, path.points.isEmpty, path.sentence == nil, !path.introduction,
           operation.kind == .replace || operation.kind == .repeal || operation.kind == .renumber {
            for index in a...max(a, through ?? a) where article.paragraphs[p].alineas.indices.contains(index) {
                guard let trace = ArticleUnits.lostLineBreak(in: article.paragraphs[p].alineas[index]) else { continue }
                var unit = path
                unit.alinea = index
                return .failure(.unsupported("\(ArticleUnits.describe(unit, of: article)) holds \(trace): the trace of a line break lost in the consolidated text, so it may be two alinéas; not applied"))
            }
        }
        switch operation.kind {
        case .repeal:
            if let s = path.sentence {
                ArticleUnits.modifyUnit(&article, path) { unit in
                    if unit.sentences.indices.contains(s) { unit.sentences.remove(at: s) }
                }
                return .success(())
            }
            return Self.setStatus(&article, path, through: through, .repealed, name: name)
        case .replace:
            if path.sentence != nil || path.introduction {
                let new = operation.newWords ?? operation.newText.joined(separator: " ")
                Self.rewrite(&article, path) { _ in new }
                return .success(())
            }
            return replaceUnits(&article, path, through: through, operation, name: name)
        case .insert:
            return insertUnits(&article, path, operation, name: name)
        case .renumber:
            return renumber(&article, path, operation, name: name)
        case .noop:
            return .success(())
        }
    }

    /// The index of the last unit of a range ("les alinéas 3 et 4"), at the path's level.
    private func throughIndex(_ edit: Edit, path: UnitPath, in article: Article) -> Result<Int?, Failure> {
        guard let through = edit.target.through else { return .success(nil) }
        var parts = Array(edit.target.parts.drop { if case .article = $0 { return false } else { return true } }.dropFirst())
        guard !parts.isEmpty else { return .success(nil) }
        parts[parts.count - 1] = through
        switch ArticleUnits.resolve(parts[...], in: article) {
        case .success(let last):
            if !path.points.isEmpty { return .success(last.points.last) }
            if path.alinea != nil { return .success(last.alinea) }
            return .success(last.paragraph)
        case .failure(let message):
            return .failure(.notFound(message))
        }
    }

    private static func setStatus(_ article: inout Article, _ path: UnitPath, through: Int?, _ status: UnitStatus, name: String) -> Result<Void, Failure> {
        if !path.points.isEmpty || path.alinea != nil {
            let first = path.points.last ?? path.alinea ?? 0
            for index in first...max(first, through ?? first) {
                var unit = path
                if path.points.isEmpty { unit.alinea = index } else { unit.points[unit.points.count - 1] = index }
                var alreadyRepealed = false
                ArticleUnits.modifyUnit(&article, unit) { content in
                    alreadyRepealed = content.status == .repealed
                    content.status = status
                }
                if alreadyRepealed { return .failure(.notFound("\(name) is already repealed")) }
            }
            return .success(())
        }
        guard let p = path.paragraph else { return .failure(.notFound("\(name) names no unit")) }
        for index in p...max(p, through ?? p) where article.paragraphs.indices.contains(index) {
            if article.paragraphs[index].status == .repealed { return .failure(.notFound("\(name) is already repealed")) }
            article.paragraphs[index].status = status
        }
        return .success(())
    }

    private func replaceUnits(_ article: inout Article, _ path: UnitPath, through: Int?, _ operation: Operation, name: String) -> Result<Void, Failure> {
        let parsed: Article
        switch NewText.units(operation.newText) {
        case .success(let units): parsed = units
        case .failure(let message): return .failure(.unreadable(message))
        }
        if !path.points.isEmpty {
            let points = parsed.alineas.flatMap(\.points)
            guard !points.isEmpty else { return .failure(Failure(status: .unreadable("the new text of \(name) holds no point"))) }
            Self.modifySiblings(&article, path) { siblings, index in
                siblings.replaceSubrange(index...max(index, through ?? index), with: points)
            }
            return .success(())
        }
        if let p = path.paragraph, let a = path.alinea {
            let alineas = parsed.alineas
            guard !alineas.isEmpty else { return .failure(Failure(status: .unreadable("the new text of \(name) holds no alinéa"))) }
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

    /// Runs `body` on the enumeration that holds the point at `path`, with its index.
    private static func modifySiblings(_ article: inout Article, _ path: UnitPath, _ body: (inout [Point], Int) -> Void) {
        guard let index = path.points.last else { return }
        var parent = path
        parent.points.removeLast()
        ArticleUnits.modifyUnit(&article, parent) { content in body(&content.points, index) }
    }

    private func insertUnits(_ article: inout Article, _ path: UnitPath, _ operation: Operation, name: String) -> Result<Void, Failure> {
        let unit = (operation.newUnit ?? "").lowercased()
        if unit.contains("alinéa") || unit.contains("alinea") {
            return insertAlineas(&article, path, operation, name: name)
        }
        if unit.hasPrefix("§") {
            return appendParagraphs(&article, operation)
        }
        // A point: `11°`, `2.1°`, `a)`.
        let parsed: Article
        switch NewText.units(operation.newText) {
        case .success(let units): parsed = units
        case .failure(let message): return .failure(.unreadable(message))
        }
        let points = parsed.alineas.flatMap(\.points)
        guard let first = points.first else { return .failure(Failure(status: .unreadable("the new text of \(operation.newUnit ?? "the point") holds no point"))) }
        // The enumeration it joins: the unit cited (an alinéa, or a point for its sub-points).
        var holder = path
        if holder.alinea == nil {
            let enumerations = Self.alineasWithPoints(article, paragraph: path.paragraph)
            guard enumerations.count == 1 else {
                return .failure(enumerations.isEmpty ? .notFound("\(name) has no enumeration to insert \(first.label.description) into")
                                                     : .notFound("\(name) has \(enumerations.count) enumerations; the instruction does not say which one \(first.label.description) joins"))
            }
            holder = enumerations[0]
        }
        var failure: Failure?
        ArticleUnits.modifyUnit(&article, holder) { content in
            let siblings = content.points
            if siblings.contains(where: { ArticleUnits.matches($0.label, first.label, in: siblings) && $0.status != .repealed }) {
                failure = .notFound("\(first.label.description) already exists in \(name)")
                return
            }
            switch operation.position {
            case .end?, nil:
                content.points.append(contentsOf: points)
            default:
                // Where its number places it: after the last point numbered before it.
                let index = Self.insertionIndex(for: first.label, in: siblings)
                content.points.insert(contentsOf: points, at: index)
            }
        }
        return failure.map { .failure($0) } ?? .success(())
    }

    /// The alinéas that introduce an enumeration, in the paragraph or the whole article.
    private static func alineasWithPoints(_ article: Article, paragraph: Int?) -> [UnitPath] {
        let paragraphs = paragraph.map { [$0] } ?? Array(article.paragraphs.indices)
        var found: [UnitPath] = []
        for p in paragraphs {
            for (a, alinea) in article.paragraphs[p].alineas.enumerated() where !alinea.points.isEmpty {
                found.append(UnitPath(paragraph: p, alinea: a))
            }
        }
        return found
    }

    /// The place of a new point among its siblings by its number (`8.1°` after `8°`, `2/1°` after `2°`).
    static func insertionIndex(for label: PointLabel, in siblings: [Point]) -> Int {
        guard let key = ArticleNumber.orderKey(label.value) else { return siblings.count }
        var index = siblings.count
        for (i, sibling) in siblings.enumerated().reversed() {
            guard let other = ArticleNumber.orderKey(sibling.label.value) else { continue }
            if other.precedes(key) { index = i + 1; break }
            index = i
        }
        return index
    }

    private func insertAlineas(_ article: inout Article, _ path: UnitPath, _ operation: Operation, name: String) -> Result<Void, Failure> {
        switch operation.position {
        case .end?, nil:
            return appendAlineas(&article, paragraph: path.paragraph, operation)
        case .betweenUnits(_, let b)?, .beforeUnit(let b)?:
            return insertAlineas(&article, paragraph: path.paragraph, before: b, operation, name: name)
        case .afterUnit(let a)?:
            guard let n = Self.alineaNumber(a) else { return .failure(.unsupported("cannot place an alinéa after '\(a)'")) }
            return insertAlineas(&article, paragraph: path.paragraph, before: "al. \(n + 1)", operation, name: name, allowEnd: true)
        default:
            return .failure(.unsupported("inserting an alinéa \(operation.position?.name ?? "") is not applied yet"))
        }
    }

    private func insertAlineas(_ article: inout Article, paragraph: Int?, before anchor: String, _ operation: Operation, name: String,
                               allowEnd: Bool = false) -> Result<Void, Failure> {
        guard let n = Self.alineaNumber(anchor) else { return .failure(.unsupported("cannot place an alinéa before '\(anchor)'")) }
        if paragraph == nil, article.hasParagraphs {
            return .failure(.notFound("\(name) has paragraphs; the instruction places the alinéa without naming its §"))
        }
        let p = paragraph ?? 0
        guard article.paragraphs.indices.contains(p) else { return .failure(.notFound("\(name) has no text")) }
        let count = article.paragraphs[p].alineas.count
        guard n >= 1, n <= count || (allowEnd && n == count + 1) else {
            return .failure(.notFound("alinéa \(n) does not exist in \(name) (it has \(count))"))
        }
        switch NewText.units(operation.newText) {
        case .success(let parsed):
            article.paragraphs[p].alineas.insert(contentsOf: parsed.alineas, at: n - 1)
            return .success(())
        case .failure(let message):
            return .failure(.unreadable(message))
        }
    }

    static func alineaNumber(_ anchor: String) -> Int? {
        let digits = anchor.filter(\.isNumber)
        return Int(digits)
    }

    private func appendAlineas(_ article: inout Article, paragraph: Int?, _ operation: Operation) -> Result<Void, Failure> {
        switch NewText.units(operation.newText) {
        case .success(let parsed):
            let p = paragraph ?? max(0, article.paragraphs.count - 1)
            if article.paragraphs.isEmpty { article.paragraphs = [Paragraph(number: nil)] }
            // "complété par un alinéa 3": the number the instruction gives must be the one it takes.
            if let unit = operation.newUnit, let said = Self.alineaNumber(unit) {
                let next = article.paragraphs[p].alineas.count + 1
                if said != next {
                    let holder = article.hasParagraphs ? "§ \(article.paragraphs[p].number ?? "") of art. \(article.number)" : "art. \(ArticleNumber.normalized(article.number))"
                    return .failure(.notFound("the new alinéa would be alinéa \(next) of \(holder), not alinéa \(said) as the instruction says"))
                }
            }
            article.paragraphs[p].alineas.append(contentsOf: parsed.alineas)
            return .success(())
        case .failure(let message):
            return .failure(.unreadable(message))
        }
    }

    private func appendParagraphs(_ article: inout Article, _ operation: Operation) -> Result<Void, Failure> {
        switch NewText.units(operation.newText) {
        case .success(let parsed):
            guard parsed.hasParagraphs else { return .failure(Failure(status: .unreadable("the new text holds no numbered §"))) }
            if !article.hasParagraphs, !article.paragraphs.isEmpty {
                return .failure(.notFound("art. \(article.number) has no paragraphs to add a § to"))
            }
            for paragraph in parsed.paragraphs {
                if article.paragraphs.contains(where: { $0.number.map(OrdinalNumber.normalized) == paragraph.number.map(OrdinalNumber.normalized) }) {
                    return .failure(.notFound("§ \(paragraph.number ?? "") already exists in art. \(article.number)"))
                }
            }
            article.paragraphs.append(contentsOf: parsed.paragraphs)
            return .success(())
        case .failure(let message):
            return .failure(.unreadable(message))
        }
    }

    /// "l'alinéa 5 devient le § 2, alinéa 1er": the article is divided into paragraphs
    /// at that alinéa (the alinéas before it stay in the paragraph before).
    private func renumber(_ article: inout Article, _ path: UnitPath, _ operation: Operation, name: String) -> Result<Void, Failure> {
        guard let target = operation.renumberedAs, target.hasPrefix("§"), let p = path.paragraph, let a = path.alinea, path.points.isEmpty else {
            return .failure(.unsupported("renumbering \(name) as '\(operation.renumberedAs ?? "?")' is not applied yet"))
        }
        let number = Self.writtenParagraphNumber(target)
        if a == 0 {
            article.paragraphs[p].number = number
            return .success(())
        }
        let moving = Array(article.paragraphs[p].alineas[a...])
        article.paragraphs[p].alineas.removeSubrange(a...)
        article.paragraphs.insert(Paragraph(number: number, alineas: moving), at: p + 1)
        if article.paragraphs[p].number == nil {
            return .failure(.notFound("\(name) becomes § \(number) but the alinéas before it belong to no §"))
        }
        return .success(())
    }
}
