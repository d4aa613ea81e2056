import ChronolexAmendments
import ChronolexModel

/// Edits aimed at the act as a whole, its title or its divisions: words replaced
/// "chaque fois" in the whole act, articles and divisions inserted, headings replaced.
extension TimelineBuilder {
    mutating func applyToAct(_ edit: Edit, _ operation: Operation, parts: ArraySlice<TargetPart>, at date: LegalDate,
                             applied: AppliedEdit) -> Result<String, Failure> {
        if let k = parts.firstIndex(where: { if case .annex = $0 { return true } else { return false } }), case .annex(let number) = parts[k] {
            // "le 4° de l'annexe": Justel prints an annex as one pseudo-article (`Art. N1.`) under
            // its heading; a unit or words inside it are that article's.
            let below = parts[(k + 1)...]
            guard !below.isEmpty || edit.target.words != nil || operation.newWords != nil,
                  !below.contains(where: { if case .title = $0 { return true } else { return false } }) else {
                return .failure(.unsupported("annexes are not consolidated yet, except units and words inside an annex printed as one article"))
            }
            let article: String
            switch annexArticle(number, at: date) {
            case .success(let found): article = found
            case .failure(let failure): return .failure(failure)
            }
            var inside = edit
            inside.target.parts = [.article(article)] + below
            return applyInArticle(inside, operation, parts: inside.target.parts[...], at: date, applied: applied)
        }
        if let named = parts.first(where: { if case .namedDivision = $0 { return true } else { return false } }) {
            return .failure(.unsupported("the act's divisions hold no \(named.description.split(separator: " ").first ?? "") (the reader has no such kind of division): \(edit.target.description ?? "") cannot be placed"))
        }
        let divisions: [(DivisionKind, String)] = parts.compactMap { if case .division(let kind, let number) = $0 { return (kind, number) } else { return nil } }
        let namesTitle = parts.contains { if case .title = $0 { return true } else { return false } }
        let unit = (operation.newUnit ?? "").lowercased()
        if namesTitle {
            return divisions.isEmpty ? replaceTitle(operation, at: date, applied: applied)
                                     : replaceDivisionHeading(divisions, operation, at: date, applied: applied)
        }
        if operation.kind == .insert, unit.hasPrefix("article") {
            return insertArticles(operation, in: divisions, at: date, applied: applied)
        }
        if operation.kind == .insert, let kind = unit.split(separator: " ").first.flatMap({ DivisionKind.named(String($0)) }) {
            return insertDivision(kind, operation, in: divisions, at: date, applied: applied)
        }
        if divisions.isEmpty, edit.target.words != nil, operation.kind == .replace || operation.kind == .repeal {
            return replaceWordsEverywhere(edit, operation, at: date, applied: applied)
        }
        return .failure(.unsupported("\(operation.kind.rawValue) of \(edit.target.description ?? "the act") is not applied yet"))
    }

    // MARK: Title and headings

    private mutating func replaceTitle(_ operation: Operation, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        let current = titles.last?.title ?? ""
        let new: String
        switch operation.kind {
        case .replace where !operation.newText.isEmpty:
            new = operation.newText.joined(separator: " ")
        default:
            return .failure(.unsupported("\(operation.kind.rawValue) of the title with words is not applied yet (title: « \(current) »)"))
        }
        if let last = titles.last, last.validFrom >= date {
            titles[titles.count - 1].title = new
        } else {
            titles.append(TitleVersion(validFrom: date, title: new, source: applied))
        }
        return .success("intitulé")
    }

    private mutating func replaceDivisionHeading(_ path: [(DivisionKind, String)], _ operation: Operation, at date: LegalDate,
                                                 applied: AppliedEdit) -> Result<String, Failure> {
        guard operation.kind == .replace, let text = operation.newText.first else {
            return .failure(.unsupported("\(operation.kind.rawValue) of a division heading is not applied yet"))
        }
        var body = structures.last?.body ?? []
        var heading = text
        if case .success(let parsed) = NewText.division(operation.newText) { heading = parsed.division.heading }
        let found = Self.modifyDivision(&body, path: path[...]) { division, _ in division.heading = heading }
        guard found else { return .failure(.notFound("\(Self.describe(path)) does not exist in the act on \(date.iso)")) }
        commitStructure(body, at: date, by: applied, divisions: [Self.citations(path).joined(separator: ", ")])
        return .success(Self.describe(path))
    }

    // MARK: Articles inserted

    private mutating func insertArticles(_ operation: Operation, in path: [(DivisionKind, String)], at date: LegalDate,
                                         applied: AppliedEdit) -> Result<String, Failure> {
        let announced = (operation.newUnit ?? "").split(separator: " ").dropFirst().first.map(String.init) ?? "0"
        let articles: [Article]
        switch NewText.articles(operation.newText, number: announced) {
        case .success(let parsed): articles = parsed
        case .failure(let reason): return .failure(.unreadable(reason))
        }
        var body = structures.last?.body ?? []
        var names: [String] = []
        for article in articles {
            let key = ArticleNumber.normalized(article.number)
            if let existing = current(key), structures.last?.articles.contains(key) == true {
                guard existing.status == .repealed, operation.reestablishes else {
                    return .failure(.notFound("art. \(key) already exists in the act on \(date.iso)"))
                }
                // "est rétabli dans la rédaction suivante": the repealed article's place is kept.
                commit(key, article, at: date, by: applied)
                names.append("art. \(key)")
                continue
            }
            let placeholder = BodyElement.article(Article(number: article.number))
            if path.isEmpty {
                Self.insertByNumber(placeholder, number: article.number, into: &body)
            } else {
                let found = Self.modifyDivision(&body, path: path[...]) { division, _ in
                    let index = Self.positionByNumber(article.number, in: division.children)
                    division.children.insert(placeholder, at: index)
                }
                guard found else { return .failure(.notFound("\(Self.describe(path)) does not exist in the act on \(date.iso)")) }
            }
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
            names.append("art. \(key)")
        }
        commitStructure(body, at: date, by: applied)
        return .success(names.joined(separator: ", "))
    }

    /// Inserts an article after the last article numbered before it, wherever that stands
    /// (`4/1` after `4`, `155.1` after `155`); at the end when none is.
    static func insertByNumber(_ element: BodyElement, number: String, into body: inout [BodyElement]) {
        guard let key = ArticleNumber.orderKey(number) else { body.append(element); return }
        // The path (indices) of the last article whose number precedes the new one.
        var best: [Int]?
        var stack: [([Int], [BodyElement])] = [([], body)]
        while let (prefix, elements) = stack.popLast() {
            for (i, child) in elements.enumerated() {
                switch child {
                case .article(let article):
                    if let other = ArticleNumber.orderKey(article.number), other.precedes(key) {
                        if best == nil || (prefix + [i]).lexicographicallyPrecedes(best ?? []) == false { best = prefix + [i] }
                    }
                case .division(let division):
                    stack.append((prefix + [i], division.children))
                }
            }
        }
        guard let path = best else { body.insert(element, at: 0); return }
        insert(element, after: path[...], in: &body)
    }

    private static func insert(_ element: BodyElement, after path: ArraySlice<Int>, in body: inout [BodyElement]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            body.insert(element, at: first + 1)
            return
        }
        guard case .division(var division) = body[first] else { return }
        insert(element, after: path.dropFirst(), in: &division.children)
        body[first] = .division(division)
    }

    /// The index at which an article goes among a division's children, by its number.
    static func positionByNumber(_ number: String, in children: [BodyElement]) -> Int {
        guard let key = ArticleNumber.orderKey(number) else { return children.count }
        var index = 0
        for (i, child) in children.enumerated() {
            if case .article(let article) = child, let other = ArticleNumber.orderKey(article.number), other.precedes(key) { index = i + 1 }
        }
        return children.isEmpty ? 0 : max(index, children.firstIndex { if case .article = $0 { return true } else { return false } } ?? children.count)
    }

    // MARK: Divisions inserted

    private mutating func insertDivision(_ kind: DivisionKind, _ operation: Operation, in path: [(DivisionKind, String)],
                                         at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        var division: Division
        var newArticles: [Article] = []
        switch NewText.division(operation.newText) {
        case .success(let parsed):
            division = parsed.division
            newArticles = parsed.articles
        case .failure(let reason):
            // "intitulé : « Disposition générale »": the heading alone; the number is the instruction's.
            let words = (operation.newUnit ?? "").split(separator: " ")
            guard operation.newText.count == 1, words.count == 2, !operation.newText[0].isEmpty else { return .failure(.unreadable(reason)) }
            division = Division(kind: kind, word: kind.frenchName, number: String(words[1]), heading: operation.newText[0].trimmingSpaces)
        }
        if division.kind != kind {
            return .failure(.unreadable("the new heading '\(division.headingLine)' is not the \(kind.frenchName.lowercased()) the instruction announces"))
        }
        division.children = []
        // ", comportant les articles 1/1 à 21,": the articles it holds move into it.
        let holds = Self.heldArticles(applied.edit.notes)
        var body = structures.last?.body ?? []
        var failure: Failure?
        func place(_ children: inout [BodyElement]) {
            var index = Self.divisionPosition(division, in: children)
            if let holds {
                let moving = children.indices.filter { i in
                    if case .article(let article) = children[i] { return holds(article.number) } else { return false }
                }
                if let first = moving.first {
                    guard moving.last.map({ $0 - first + 1 }) == moving.count else {
                        failure = .notFound("the articles the new \(kind.frenchName.lowercased()) holds are not next to each other")
                        return
                    }
                    division.children = moving.map { children[$0] }
                    children.removeSubrange(first...(moving.last ?? first))
                    index = first
                }
            }
            for article in newArticles { division.children.append(.article(Article(number: article.number))) }
            children.insert(.division(division), at: index)
        }
        if path.isEmpty {
            place(&body)
        } else {
            let found = Self.modifyDivision(&body, path: path[...]) { parent, _ in place(&parent.children) }
            guard found else { return .failure(.notFound("\(Self.describe(path)) does not exist in the act on \(date.iso)")) }
        }
        if let failure { return .failure(failure) }
        for article in newArticles {
            let key = ArticleNumber.normalized(article.number)
            if structures.last?.articles.contains(key) == true { return .failure(.notFound("art. \(key) already exists in the act on \(date.iso)")) }
            commit(key, article, at: date, by: applied)
        }
        commitStructure(body, at: date, by: applied, divisions: [(Self.citations(path) + [division.citation]).joined(separator: ", ")])
        return .success(division.citation)
    }

    /// Which articles a new division holds, from its instruction's "comportant l'article 22"
    /// or "comportant les articles 1/1 à 21" (a range by number), or `nil`.
    static func heldArticles(_ notes: [String]) -> ((String) -> Bool)? {
        guard let note = notes.first(where: { $0.hasPrefix("comportant ") }) else { return nil }
        let words = note.split(separator: " ").map(String.init).filter { !["comportant", "l'article", "les", "articles", "l’article"].contains($0) }
        // `1/1 à 21`: a range by number; `1er`, `3 et 4`: those articles.
        if words.count == 3, words[1] == "à", let low = ArticleNumber.orderKey(words[0]), let high = ArticleNumber.orderKey(words[2]) {
            return { number in
                guard let key = ArticleNumber.orderKey(number) else { return false }
                return !key.precedes(low) && !high.precedes(key)
            }
        }
        let numbers = Set(words.filter { $0 != "et" }.map { ArticleNumber.normalized($0.trimmingCharacters(in: ",")) })
        return numbers.isEmpty ? nil : { numbers.contains(ArticleNumber.normalized($0)) }
    }

    /// After the last division of the same kind numbered before it (`section 2.1` after `section 2`).
    static func divisionPosition(_ division: Division, in children: [BodyElement]) -> Int {
        let key = ArticleNumber.orderKey(OrdinalNumber.normalized(division.number))
        var index = children.count
        for (i, child) in children.enumerated() {
            guard case .division(let other) = child, other.kind == division.kind else { continue }
            if let key, let otherKey = ArticleNumber.orderKey(OrdinalNumber.normalized(other.number)), otherKey.precedes(key) {
                index = i + 1
            }
        }
        return index
    }

    /// Finds the division at `path` (`titre 4`, `chapitre 1er`, or just `section 2.1`
    /// anywhere) and runs `body` on it. Returns false when there is none.
    static func modifyDivision(_ body: inout [BodyElement], path: ArraySlice<(DivisionKind, String)>,
                               _ change: (inout Division, Int) -> Void) -> Bool {
        guard let (kind, number) = path.first else { return false }
        let wanted = OrdinalNumber.normalized(number)
        for i in body.indices {
            guard case .division(var division) = body[i] else { continue }
            if division.kind == kind, OrdinalNumber.normalized(division.number).lowercased() == wanted.lowercased() {
                if path.count == 1 {
                    change(&division, i)
                    body[i] = .division(division)
                    return true
                }
                if modifyDivision(&division.children, path: path.dropFirst(), change) {
                    body[i] = .division(division)
                    return true
                }
            } else if modifyDivision(&division.children, path: path, change) {
                // The citation may skip the divisions above ("dans la section 2.1").
                body[i] = .division(division)
                return true
            }
        }
        return false
    }

    /// The divisions of a path as the model cites them: `Chapitre 3`, `Section 2.1`.
    static func citations(_ path: [(DivisionKind, String)]) -> [String] {
        path.map { Division(kind: $0.0, number: $0.1, heading: "").citation }
    }

    static func describe(_ path: [(DivisionKind, String)]) -> String {
        path.map { "\($0.0.frenchName.lowercased()) \($0.1)" }.joined(separator: ", ")
    }

    // MARK: Words in the whole act

    /// "Dans le même arrêté, le mot « A » est chaque fois remplacé par le mot « B »".
    private mutating func replaceWordsEverywhere(_ edit: Edit, _ operation: Operation, at date: LegalDate,
                                                 applied: AppliedEdit) -> Result<String, Failure> {
        guard let words = edit.target.words else { return .failure(.unsupported("no words named")) }
        var changed: [(String, Article)] = []
        var total = 0
        for key in articleOrder() {
            guard var article = current(key), article.status != .repealed else { continue }
            var found = 0
            for unit in ArticleUnits.textUnits(under: UnitPath(), in: article) {
                let n = Words.occurrences(of: words, in: Self.text(of: unit, in: article)).count
                guard n > 0 else { continue }
                found += n
                Self.rewrite(&article, unit) { text in
                    let ranges = Words.occurrences(of: words, in: text)
                    return operation.kind == .repeal ? Words.delete(ranges, in: text) : Words.replace(ranges, in: text, with: operation.newWords ?? "")
                }
            }
            if found > 0 {
                total += found
                changed.append((key, article))
            }
        }
        if total == 0 { return .failure(Failure(status: .wordsNotFound("words « \(words) » not found in the act"))) }
        if total > 1, !operation.everyOccurrence {
            return .failure(Failure(status: .wordsFoundTimes("words « \(words) » found \(total) times in the act; the instruction does not say « chaque fois »", total)))
        }
        for (key, article) in changed {
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
        }
        return .success("the act (\(total) times, in \(changed.count) articles)")
    }

    // MARK: Annexes

    /// The number of the one article that holds the text of the annex cited (`annexe` when
    /// the act has one, `annexe 2` by its number), or why there is none.
    private func annexArticle(_ number: String, at date: LegalDate) -> Result<String, Failure> {
        var annexes: [Division] = []
        var stack = structures.last?.body ?? []
        while let element = stack.popLast() {
            guard case .division(let division) = element else { continue }
            if division.kind == .annexe { annexes.append(division) }
            stack.append(contentsOf: division.children)
        }
        let name = number.isEmpty ? "annexe" : "annexe \(number)"
        let known = annexes.map { $0.number.isEmpty ? "annexe" : "annexe \($0.number)" }.joined(separator: ", ")
        let matching = number.isEmpty ? annexes : annexes.filter { OrdinalNumber.normalized($0.number) == OrdinalNumber.normalized(number) }
        guard matching.count == 1, let annex = matching.first else {
            if matching.isEmpty {
                return .failure(.notFound("\(name) does not exist in the act on \(date.iso)" + (known.isEmpty ? "" : " (its annexes: \(known))")))
            }
            return .failure(.notFound("the act has \(matching.count) annexes (\(known)); the instruction does not say which"))
        }
        let articles = annex.children.compactMap { element -> String? in
            if case .article(let article) = element { return ArticleNumber.normalized(article.number) }
            return nil
        }
        guard articles.count == 1, annex.children.count == 1 else {
            return .failure(.unsupported("\(name) is printed as \(articles.count) articles, not one: its units cannot be told apart"))
        }
        return .success(articles[0])
    }
}
