import ChronolexAmendments
import ChronolexModel

/// Applies "il est inséré …" and "… est complété par …": new articles and divisions in the
/// act's structure; new paragraphs, alinéas and points inside an article, where the
/// instruction places them (a unit named, the end, or their number).
extension TimelineBuilder {
    mutating func insertUnits(_ unit: NewUnit, _ fragment: Fragment, at position: UnitPosition?, _ edit: Edit, on date: LegalDate,
                              applied: AppliedEdit) -> Result<String, Failure> {
        // « après le tableau relatif au titre " … " »: the table and its title are words of the
        // target's alinéas, not located yet — said, never guessed.
        if case .afterTable(let title)? = position {
            return .failure(.unsupported("inserting \(unit) after the table titled « \(title) » is not applied yet: Chronolex does not locate a table by its title"))
        }
        guard let below = edit.target.belowArticle else {
            switch unit.kind {
            case .article: return insertArticles(fragment, in: Self.divisions(of: edit.target), placed: position, at: date, applied: applied)
            case .division(let kind): return insertDivision(kind, unit, fragment, in: Self.divisions(of: edit.target), placed: position, at: date, applied: applied)
            case .annex:
                // « après l'annexe 1re, une annexe 1/1 » among others: Justel numbers annexes
                // N1, N2… in order, and one between two is not placed yet — said (look 28: it
                // went last, without a word). After the last one, or none named: at the end.
                if let position, !position.anchors.isEmpty {
                    let annexes = Self.annexNumbers(in: structures.last?.body ?? [])
                    let last = annexes.last
                    let afterTheLast: Bool = if case .after(let a) = position, case .annex(let n)? = a.steps.last, let last { DivisionNumber.same(n, last) || n.isEmpty && annexes.count == 1 } else { false }
                    if !afterTheLast {
                        return .failure(.unsupported("inserting an annex \(Self.describe(position)) is not applied yet: a new annex is placed after the last one only"))
                    }
                }
                return insertAnnex(fragment, in: Self.divisions(of: edit.target), at: date, applied: applied)
            default: return .failure(notAppliedOutsideArticles(edit))
            }
        }
        if below.isEmpty {
            return changeArticle(edit, at: date, applied: applied) { article in
                let address = "art. \(ArticleNumber.normalized(article.number))"
                return Self.insert(unit, fragment, at: position, into: &article, holder: UnitPath(), name: address).map { address }
            }
        }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            Self.insert(unit, fragment, at: position, into: &article, holder: path, name: name)
        }
    }

    /// New units inside an article, under the unit at `holder` (the article itself when empty).
    static func insert(_ unit: NewUnit, _ fragment: Fragment, at position: UnitPosition?, into article: inout Article,
                       holder: UnitPath, name: String) -> Result<Void, Failure> {
        guard let parsed = fragment.units else { return .failure(.unreadable("the instruction gives no new text")) }
        switch unit.kind {
        case .alinea: return insertAlineas(parsed.alineas, unit, at: position, into: &article, paragraph: holder.paragraph, name: name)
        case .paragraph: return insertParagraphs(parsed, at: position, into: &article)
        case .point, .dash:
            if let failure = wordsOutsidePoints(parsed, of: unit.description) { return .failure(failure) }
            return insertPoints(parsed.alineas.flatMap(\.points), unit, at: position, into: &article, holder: holder, name: name)
        case .article, .division, .annex, .sentence, .entry:
            return .failure(.unsupported("inserting '\(unit)' at the level of \(holder.paragraph == nil ? "an article" : name) is not applied yet"))
        }
    }

    // MARK: Alinéas

    private static func insertAlineas(_ alineas: [Alinea], _ unit: NewUnit, at position: UnitPosition?, into article: inout Article,
                                      paragraph: Int?, name: String) -> Result<Void, Failure> {
        guard !alineas.isEmpty else { return .failure(Failure(status: .unreadable("the new text of \(name) holds no alinéa"))) }
        let place: (paragraph: Int, index: Int)
        switch position {
        case .end?, .afterTable?, nil:
            if article.paragraphs.isEmpty { article.paragraphs = [Paragraph(number: nil)] }
            let p = paragraph ?? max(0, article.paragraphs.count - 1)
            let next = article.paragraphs[p].alineas.count + 1
            // "complété par un alinéa 3": the number the instruction gives must be the one it takes.
            if let said = unit.number.flatMap({ Int($0) }), said != next {
                let holder = article.hasParagraphs ? "§ \(OrdinalNumber.normalized(article.paragraphs[p].number ?? "")) of art. \(ArticleNumber.normalized(article.number))" : "art. \(ArticleNumber.normalized(article.number))"
                return .failure(.notFound("the new alinéa would be alinéa \(next) of \(holder), not alinéa \(said) as the instruction says"))
            }
            place = (p, next - 1)
        case .byNumber?:
            guard let said = unit.number.flatMap({ Int($0) }) else { return .failure(.unsupported("inserting an alinéa by-number is not applied yet")) }
            if paragraph == nil, article.hasParagraphs {
                return .failure(.notFound("\(name) has paragraphs; the instruction places the alinéa without naming its §"))
            }
            let p = paragraph ?? 0
            guard article.paragraphs.indices.contains(p) else { return .failure(.notFound("\(name) has no text")) }
            let count = article.paragraphs[p].alineas.count
            guard said >= 1, said <= count + 1 else {
                return .failure(.notFound("the new alinéa \(said) cannot be placed in \(name): it has \(count) alinéas"))
            }
            place = (p, said - 1)
        case .before(let anchor)?, .between(_, let anchor)?:
            switch anchorAlinea(anchor, in: article, name: name) {
            case .success(let found): place = found
            case .failure(let failure): return .failure(failure)
            }
        case .after(let anchor)?:
            switch anchorAlinea(anchor, in: article, name: name) {
            case .success(let found): place = (found.paragraph, found.index + 1)
            case .failure(let failure): return .failure(failure)
            }
        }
        article.paragraphs[place.paragraph].alineas.insert(contentsOf: alineas, at: place.index)
        return .success(())
    }

    /// The alinéa a position names ("après l'alinéa 1er du § 2"), in the article.
    private static func anchorAlinea(_ anchor: UnitReference, in article: Article, name: String) -> Result<(paragraph: Int, index: Int), Failure> {
        if !anchor.steps.contains(where: { if case .paragraph = $0 { return true } else { return false } }), article.hasParagraphs {
            return .failure(.notFound("\(name) has paragraphs; the instruction places the alinéa without naming its §"))
        }
        switch ArticleUnits.resolve(anchor.belowArticle ?? [], in: article) {
        case .success(let path):
            guard let p = path.paragraph, let a = path.alinea, path.points.isEmpty else {
                return .failure(.unsupported("cannot place an alinéa next to \(anchor.description)"))
            }
            return .success((p, a))
        case .failure(let reason):
            return .failure(.notFound(reason))
        }
    }

    // MARK: Paragraphs

    private static func insertParagraphs(_ parsed: Article, at position: UnitPosition?, into article: inout Article) -> Result<Void, Failure> {
        guard parsed.hasParagraphs else { return .failure(Failure(status: .unreadable("the new text holds no numbered §"))) }
        if !article.hasParagraphs, !article.paragraphs.isEmpty {
            return .failure(.notFound("art. \(article.number) has no paragraphs to add a § to"))
        }
        for paragraph in parsed.paragraphs {
            if let same = article.paragraphs.first(where: { $0.number.map(OrdinalNumber.normalized) == paragraph.number.map(OrdinalNumber.normalized) }) {
                return .failure(.notFound("§ \(paragraph.number ?? "") already exists in art. \(article.number)"
                    + (same.status == .repealed ? ", repealed: an insertion under the number of a repealed § is not applied (« est rétabli » re-establishes it)" : "")))
            }
        }
        var index = article.paragraphs.count
        switch position {
        case .end?, .afterTable?, nil:
            break
        case .byNumber?:
            // After the last § numbered before the first new one.
            if let key = parsed.paragraphs.first?.number.flatMap({ ArticleNumber.orderKey(OrdinalNumber.normalized($0)) }) {
                index = 0
                for (i, paragraph) in article.paragraphs.enumerated() {
                    if let other = paragraph.number.flatMap({ ArticleNumber.orderKey(OrdinalNumber.normalized($0)) }), other.precedes(key) { index = i + 1 }
                }
            }
        case .before(let anchor)?, .between(_, let anchor)?, .after(let anchor)?:
            switch ArticleUnits.resolve(anchor.belowArticle ?? [], in: article) {
            case .success(let path):
                guard let p = path.paragraph, path.alinea == nil else {
                    return .failure(.unsupported("cannot place a § next to \(anchor.description)"))
                }
                if case .after = position { index = p + 1 } else { index = p }
            case .failure(let reason):
                return .failure(.notFound(reason))
            }
        }
        article.paragraphs.insert(contentsOf: parsed.paragraphs, at: index)
        return .success(())
    }

    // MARK: Points

    private static func insertPoints(_ points: [Point], _ unit: NewUnit, at position: UnitPosition?, into article: inout Article,
                                     holder path: UnitPath, name: String) -> Result<Void, Failure> {
        guard let first = points.first else { return .failure(Failure(status: .unreadable("the new text of \(unit) holds no point"))) }
        var holder = path
        var index: Int?
        switch position {
        case .before(let anchor)?, .between(_, let anchor)?, .after(let anchor)?:
            switch ArticleUnits.resolve(anchor.belowArticle ?? [], in: article) {
            case .success(let found):
                guard let last = found.points.last else { return .failure(.unsupported("cannot place \(unit) next to \(anchor.description)")) }
                holder = found
                holder.points.removeLast()
                if case .after = position { index = last + 1 } else { index = last }
            case .failure(let reason):
                return .failure(.notFound(reason))
            }
        default:
            // The enumeration it joins: the unit cited (an alinéa, or a point for its sub-points).
            if holder.alinea == nil {
                let enumerations = alineasWithPoints(article, paragraph: path.paragraph)
                guard enumerations.count == 1 else {
                    return .failure(enumerations.isEmpty ? .notFound("\(name) has no enumeration to insert \(first.label.description) into")
                                                         : .notFound("\(name) has \(enumerations.count) enumerations; the instruction does not say which one \(first.label.description) joins"))
                }
                holder = enumerations[0]
            }
        }
        var failure: Failure?
        // "un septième tiret": dashes have no numbers of their own, only places.
        if unit.kind == .dash, let said = unit.number.flatMap({ Int($0) }) {
            ArticleUnits.modifyUnit(&article, holder) { content in
                let dashes = content.points.count
                guard said >= 1, said <= dashes + 1, content.points.allSatisfy({ $0.label.kind == .dash }) else {
                    failure = .notFound("the new dash \(said) cannot be placed in \(name): it has \(dashes) dashes")
                    return
                }
                content.points.insert(contentsOf: points, at: said - 1)
                // A dash's value is its place, as a reader counts it.
                for k in content.points.indices { content.points[k].label.value = String(k + 1) }
            }
            return failure.map { .failure($0) } ?? .success(())
        }
        // A dash placed by its neighbours ("entre le 2ème et le 3ème tiret"): dashes have
        // no numbers, so none can already exist; their values are their places again after.
        let placedDash = first.label.kind == .dash
        ArticleUnits.modifyUnit(&article, holder) { content in
            let siblings = content.points
            if !placedDash, let same = siblings.first(where: { ArticleUnits.matches($0.label, first.label, in: siblings) }) {
                // A repealed point keeps its number (« 2° (...) »): a new one inserted under that
                // number made two points 2° (look 23). Whether it takes the repealed one's place
                // is what « est rétabli » says, not « est inséré »: not applied, said.
                failure = .notFound(same.status == .repealed
                    ? "\(first.label.description) already exists in \(name), repealed: an insertion under the number of a repealed point is not applied (« est rétabli » re-establishes it)"
                    : "\(first.label.description) already exists in \(name)")
                return
            }
            defer {
                if placedDash, failure == nil, content.points.allSatisfy({ $0.label.kind == .dash }) {
                    for k in content.points.indices { content.points[k].label.value = String(k + 1) }
                }
            }
            switch position {
            case .end?, .afterTable?, nil:
                content.points.append(contentsOf: points)
            case .byNumber?:
                // Where its number places it: after the last point numbered before it.
                guard let index = insertionIndex(for: first.label, in: siblings) else {
                    // (Hand check 18: « un 2°/1 » went after the 4°, without a word.)
                    failure = .unsupported("where \(first.label) goes among the points of \(name) is not certain: its number, or theirs, has no order Chronolex reads; not applied")
                    return
                }
                content.points.insert(contentsOf: points, at: index)
            case .before?, .between?, .after?:
                content.points.insert(contentsOf: points, at: min(index ?? siblings.count, siblings.count))
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
    /// The order of a point's label: its number, a letter's place in the alphabet (« c) » is
    /// 3), a roman numeral's value, then what follows (« 2°/1 », « a/1) », « 3°bis ») — the
    /// sign between the number and the slash no part of it. `nil` when it has none (a label
    /// once went to the end of the list, without a word: hand check 18).
    static func pointOrder(_ label: PointLabel) -> ArticleNumber.OrderKey? {
        var value = label.value.replacingOccurrences(of: "°", with: "").replacingOccurrences(of: ")", with: "")
        switch label.kind {
        case .letter:
            guard let first = value.unicodeScalars.first, first.value >= 0x61, first.value <= 0x7A else { return nil }
            value = String(first.value - 0x60) + String(value.unicodeScalars.dropFirst())
        case .roman:
            let numeral = value.prefix { "ivxlc".contains($0) }
            guard let n = DivisionNumber.value(String(numeral).uppercased()) else { return nil }
            value = String(n) + value.dropFirst(numeral.count)
        case .degree, .number, .dash:
            break
        }
        return ArticleNumber.orderKey(value)
    }

    static func insertionIndex(for label: PointLabel, in siblings: [Point]) -> Int? {
        guard let key = pointOrder(label) else { return nil }
        var index = siblings.count
        for (i, sibling) in siblings.enumerated().reversed() {
            guard let other = pointOrder(sibling.label) else { return nil }
            if other.precedes(key) { index = i + 1; break }
            index = i
        }
        return index
    }

    // MARK: Articles and divisions

    /// New articles where their numbers place them, in the division named (or anywhere).
    private mutating func insertArticles(_ fragment: Fragment, in path: [(DivisionKind, String)], placed position: UnitPosition? = nil,
                                         at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard !fragment.blocks.isEmpty else { return .failure(.unreadable("the instruction gives no new text")) }
        let articles = fragment.articles
        guard !articles.isEmpty else { return .failure(.unreadable("the new text holds no article")) }
        var body = structures.last?.body ?? []
        var names: [String] = []
        // « il est inséré, après l'article 5, un article 5/1 »: where the instruction puts it
        // (legistique: a new article goes where the instruction puts it, else after the
        // article whose number it extends) — after a 5bis too (look 28: placed after it by
        // number, then refused).
        if let position, let anchored = Self.divisionAnchor(position) {
            // « après le chapitre 2, il est inséré un article 7/1 »: beside that division,
            // outside it (look 29: placed by its number, the place unread).
            let side = anchored.after ? "after" : "before"
            let placeholders = articles.map { BodyElement.article(Article(number: $0.number)) }
            for article in articles {
                let key = ArticleNumber.normalized(article.number)
                if current(key) != nil, structures.last?.articles.contains(key) == true {
                    return .failure(articleExists(key, on: date))
                }
                names.append("art. \(key)")
            }
            var placed = false
            var following: Division?
            func place(_ children: inout [BodyElement]) {
                guard let i = Self.divisionIndex(anchored.division, in: children) else {
                    for k in children.indices {
                        guard !placed, case .division(var division) = children[k] else { continue }
                        place(&division.children)
                        if placed { children[k] = .division(division) }
                    }
                    return
                }
                let at = anchored.after ? i + 1 : i
                children.insert(contentsOf: placeholders, at: at)
                placed = true
                following = children[(at + placeholders.count)...].lazy.compactMap { if case .division(let d) = $0 { return d } else { return nil } }.first
            }
            // The anchor's divisions may repeat the target's (« Dans le chapitre 2, … après la
            // section 1re »: chapitre 2, section 1).
            let repeats = anchored.division.count >= path.count
                && zip(path, anchored.division).allSatisfy { $0.0 == $1.0 && DivisionNumber.same($0.1, $1.1) }
            let within = (repeats ? [] : path) + anchored.division.dropLast()
            if within.isEmpty {
                place(&body)
            } else {
                if let ambiguous = Self.ambiguity(of: Array(within), in: body, on: date) { return .failure(ambiguous) }
                _ = Self.modifyDivision(&body, path: within[...]) { division, _ in place(&division.children) }
            }
            let named = Self.describe(within + [anchored.division.last].compactMap { $0 })
            guard placed else {
                return .failure(.notFound("the instruction puts \(names.joined(separator: ", ")) \(side) \(named), which does not exist in the act on \(date.iso)"))
            }
            // « entre les chapitres 2 et 3 »: the second must follow the first.
            if let next = anchored.next, !(following.map { $0.kind == next.0 && DivisionNumber.same($0.number, next.1) } ?? false) {
                return .failure(.notFound("the instruction puts \(names.joined(separator: ", ")) between \(named) and \(Self.describe([next])), which do not follow each other in the act on \(date.iso)"))
            }
            let keys = articles.map { ArticleNumber.normalized($0.number) }
            if let first = keys.first, let last = keys.last, Self.outOfOrder(first, through: last, in: BodyElement.articleNumbers(in: body)) {
                notes.append("art. \(first) placed where the instruction puts it, \(side) \(named), though its number does not follow from its neighbours'")
            }
        } else if let position, let anchored = Self.anchor(position) {
            var previous: String?
            if let ambiguous = Self.ambiguity(of: path, in: body, on: date) { return .failure(ambiguous) }
            for article in articles {
                let key = ArticleNumber.normalized(article.number)
                if current(key) != nil, structures.last?.articles.contains(key) == true {
                    return .failure(articleExists(key, on: date))
                }
                let placeholder = BodyElement.article(Article(number: article.number))
                let placed = previous.map { Self.insert(placeholder, beside: $0, after: true, in: &body) }
                    ?? Self.insert(placeholder, beside: anchored.article, after: anchored.after, inside: path, in: &body)
                guard placed else {
                    // « Dans le chapitre 2, …, après l'article 9 »: art. 9 must be in that chapter.
                    if previous == nil, !path.isEmpty, BodyElement.articleNumbers(in: body).contains(anchored.article) {
                        return .failure(.notFound("the instruction puts art. \(key) \(anchored.after ? "after" : "before") art. \(anchored.article) in \(Self.describe(path)), but art. \(anchored.article) is not in \(Self.describe(path)) in the act on \(date.iso): not applied"))
                    }
                    return .failure(.notFound("the instruction puts art. \(key) \(anchored.after ? "after" : "before") art. \(anchored.article), which does not exist in the act on \(date.iso)"))
                }
                names.append("art. \(key)")
                previous = key
            }
            let keys = articles.map { ArticleNumber.normalized($0.number) }
            let order = BodyElement.articleNumbers(in: body)
            if case .between(_, let second) = position, let last = keys.last, let end = order.firstIndex(of: last),
               let next = second.article.map(ArticleNumber.normalized), order.indices.contains(end + 1) ? order[end + 1] != next : true {
                return .failure(.notFound("the instruction puts art. \(keys[0]) between art. \(anchored.article) and art. \(next), which do not follow each other in the act on \(date.iso)"))
            }
            // A number out of the order of its neighbours, not one that extends the article it
            // follows (« 3/1 » after art. 4): applied where the instruction puts it, said.
            if let first = keys.first, let last = keys.last, Self.outOfOrder(first, through: last, in: order) {
                notes.append("art. \(first) placed where the instruction puts it, \(anchored.after ? "after" : "before") art. \(anchored.article), though its number does not follow from its neighbours'")
            }
        } else {
        for article in articles {
            let key = ArticleNumber.normalized(article.number)
            if current(key) != nil, structures.last?.articles.contains(key) == true {
                return .failure(articleExists(key, on: date))
            }
            let placeholder = BodyElement.article(Article(number: article.number))
            if ArticleNumber.orderKey(article.number) == nil {
                // Where a number Chronolex cannot order goes is said, never guessed silently.
                notes.append("art. \(key): its number has no order Chronolex can vouch for; placed at the end of \(path.isEmpty ? "the act" : Self.describe(path))")
            }
            if path.isEmpty {
                Self.insertByNumber(placeholder, number: article.number, into: &body)
            } else {
                if let ambiguous = Self.ambiguity(of: path, in: body, on: date) { return .failure(ambiguous) }
                var repealedHolder = false
                let found = Self.modifyDivision(&body, path: path[...]) { division, _ in
                    // « Dans le chapitre 3, il est inséré un article 8/1 » after the chapter was
                    // repealed: the place the instruction names no longer exists (look 33: put
                    // into the repealed chapter, unsaid).
                    guard division.status != .repealed else { repealedHolder = true; return }
                    let index = Self.positionByNumber(article.number, in: division.children)
                    division.children.insert(placeholder, at: index)
                }
                guard found else { return .failure(.notFound("\(Self.describe(path)) does not exist in the act on \(date.iso)")) }
                if repealedHolder { return .failure(.notFound("\(Self.describe(path)) is repealed on \(date.iso): art. \(key) cannot be inserted in it")) }
            }
            names.append("art. \(key)")
        }
        // « Dans le chapitre 1er, il est inséré un article 6/1 »: in that chapter, where the
        // instruction puts it, said when its number does not follow from its neighbours' in the
        // act (look 29: printed before art. 5 without a word).
        if !path.isEmpty {
            let order = BodyElement.articleNumbers(in: body)
            let late = articles.map { ArticleNumber.normalized($0.number) }.filter { Self.outOfOrder($0, through: $0, in: order) }
            if !late.isEmpty {
                notes.append(late.map { "art. \($0)" }.joined(separator: ", ") + " placed in \(Self.describe(path)), where the instruction puts it, though its number does not follow from its neighbours'")
            }
        }
        }
        for article in articles {
            let key = ArticleNumber.normalized(article.number)
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
        }
        commitStructure(body, at: date, by: applied)
        return .success(names.joined(separator: ", "))
    }

    /// Nil when a new division placed at `index` of `children` stands where `position` puts
    /// it: after (before) the division it names, a sibling; after (before) the article it
    /// names, the last (first) article before (after) that place. The failure otherwise.
    static func checkPlace(of division: Division, at index: Int, among children: [BodyElement], _ position: UnitPosition, takesIn: Bool = false) -> Failure? {
        func check(_ anchor: UnitReference, after: Bool) -> Failure? {
            guard let step = anchor.steps.last else { return nil }
            let side = after ? "after" : "before"
            let neighbours = after ? Array(children[..<index].reversed()) : Array(children[index...])
            switch step {
            case .division(let kind, let number) where anchor.steps.count == 1 || anchor.steps.allSatisfy(\.isDivision):
                let sibling = neighbours.lazy.compactMap { element -> Division? in if case .division(let d) = element, d.kind == kind { return d } else { return nil } }.first
                guard let sibling, DivisionNumber.same(sibling.number, number) else {
                    let stands = sibling.map { "\(side) \($0.citation)" } ?? (after ? "first" : "last")
                    return .notFound("the instruction puts \(division.citation) \(side) \(UnitStep.division(kind, number).description), but its number places it \(stands) among them: not applied")
                }
                return nil
            case .article(let number) where Self.anchorArticle(anchor) != nil:
                let wanted = ArticleNumber.normalized(number)
                // Before an article: the first the new division holds (« comportant les articles
                // 1er et 2 », look 28), else the first after it.
                let own = takesIn ? Self.firstArticle(.division(division)) : nil
                let found = after ? neighbours.lazy.compactMap(Self.lastArticle).first : own ?? neighbours.lazy.compactMap(Self.firstArticle).first
                guard found == wanted else {
                    let stands = found.map { "\(side) art. \($0)" } ?? (after ? "before every article" : "after every article")
                    return .notFound("the instruction puts \(division.citation) \(side) art. \(wanted), but its number places it \(stands): not applied")
                }
                return nil
            default:
                return nil
            }
        }
        switch position {
        case .after(let anchor): return check(anchor, after: true)
        case .before(let anchor): return check(anchor, after: false)
        case .between(let a, let b): return check(a, after: true) ?? check(b, after: false)
        case .end, .byNumber, .afterTable: return nil
        }
    }

    /// The numbers of the act's annexes (its divisions « Annexe »), in order.
    static func annexNumbers(in body: [BodyElement]) -> [String] {
        var numbers: [String] = []
        func walk(_ elements: [BodyElement]) {
            for case .division(let division) in elements {
                if division.kind == .annexe { numbers.append(division.number) }
                walk(division.children)
            }
        }
        walk(body)
        return numbers
    }

    /// « after annexe 1 », « before annexe 2 », « between annexe 1 and annexe 2 ».
    static func describe(_ position: UnitPosition) -> String {
        switch position {
        case .after(let a): "after \(a.description)"
        case .before(let b): "before \(b.description)"
        case .between(let a, let b): "between \(a.description) and \(b.description)"
        case .end: "at the end"
        case .byNumber: "by its number"
        case .afterTable(let title): "after the table « \(title) »"
        }
    }

    /// The index beside what a position names among `children`: a division of `kind` (after
    /// it, or before it), or an article that ends (starts) one of them; `nil` when it names
    /// none there.
    static func siblingIndex(_ position: UnitPosition, _ kind: DivisionKind, in children: [BodyElement]) -> Int? {
        let (reference, after): (UnitReference, Bool)
        switch position {
        case .after(let a), .between(let a, _): (reference, after) = (a, true)
        case .before(let b): (reference, after) = (b, false)
        case .end, .byNumber, .afterTable: return nil
        }
        switch reference.steps.last {
        case .division(let named, let number)? where named == kind:
            guard let i = children.firstIndex(where: { if case .division(let d) = $0 { return d.kind == kind && DivisionNumber.same(d.number, number) } else { return false } }) else { return nil }
            return after ? i + 1 : i
        case .article? where anchorArticle(reference) != nil:
            // The element of this level that ends (starts) with that article.
            guard let wanted = anchorArticle(reference) else { return nil }
            if after { return children.firstIndex { lastArticle($0) == wanted }.map { $0 + 1 } }
            return children.firstIndex { firstArticle($0) == wanted }
        default:
            return nil
        }
    }

    /// The index of the division among `children` that holds the article numbered `number`
    /// and is larger than a division of `kind` (a chapter, for a new section); `nil` when
    /// the article stands among `children` itself, or in a division of `kind`'s rank or
    /// smaller, or nowhere there.
    static func largerHolder(of number: String, than kind: DivisionKind, in children: [BodyElement]) -> Int? {
        children.firstIndex { element in
            guard case .division(let division) = element, division.kind != .other, division.kind.rank < kind.rank else { return false }
            return BodyElement.articleNumbers(in: division.children).contains(number)
        }
    }

    /// The number of the last (first) article of an element of the act's body, in the act's order.
    static func lastArticle(_ element: BodyElement) -> String? {
        switch element {
        case .article(let article): ArticleNumber.normalized(article.number)
        case .division(let division): division.children.reversed().lazy.compactMap(lastArticle).first
        }
    }

    static func firstArticle(_ element: BodyElement) -> String? {
        switch element {
        case .article(let article): ArticleNumber.normalized(article.number)
        case .division(let division): division.children.lazy.compactMap(firstArticle).first
        }
    }

    /// The article a position names (« après l'article 5 », « avant l'article 6 », « entre les
    /// articles 5 et 6 »: after the first) and on which side; `nil` for a position that names
    /// no single article.
    static func anchor(_ position: UnitPosition) -> (article: String, after: Bool)? {
        let (reference, after): (UnitReference, Bool)
        switch position {
        case .after(let a), .between(let a, _): (reference, after) = (a, true)
        case .before(let b): (reference, after) = (b, false)
        case .end, .byNumber, .afterTable: return nil
        }
        guard let number = Self.anchorArticle(reference) else { return nil }
        return (number, after)
    }

    /// The article a reference names alone, or inside the divisions named before it (« Dans
    /// le chapitre 2, … entre les articles 5bis et 6 »: chapitre 2, art. 5bis), normalized;
    /// `nil` for anything else (look 28: with its chapter, the article was no anchor, and the
    /// new article went by its number, outside the section that holds art. 6, without a word).
    static func anchorArticle(_ reference: UnitReference) -> String? {
        guard case .article(let number)? = reference.steps.last, reference.steps.dropLast().allSatisfy(\.isDivision) else { return nil }
        return ArticleNumber.normalized(number)
    }

    /// Inserts `element` right after (before) the article numbered `number` in the division
    /// that holds it; false when the act has no such article.
    static func insert(_ element: BodyElement, beside number: String, after: Bool, in body: inout [BodyElement]) -> Bool {
        for i in body.indices {
            switch body[i] {
            case .article(let article) where ArticleNumber.normalized(article.number) == number:
                body.insert(element, at: after ? i + 1 : i)
                return true
            case .division(var division):
                if insert(element, beside: number, after: after, in: &division.children) {
                    body[i] = .division(division)
                    return true
                }
            default:
                continue
            }
        }
        return false
    }

    /// « il est inséré un article 8 » where art. 8 stands: an error; where it stands
    /// repealed, the error says that « est rétabli » re-establishes it (look 33: « already
    /// exists » alone, for an article the text prints « (Abrogé) »).
    func articleExists(_ key: String, on date: LegalDate) -> Failure {
        guard current(key)?.status == .repealed else { return .notFound("art. \(key) already exists in the act on \(date.iso)") }
        return .notFound("art. \(key) already exists in the act on \(date.iso), repealed: an insertion under the number of a repealed article is not applied (« est rétabli » re-establishes it)")
    }

    /// ``insert(_:beside:after:in:)`` inside the division at `path` (anywhere when empty):
    /// false when there is no such division, or no such article inside it.
    static func insert(_ element: BodyElement, beside number: String, after: Bool, inside path: [(DivisionKind, String)],
                       in body: inout [BodyElement]) -> Bool {
        guard !path.isEmpty else { return insert(element, beside: number, after: after, in: &body) }
        var placed = false
        _ = modifyDivision(&body, path: path[...]) { division, _ in placed = insert(element, beside: number, after: after, in: &division.children) }
        return placed
    }

    /// True when the articles `first` through `last`, at their place in `order` (the act's
    /// articles), are numbered out of the order of the article before or after them — not a
    /// number that extends the article it follows (« 4/1 » after « 4bis »), nor « 5/1 »
    /// before a « 5bis » (both extend art. 5, in no order the guide gives).
    static func outOfOrder(_ first: String, through last: String, in order: [String]) -> Bool {
        guard let start = order.firstIndex(of: first), let end = order.firstIndex(of: last) else { return false }
        let before = start > 0 ? order[start - 1] : nil, after = end + 1 < order.count ? order[end + 1] : nil
        // Two numbers that extend one article in two ways (« 5/1 » beside a « 5bis »): no
        // order between them. In one way (« 5/2 » before a « 5/1 », look 29), an order.
        let slashed = { (number: String, base: String) in number.dropFirst(base.count).first == "/" }
        let siblings = before.map { base in
            extends(last, base) && after.map { extends($0, base) && slashed(last, base) != slashed($0, base) } == true
        } ?? false
        let early = before.map { ArticleNumber.isOutOfOrder(first, after: $0) && !extends(first, $0) } ?? false
        let late = after.map { ArticleNumber.isOutOfOrder($0, after: last) && !siblings } ?? false
        return early || late
    }

    /// True when a division placed at `index` of `children` is numbered out of the order of
    /// the divisions of its kind there (before it, one numbered after it, or the reverse);
    /// false for a number Chronolex cannot order, and for the first of its kind (look 29: a
    /// « section 1re » opening a chapter without sections was said out of order).
    static func outOfOrder(_ division: Division, at index: Int, in children: [BodyElement]) -> Bool {
        guard let key = DivisionNumber.orderKey(division.number) else { return false }
        for (i, child) in children.enumerated() {
            guard case .division(let other) = child, other.kind == division.kind, let otherKey = DivisionNumber.orderKey(other.number) else { continue }
            if i < index ? !otherKey.precedes(key) : !key.precedes(otherKey) { return true }
        }
        return false
    }

    /// The divisions a position names alone (« après le chapitre 2 », « avant la section 1re
    /// du chapitre 3 », « entre les chapitres 2 et 3 »: after the first, the second to follow
    /// it) and on which side; `nil` for a position that names anything else.
    static func divisionAnchor(_ position: UnitPosition) -> (division: [(DivisionKind, String)], after: Bool, next: (DivisionKind, String)?)? {
        let (reference, after, second): (UnitReference, Bool, UnitReference?)
        switch position {
        case .after(let a): (reference, after, second) = (a, true, nil)
        case .between(let a, let b): (reference, after, second) = (a, true, b)
        case .before(let b): (reference, after, second) = (b, false, nil)
        case .end, .byNumber, .afterTable: return nil
        }
        let path = divisions(of: reference)
        guard !path.isEmpty, path.count == reference.steps.count else { return nil }
        let next = second.flatMap { divisions(of: $0).last }
        if second != nil, next == nil { return nil }
        return (path, after, next)
    }

    /// The index among `children` of the division a path's last step names.
    static func divisionIndex(_ path: [(DivisionKind, String)], in children: [BodyElement]) -> Int? {
        guard let (kind, number) = path.last else { return nil }
        return children.firstIndex { if case .division(let d) = $0 { return d.kind == kind && DivisionNumber.same(d.number, number) } else { return false } }
    }

    /// True when `number` extends `base` (`5/1`, `5bis` extend `5`).
    static func extends(_ number: String, _ base: String) -> Bool {
        number.count > base.count && number.hasPrefix(base) && !(number.dropFirst(base.count).first?.isNumber ?? true)
    }

    /// A new division (with the articles its new text holds, or those its instruction says
    /// it comprises), after the last division of its kind numbered before it.
    /// "il est inséré une annexe rédigée comme suit : « Annexe : FORMULAIRE … »": a new
    /// annex after the others, printed as Justel prints annexes — a division `Annexe.`
    /// holding one article `N<k>` (k: the annexes before it, plus one) whose text is the
    /// annex's, its heading line included.
    private mutating func insertAnnex(_ fragment: Fragment, in path: [(DivisionKind, String)], at date: LegalDate,
                                      applied: AppliedEdit) -> Result<String, Failure> {
        guard path.isEmpty else { return .failure(.unsupported("an annex inserted inside \(Self.describe(path)) is not applied yet")) }
        guard case .units(var article) = fragment.content, !article.paragraphs.isEmpty else {
            return .failure(.unreadable("the new annex has no text"))
        }
        var body = structures.last?.body ?? []
        var annexes = 0
        var stack = body
        while let element = stack.popLast() {
            guard case .division(let division) = element else { continue }
            if division.kind == .annexe { annexes += division.children.filter { if case .article = $0 { return true } else { return false } }.count }
            stack.append(contentsOf: division.children)
        }
        article.number = "N\(annexes + 1)"
        let key = ArticleNumber.normalized(article.number)
        if structures.last?.articles.contains(key) == true { return .failure(articleExists(key, on: date)) }
        let division = Division(kind: .annexe, word: "Annexe", number: "", heading: "", children: [.article(Article(number: article.number))])
        body.append(.division(division))
        commit(key, article, at: date, by: applied)
        commitStructure(body, at: date, by: applied, divisions: [division.citation])
        return .success("annexe (art. \(key))")
    }

    private mutating func insertDivision(_ kind: DivisionKind, _ unit: NewUnit, _ fragment: Fragment, in path: [(DivisionKind, String)],
                                         placed position: UnitPosition? = nil, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        var division: Division
        var newArticles: [Article] = []
        switch fragment.content {
        case .division(let parsed, let articles):
            division = parsed
            newArticles = articles
        case .words(let heading):
            // "intitulée : « Disposition générale »": the heading alone; the number is the instruction's.
            guard let number = unit.number else { return .failure(.unreadable("'\(heading)' is not a division heading")) }
            division = Division(kind: kind, word: kind.frenchName, number: number, heading: heading)
        default:
            return .failure(.unreadable(fragment.blocks.isEmpty ? "the instruction gives no heading" : "'\(fragment.blocks[0])' is not a division heading"))
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
            // « il est inséré un chapitre 3 » where a chapitre 3 in force stands at that place:
            // an error, as for an article (look 33: two chapters 3, a later change of « chapitre
            // 3 » made to the new one without a word). Beside a repealed one, as Justel's Code
            // pénal has its new chapitre I beside the old, it is placed.
            let number = OrdinalNumber.normalized(division.number)
            if children.contains(where: {
                if case .division(let other) = $0 { other.kind == kind && other.status != .repealed && DivisionNumber.same(other.number, number) } else { false }
            }) {
                failure = .notFound("\(division.citation.lowercased()) already exists in \(path.isEmpty ? "the act" : Self.describe(path)) on \(date.iso)")
                return
            }
            var index = Self.divisionPosition(division, in: children)
            // Where the instruction puts it, beside a division or an article of this level
            // (legistique: a new unit goes where the instruction puts it; look 28: « chapitre
            // II/1 », a number Chronolex cannot order, and a chapter « entre les articles 2 et 3
            // » of an act without chapters went last, then were refused).
            if let position, holds == nil, let beside = Self.siblingIndex(position, kind, in: children) {
                if Self.outOfOrder(division, at: beside, in: children) {
                    notes.append("\(division.citation) placed where the instruction puts it, \(Self.describe(position)), though its number does not follow from its neighbours'")
                }
                index = beside
            } else if DivisionNumber.orderKey(division.number) == nil,
               children.contains(where: { if case .division(let other) = $0 { return other.kind == kind } else { return false } }) {
                notes.append("\(division.citation): its number has no order Chronolex can vouch for; placed after the other \(kind.frenchName.lowercased())s of its place")
            }
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
            // « il est inséré, après le chapitre 5, un chapitre 4/1 »: where its number places
            // it must be where the instruction puts it (look 27: placed by number, unsaid).
            if let position, let wrong = Self.checkPlace(of: division, at: index, among: children, position, takesIn: holds != nil) {
                failure = wrong
                return
            }
            children.insert(.division(division), at: index)
        }
        // « Après l'article 6, il est inséré une section 3 » where art. 6 ends a section inside a
        // chapter: the new section goes after that section, inside its chapter — in the
        // innermost division larger than itself that holds the article (look 28: placed beside
        // the chapter, between two chapters).
        let anchor = position.flatMap(Self.anchor)?.article
        func placeInside(_ children: inout [BodyElement]) {
            if let anchor, let i = Self.largerHolder(of: anchor, than: kind, in: children), case .division(var holder) = children[i] {
                placeInside(&holder.children)
                children[i] = .division(holder)
            } else {
                place(&children)
            }
        }
        if path.isEmpty {
            placeInside(&body)
        } else {
            if let ambiguous = Self.ambiguity(of: path, in: body, on: date) { return .failure(ambiguous) }
            let found = Self.modifyDivision(&body, path: path[...]) { parent, _ in placeInside(&parent.children) }
            guard found else { return .failure(.notFound("\(Self.describe(path)) does not exist in the act on \(date.iso)")) }
        }
        if let failure { return .failure(failure) }
        // « un chapitre 3/1, comportant les articles 8/1 à 8/3, rédigé comme suit » whose text
        // holds arts. 8/1 and 8/2 only: an error, as for a repeal (look 33: applied unsaid).
        // A heading alone (« intitulé « Contrôle » ») announces articles other instructions
        // bring: nothing to check here.
        if !newArticles.isEmpty, let claimed = Self.claimedArticles(applied.edit.notes) {
            let held = division.children.compactMap { if case .article(let a) = $0 { ArticleNumber.normalized(a.number) } else { nil } }
            if Self.articles(claimed, in: held) != Set(held) {
                let listed = claimed.map { part -> String in
                    switch part {
                    case .one(let key): "art. \(key)"
                    case .range(let first, let last): "art. \(first) to \(last)"
                    }
                }
                return .failure(.notFound("the instruction says the new \(division.citation.lowercased()) holds \(listed.joined(separator: ", ")); its text holds \(held.map { "art. \($0)" }.joined(separator: ", ")): not applied"))
            }
        }
        // « un chapitre 3 » whose new text holds art. 9/1, after art. 10: said (look 29).
        if let first = newArticles.first.map({ ArticleNumber.normalized($0.number) }), let last = newArticles.last.map({ ArticleNumber.normalized($0.number) }),
           Self.outOfOrder(first, through: last, in: BodyElement.articleNumbers(in: body)) {
            notes.append("art. \(first) placed in \(division.citation), where the instruction puts it, though its number does not follow from its neighbours'")
        }
        for article in newArticles {
            let key = ArticleNumber.normalized(article.number)
            if structures.last?.articles.contains(key) == true { return .failure(articleExists(key, on: date)) }
            commit(key, article, at: date, by: applied)
        }
        commitStructure(body, at: date, by: applied, divisions: [Self.placedCitation(of: path + [(division.kind, division.number)], in: body)])
        return .success(division.citation)
    }
}
