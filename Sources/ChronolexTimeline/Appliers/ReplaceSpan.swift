import ChronolexAmendments
import ChronolexModel

/// Applies « l'énumération commençant par les mots " A " et se terminant par le mot " B " est
/// remplacée par l'énumération suivante : « … » » (2020040068, art. 1, 2°): the run of
/// sibling units (alinéas of one §, or points of one alinéa or point) whose first begins with
/// the words A and whose last ends with the words B, replaced by the new units.
///
/// The run must be certain: exactly one unit of the place begins with A (a repealed unit is
/// no candidate), and exactly one unit from it onwards, among its siblings, ends with B.
/// Anything else is said, never guessed.
extension TimelineBuilder {
    mutating func replaceSpan(from: String, through: String, by fragment: Fragment, _ edit: Edit, at date: LegalDate,
                              applied: AppliedEdit) -> Result<String, Failure> {
        guard edit.target.belowArticle != nil else {
            return .failure(.unsupported("replacing a run of units from « \(from) » to « \(through) » outside the articles is not applied yet"))
        }
        return changeUnits(edit, at: date, applied: applied) { article, holder, name in
            guard holder.sentence == nil, !holder.introduction else {
                return .failure(.unsupported("a run of units inside \(name)'s words is not a run of units"))
            }
            let run: (list: SiblingUnits, first: Int, last: Int)
            switch Self.run(from: from, through: through, in: article, under: holder, name: name) {
            case .success(let found): run = found
            case .failure(let failure): return .failure(failure)
            }
            // Alinéas replaced by points alone leave an alinéa without words, which reads back
            // otherwise (look 20): the kinds must agree, as for points replaced by alinéas.
            if run.list.areAlineas, let alineas = fragment.units?.alineas,
               alineas.contains(where: { $0.sentences.allSatisfy(\.isEmpty) && !$0.points.isEmpty }) {
                return .failure(.unsupported("the run of \(name) is alinéas, and the new text holds points where they stand: not applied"))
            }
            return Self.replace(&article, run.list.path(run.first), through: run.last, with: fragment, name: name)
        }
    }

    /// The one run of siblings under `holder` from the unit that begins with `from` to the
    /// unit that ends with `through`.
    static func run(from: String, through: String, in article: Article, under holder: UnitPath,
                    name: String) -> Result<(list: SiblingUnits, first: Int, last: Int), Failure> {
        var runs: [(list: SiblingUnits, first: Int, last: Int)] = []
        var starts = 0
        for list in SiblingUnits.lists(in: article, under: holder) {
            for first in list.texts.indices where list.texts[first].map({ Self.begins($0, with: from) }) == true {
                starts += 1
                let ends = list.texts[first...].indices.filter { list.texts[$0].map { Self.ends($0, with: through) } == true }
                guard let last = ends.first else { continue }
                guard ends.count == 1 else {
                    let where_ = ends.map { ArticleUnits.describe(list.path($0), of: article) }.joined(separator: "; ")
                    return .failure(.unsupported("the run beginning with « \(from) » may end at any of \(where_), each ending with « \(through) »: not applied"))
                }
                runs.append((list, first, last))
            }
        }
        guard starts > 0 else { return .failure(.notFound("no unit of \(name) begins with « \(from) »")) }
        guard let run = runs.first else { return .failure(.notFound("no unit of \(name) from the one beginning with « \(from) » ends with « \(through) »")) }
        guard runs.count == 1 else {
            let where_ = runs.map { ArticleUnits.describe($0.list.path($0.first), of: article) }.joined(separator: "; ")
            return .failure(.unsupported("\(runs.count) runs of units of \(name) begin with « \(from) » (\(where_)): which one is meant is not certain; not applied"))
        }
        return .success(run)
    }

    /// True when the unit's words begin with `words` (a run of spaces matching a run).
    static func begins(_ text: String, with words: String) -> Bool {
        let trimmed = text.drop { $0 == " " }
        return Words.occurrences(of: words, in: String(trimmed)).first?.lowerBound == trimmed.startIndex
    }

    /// True when the unit's words end with `words`, its closing mark (« ; », « . », « , »)
    /// and spaces aside.
    static func ends(_ text: String, with words: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == ";" || last == "." || last == "," || last == ":" {
            trimmed = trimmed.dropLast()
        }
        let body = String(trimmed)
        return Words.occurrences(of: words, in: body).last?.upperBound == body.endIndex
    }
}

/// Units that stand side by side in an article: the alinéas of one §, or the points of one
/// alinéa or point; their words (`nil` for a repealed unit, which begins or ends no run).
struct SiblingUnits {
    /// The § (for alinéas) or the alinéa or point (for points) that holds them.
    var parent: UnitPath
    var areAlineas: Bool
    var texts: [String?]

    /// The path of the sibling at `index`.
    func path(_ index: Int) -> UnitPath {
        var path = parent
        if areAlineas { path.alinea = index } else { path.points.append(index) }
        return path
    }

    /// Every list of siblings at or below `holder` (an article, a §, an alinéa or a point).
    static func lists(in article: Article, under holder: UnitPath) -> [SiblingUnits] {
        var lists: [SiblingUnits] = []
        func addPoints(_ parent: UnitPath, _ points: [Point]) {
            guard !points.isEmpty else { return }
            lists.append(SiblingUnits(parent: parent, areAlineas: false, texts: points.map { $0.status == .repealed ? nil : $0.text }))
            for (k, point) in points.enumerated() {
                var child = parent
                child.points.append(k)
                addPoints(child, point.points)
            }
        }
        if holder.alinea != nil {
            addPoints(holder, ArticleUnits.points(at: holder, in: article))
            return lists
        }
        for p in holder.paragraph.map({ [$0] }) ?? Array(article.paragraphs.indices) {
            let alineas = article.paragraphs[p].alineas
            lists.append(SiblingUnits(parent: UnitPath(paragraph: p), areAlineas: true, texts: alineas.map { $0.status == .repealed ? nil : $0.text }))
            for (a, alinea) in alineas.enumerated() { addPoints(UnitPath(paragraph: p, alinea: a), alinea.points) }
        }
        return lists
    }
}
