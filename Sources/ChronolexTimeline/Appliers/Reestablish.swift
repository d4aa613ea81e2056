import ChronolexAmendments
import ChronolexModel

/// Applies "L'article 6, abrogé par …, est rétabli dans la rédaction suivante : « … »": a
/// repealed article (or unit) comes back, in its place, with the new text.
extension TimelineBuilder {
    mutating func reestablish(_ fragment: Fragment, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard let below = edit.target.belowArticle else { return .failure(notAppliedOutsideArticles(edit)) }
        if below.isEmpty {
            return changeArticle(edit, at: date, applied: applied, allowRepealed: true) { article in
                // An article in force is not re-established (look 29: its text was replaced
                // without a word; the act that repealed it is then missing from the input).
                guard article.status == .repealed else {
                    return .failure(.notFound("art. \(ArticleNumber.normalized(article.number)) is not repealed on \(date.iso): it cannot be re-established (is the act that repealed it among the inputs?)"))
                }
                return Self.replaceArticle(&article, with: fragment).map { "art. \(ArticleNumber.normalized(article.number))" }
            }
        }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            let repealed: Bool
            if path.points.isEmpty, path.alinea == nil, let p = path.paragraph {
                repealed = article.paragraphs[p].status == .repealed
            } else {
                var status = UnitStatus.inForce
                ArticleUnits.modifyUnit(&article, path) { status = $0.status }
                repealed = status == .repealed
            }
            guard repealed else { return .failure(.notFound("\(name) is not repealed: it cannot be re-established")) }
            return Self.replace(&article, path, through: nil, with: fragment, name: name)
        }
    }
}
