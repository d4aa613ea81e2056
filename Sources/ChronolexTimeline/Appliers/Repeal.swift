import ChronolexAmendments
import ChronolexModel

/// Applies "… est abrogé": the unit (or each unit of the range) stays in its place,
/// repealed; nothing is renumbered.
extension TimelineBuilder {
    mutating func repeal(_ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        if edit.target.article == nil, case .division? = edit.target.steps.last, !edit.target.steps.contains(where: { if case .annex = $0 { return true } else { return false } }) {
            return repealDivision(Self.divisions(of: edit.target), claimed: Self.claimedArticles(edit.notes), at: date, applied: applied)
        }
        guard let below = edit.target.belowArticle, let first = edit.target.article else { return .failure(notAppliedOutsideArticles(edit)) }
        if below.isEmpty {
            if case .article(let last)? = edit.target.through {
                return repealArticles(from: ArticleNumber.normalized(first), through: ArticleNumber.normalized(last), at: date, applied: applied)
            }
            return changeArticle(edit, at: date, applied: applied) { article in
                Self.repealArticle(&article)
                return .success("art. \(ArticleNumber.normalized(article.number))")
            }
        }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            let through: Int?
            switch Self.wholeUnits(edit, path, in: article, name: name, change: "repeal") {
            case .success(let index): through = index
            case .failure(let failure): return .failure(failure)
            }
            if let s = path.sentence {
                ArticleUnits.modifyUnit(&article, path) { unit in
                    if unit.sentences.indices.contains(s) { unit.sentences.remove(at: s) }
                }
                return .success(())
            }
            return Self.setStatus(&article, path, through: through, .repealed, name: name)
        }
    }

    /// "Le chapitre IV, comportant les articles 9 et 10, est abrogé": the division stays in
    /// its place, repealed, and so does every article in it (Justel: "Chapitre 4." and its
    /// articles "(Abrogé)").
    ///
    /// `claimed`: the articles the instruction says the division holds, when it says so;
    /// others held are an error (look 32: « comportant les articles 5 à 7 » repealed a
    /// chapter of arts. 6 and 7 and left art. 5 in force, without a word).
    private mutating func repealDivision(_ path: [(DivisionKind, String)], claimed: [ClaimedArticles]?, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard var structure = structures.last else { return .failure(.notFound("the act has no structure")) }
        var held: [String] = []
        var alreadyRepealed = false
        if let ambiguous = Self.ambiguity(of: path, in: structure.body, on: date) { return .failure(ambiguous) }
        let found = Self.modifyDivision(&structure.body, path: path[...]) { division, _ in
            alreadyRepealed = division.status == .repealed
            division.status = .repealed
            var stack = division.children
            while let element = stack.popLast() {
                switch element {
                case .article(let article): held.append(ArticleNumber.normalized(article.number))
                case .division(let inner): stack.append(contentsOf: inner.children)
                }
            }
        }
        let name = Self.describe(path)
        guard found else { return .failure(.notFound("\(name) does not exist in the act on \(date.iso)")) }
        if alreadyRepealed { return .failure(.notFound("\(name) is already repealed on \(date.iso)")) }
        if let claimed {
            let order = articleOrder()
            let said = Self.articles(claimed, in: order)
            let holds = order.filter { held.contains($0) }
            if said != Set(holds) {
                let listed = order.filter { said.contains($0) } + said.subtracting(order).sorted()
                return .failure(.notFound("the instruction says \(name) holds \(listed.map { "art. \($0)" }.joined(separator: ", ")); on \(date.iso) it holds \(holds.isEmpty ? "no article" : holds.map { "art. \($0)" }.joined(separator: ", ")): the text it amended is not the one given; not applied"))
            }
        }
        for key in articleOrder() where held.contains(key) {
            guard var article = current(key), article.status != .repealed else { continue }
            Self.repealArticle(&article)
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
        }
        commitStructure(structure.body, at: date, by: applied, divisions: [Self.placedCitation(of: path, in: structure.body)])
        return .success(name)
    }

    /// An article or a range of articles a « comportant … » clause names.
    enum ClaimedArticles: Equatable {
        case one(String)
        case range(String, String)
    }

    /// The articles `claimed` names, a range read in `order` (the articles in their order);
    /// a range whose ends do not stand there in that order, its two ends only (so that the
    /// claim and the text disagree, said by the caller).
    static func articles(_ claimed: [ClaimedArticles], in order: [String]) -> Set<String> {
        var said = Set<String>()
        for part in claimed {
            switch part {
            case .one(let key): said.insert(key)
            case .range(let first, let last):
                guard let i = order.firstIndex(of: first), let j = order.firstIndex(of: last), i <= j else { said.formUnion([first, last]); continue }
                said.formUnion(order[i...j])
            }
        }
        return said
    }

    /// The articles a clause « comportant les articles 9 et 10 », « comprenant les articles 5
    /// à 7 », « comportant l'article 6 » among the edit's notes names; `nil` when no such
    /// clause, or one whose numbers do not read.
    static func claimedArticles(_ notes: [String]) -> [ClaimedArticles]? {
        guard let note = notes.first(where: { $0.hasPrefix("comportant") || $0.hasPrefix("comprenant") }) else { return nil }
        let words = note.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let start = words.firstIndex(where: { $0 == "articles" || $0 == "article" || $0 == "l'article" || $0 == "l’article" }) else { return nil }
        var parts: [ClaimedArticles] = []
        var index = start + 1
        while index < words.count {
            let word = words[index]
            if word == "et" { index += 1; continue }
            guard word.first?.isNumber == true else { return nil }
            let key = ArticleNumber.normalized(word)
            if index + 2 < words.count, words[index + 1] == "à", words[index + 2].first?.isNumber == true {
                parts.append(.range(key, ArticleNumber.normalized(words[index + 2])))
                index += 3
            } else {
                parts.append(.one(key))
                index += 1
            }
        }
        return parts.isEmpty ? nil : parts
    }

    /// "Les articles 5 à 9 sont abrogés": every article from the first to the last, in the
    /// order of the act.
    private mutating func repealArticles(from first: String, through last: String, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        let keys: ArraySlice<String>
        switch articleRange(from: first, through: last, at: date) {
        case .success(let range): keys = range
        case .failure(let failure): return .failure(failure)
        }
        for key in keys {
            guard var article = current(key) else { continue }
            if article.status == .repealed { return .failure(.notFound("art. \(key) is already repealed on \(date.iso)")) }
            Self.repealArticle(&article)
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
        }
        return .success("art. \(first) to art. \(last)")
    }

    /// A repealed article keeps its place and number, and no words: Justel prints it
    /// `Art. 5. (Abrogé)`, and its markdown reads back so.
    static func repealArticle(_ article: inout Article) {
        article.status = .repealed
        article.paragraphs = []
    }

    /// The status of the unit at `path` (and of the units of the range up to `through`); a
    /// repealed unit keeps its place and no words (`(...)`).
    static func setStatus(_ article: inout Article, _ path: UnitPath, through: Int?, _ status: UnitStatus, name: String) -> Result<Void, Failure> {
        if !path.points.isEmpty || path.alinea != nil {
            let first = path.points.last ?? path.alinea ?? 0
            for index in first...max(first, through ?? first) {
                var unit = path
                if path.points.isEmpty { unit.alinea = index } else { unit.points[unit.points.count - 1] = index }
                var alreadyRepealed = false
                ArticleUnits.modifyUnit(&article, unit) { content in
                    alreadyRepealed = content.status == .repealed
                    content.status = status
                    if status == .repealed {
                        content.sentences = []
                        content.points = []
                        content.marks = []
                    }
                }
                if alreadyRepealed { return .failure(.notFound("\(name) is already repealed")) }
            }
            return .success(())
        }
        guard let p = path.paragraph else { return .failure(.notFound("\(name) names no unit")) }
        for index in p...max(p, through ?? p) where article.paragraphs.indices.contains(index) {
            if article.paragraphs[index].status == .repealed { return .failure(.notFound("\(name) is already repealed")) }
            article.paragraphs[index].status = status
            if status == .repealed { article.paragraphs[index].alineas = [] }
        }
        return .success(())
    }
}
