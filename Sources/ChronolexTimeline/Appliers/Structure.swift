import ChronolexAmendments
import ChronolexModel

/// The act's structure — divisions, and where articles stand among them — as the appliers
/// that insert articles and divisions, or rename divisions, read and change it.
extension TimelineBuilder {
    /// The divisions a target names, from the largest (`titre 4`, `chapitre 1er`).
    static func divisions(of target: UnitReference) -> [(DivisionKind, String)] {
        target.steps.compactMap { if case .division(let kind, let number) = $0 { return (kind, number) } else { return nil } }
    }

    /// Inserts an article after the last article numbered before it, wherever that stands
    /// (`4/1` after `4`, `155.1` after `155`); first when none is.
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
        // « Titre V » between « Titre IV » and « Titre VI »: roman numerals are ordered by
        // their value (they once had no order, and the new division went last, silently).
        // Before the first one numbered after it when none is numbered before it (« Titre
        // Ier » before « Titre II »).
        guard let key = DivisionNumber.orderKey(division.number) else { return children.count }
        var after: Int?
        var firstFollowing: Int?
        for (i, child) in children.enumerated() {
            guard case .division(let other) = child, other.kind == division.kind, let otherKey = DivisionNumber.orderKey(other.number) else { continue }
            if otherKey.precedes(key) {
                after = i + 1
            } else if firstFollowing == nil {
                firstFollowing = i
            }
        }
        return after ?? firstFollowing ?? children.count
    }

    /// Finds the division at `path` (`titre 4`, `chapitre 1er`, or just `section 2.1`
    /// anywhere) and runs `change` on it. Returns false when there is none. A division in
    /// force is taken before a repealed one of the same number (Justel's « CHAPITRE I. – …
    /// <Abrogé par …> » beside the new chapitre I); callers first ask ``ambiguity(of:in:on:)``
    /// whether the citation names one division only.
    static func modifyDivision(_ body: inout [BodyElement], path: ArraySlice<(DivisionKind, String)>,
                               _ change: (inout Division, Int) -> Void) -> Bool {
        // First among the divisions in force only (look 34: « la section 1re » found a
        // repealed one inside a chapter in force before the one in force elsewhere), then all.
        modifyDivision(&body, path: path, inForceOnly: true, change) || modifyDivision(&body, path: path, inForceOnly: false, change)
    }

    private static func modifyDivision(_ body: inout [BodyElement], path: ArraySlice<(DivisionKind, String)>, inForceOnly: Bool,
                                       _ change: (inout Division, Int) -> Void) -> Bool {
        guard let (kind, number) = path.first else { return false }
        let wanted = OrdinalNumber.normalized(number)
        func repealed(_ element: BodyElement) -> Bool { if case .division(let d) = element { d.status == .repealed } else { false } }
        for i in body.indices.filter({ !repealed(body[$0]) }) + (inForceOnly ? [] : body.indices.filter({ repealed(body[$0]) })) {
            guard case .division(var division) = body[i] else { continue }
            if division.kind == kind, DivisionNumber.same(division.number, wanted) {
                if path.count == 1 {
                    change(&division, i)
                    body[i] = .division(division)
                    return true
                }
                if modifyDivision(&division.children, path: path.dropFirst(), inForceOnly: inForceOnly, change) {
                    body[i] = .division(division)
                    return true
                }
            } else if modifyDivision(&division.children, path: path, inForceOnly: inForceOnly, change) {
                // The citation may skip the divisions above ("dans la section 2.1").
                body[i] = .division(division)
                return true
            }
        }
        return false
    }

    /// Why a citation of divisions cannot be applied: it skips the divisions above (« la
    /// section 1re ») and more than one division in force answers it (chapters 2 and 3 each
    /// have a section 1re; look 33: the first was taken, without a word). `nil` when one
    /// division answers, or none (the caller says « does not exist »).
    static func ambiguity(of path: [(DivisionKind, String)], in body: [BodyElement], on date: LegalDate) -> Failure? {
        guard !path.isEmpty else { return nil }
        let places = divisionPlaces(path[...], in: body, holders: [])
        guard places.count > 1 else { return nil }
        return .notFound("\(describe(path)) stands in several places in the act on \(date.iso) (\(places.map { $0.joined(separator: ", ") }.joined(separator: "; "))): the instruction does not say which")
    }

    /// Every division in force (`repealedToo`: or repealed) that answers `path`, as the
    /// citations from the act's top.
    private static func divisionPlaces(_ path: ArraySlice<(DivisionKind, String)>, in body: [BodyElement], holders: [String],
                                       repealedToo: Bool = false) -> [[String]] {
        guard let (kind, number) = path.first else { return [] }
        let wanted = OrdinalNumber.normalized(number)
        var places: [[String]] = []
        for case .division(let division) in body where repealedToo || division.status != .repealed {
            let here = holders + [division.citation]
            if division.kind == kind, DivisionNumber.same(division.number, wanted) {
                if path.count == 1 { places.append(here) } else { places += divisionPlaces(path.dropFirst(), in: division.children, holders: here, repealedToo: repealedToo) }
            } else {
                places += divisionPlaces(path, in: division.children, holders: here, repealedToo: repealedToo)
            }
        }
        return places
    }

    /// The whole citation of the division `path` names in `body`, as `diff` addresses it
    /// (« le chapitre 3 » → `Titre 2, Chapitre 3`; look 33: a division inside another was
    /// shown changed with no act); the path's own citations when it is not found once.
    static func placedCitation(of path: [(DivisionKind, String)], in body: [BodyElement]) -> String {
        var places = divisionPlaces(path[...], in: body, holders: [])
        if places.count != 1 { places = divisionPlaces(path[...], in: body, holders: [], repealedToo: true) }
        return places.count == 1 ? places[0].joined(separator: ", ") : citations(path).joined(separator: ", ")
    }

    /// The divisions of a path as the model cites them: `Chapitre 3`, `Section 2.1`.
    static func citations(_ path: [(DivisionKind, String)]) -> [String] {
        path.map { Division(kind: $0.0, number: $0.1, heading: "").citation }
    }

    static func describe(_ path: [(DivisionKind, String)]) -> String {
        path.map { "\($0.0.frenchName.lowercased()) \($0.1)" }.joined(separator: ", ")
    }

    /// "le 4° de l'annexe": Justel prints an annex as one pseudo-article (`Art. N1.`) under
    /// its heading; a unit or words inside it are that article's. The target moved inside
    /// that article, `nil` when the target names no annex, or why it cannot be.
    func annexArticle(_ edit: Edit, at date: LegalDate) -> Result<UnitReference?, Failure> {
        let steps = edit.target.steps
        guard let k = steps.firstIndex(where: { if case .annex = $0 { return true } else { return false } }), case .annex(let number) = steps[k] else {
            return .success(nil)
        }
        let below = steps[(k + 1)...]
        // Units inserted in the annex itself ("il est inséré un 24.1°") are the article's too.
        var insertsUnits = false
        if case .insertUnits(let unit, _, _)? = edit.change {
            switch unit.kind {
            case .point, .dash, .alinea, .paragraph: insertsUnits = true
            default: break
            }
        }
        guard !below.isEmpty || insertsUnits || edit.change?.words != nil || edit.change?.newWords != nil, !below.contains(.heading) else {
            return .failure(.unsupported("annexes are not consolidated yet, except units and words inside an annex printed as one article"))
        }
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
        return .success(UnitReference([.article(articles[0])] + Array(below), through: edit.target.through))
    }
}
