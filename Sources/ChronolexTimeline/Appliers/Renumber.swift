import ChronolexAmendments
import ChronolexModel

/// Applies "l'alinéa 5 devient le § 2, alinéa 1er" (the article is divided into
/// paragraphs at that alinéa), "dont le texte actuel formera le § 1er" (the whole text
/// becomes that paragraph) and "le 3° devient le 4°" (one point renumbered in its place).
/// Other renumberings are said to be not applied yet.
extension TimelineBuilder {
    mutating func renumber(as new: UnitReference, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard let below = edit.target.belowArticle else { return .failure(notAppliedOutsideArticles(edit)) }
        var written: String?
        if case .paragraph(let number)? = new.steps.first { written = number == "1" ? "1er" : number }
        if below.isEmpty {
            guard let written else { return .failure(.unsupported("renumbering an article as '\(new.address ?? "?")' is not applied yet")) }
            return changeArticle(edit, at: date, applied: applied) { article in
                let address = "art. \(ArticleNumber.normalized(article.number))"
                guard !article.hasParagraphs, article.paragraphs.count == 1 else { return .failure(.notFound("\(address) already has paragraphs")) }
                article.paragraphs[0].number = written
                return .success(address)
            }
        }
        return changeUnits(edit, at: date, applied: applied, acrossParagraphs: true) { article, path, name in
            // The units must stand whole in the version (the range's end is not needed here).
            if case .failure(let failure) = Self.wholeUnits(edit, path, in: article, name: name, change: "renumber") {
                return .failure(failure)
            }
            // « le 3° devient le 4° » (look 33: « not applied yet », then « 3° already exists »
            // for the 3° inserted after it): the point keeps its place and its words under the
            // new number, which no other point of its enumeration bears and which keeps the
            // enumeration in order; one point, not a range.
            if !path.points.isEmpty, case .point(let label)? = new.steps.last, edit.target.through == nil {
                var failure: Failure?
                Self.modifySiblings(&article, path) { siblings, index in
                    let old = siblings[index].label
                    var others = siblings
                    others.remove(at: index)
                    if label.kind != old.kind {
                        failure = .unsupported("renumbering \(name) as '\(label)', another kind of point, is not applied yet")
                    } else if others.contains(where: { $0.label == label }) {
                        failure = .notFound("\(name) becomes \(label), but \(label) already exists beside it")
                    } else if Self.insertionIndex(for: label, in: others) != index {
                        failure = .notFound("\(name) becomes \(label), which would stand out of order among its points (\(siblings.map(\.label.description).joined(separator: ", ")))")
                    } else {
                        siblings[index].label = label
                    }
                }
                return failure.map { .failure($0) } ?? .success(())
            }
            guard let written, let p = path.paragraph, let a = path.alinea, path.points.isEmpty else {
                return .failure(.unsupported("renumbering \(name) as '\(new.address ?? "?")' is not applied yet"))
            }
            if a == 0 {
                article.paragraphs[p].number = written
                return .success(())
            }
            let moving = Array(article.paragraphs[p].alineas[a...])
            article.paragraphs[p].alineas.removeSubrange(a...)
            article.paragraphs.insert(Paragraph(number: written, alineas: moving), at: p + 1)
            if article.paragraphs[p].number == nil {
                return .failure(.notFound("\(name) becomes § \(written) but the alinéas before it belong to no §"))
            }
            return .success(())
        }
    }
}
