import ChronolexAmendments
import ChronolexModel

/// Applies "les mots « B » sont insérés entre / après / avant les mots « A »" and "… est
/// complété par les mots « B »" (at the end of one alinéa, point or sentence).
extension TimelineBuilder {
    mutating func insertWords(_ new: String, at position: WordPosition?, _ edit: Edit, on date: LegalDate,
                              applied: AppliedEdit) -> Result<String, Failure> {
        guard edit.target.article != nil else { return .failure(notAppliedOutsideArticles(edit)) }
        switch position {
        case nil:
            // « les mots " X " sont insérés », « worden de woorden " X " ingevoegd », and no
            // more (look 19: appended at the end of a point without a word): where is not said.
            return .failure(.unsupported("the instruction inserts « \(new) » without saying where (« après », « avant », « entre » the words of the text, or « complété par » at its end): not applied"))
        case .end?:
            return changeUnits(edit, at: date, applied: applied) { article, path, name in
                var path = path
                // « L'article 6 est complété par les mots … », of an article of one alinéa
                // without points: that alinéa (look 29: refused as « not one alinéa »).
                if path.paragraph == nil, path.alinea == nil, path.points.isEmpty, path.sentence == nil,
                   article.paragraphs.count == 1, article.paragraphs[0].alineas.count == 1, article.paragraphs[0].alineas[0].points.isEmpty {
                    path.paragraph = 0
                    path.alinea = 0
                }
                guard path.isTextUnit || path.sentence != nil else {
                    return .failure(.unsupported("words added at the end of \(name), which is not one alinéa, point or sentence"))
                }
                // A unit that ends with its own points (« on entend par : 1° … ; 4° … »):
                // the words would end its last point or follow the enumeration — which, the
                // instruction does not say (look 31: they went into its opening words).
                let points = ArticleUnits.points(at: path, in: article)
                if path.sentence == nil, !path.introduction, let first = points.first, let last = points.last {
                    return .failure(.unsupported("« \(new) » added at the end of \(name), which ends with its points (\(first.label) to \(last.label)): whether the words end its last point or follow the enumeration is not said; not applied"))
                }
                Self.rewrite(&article, path) { Words.complete($0, with: new) }
                return .success(())
            }
        case .after(let anchor)?:
            return changeWords(anchor, every: false, edit, at: date, applied: applied) { text, spelled, _ in
                Words.occurrences(of: spelled, in: text).reversed().reduce(text) { t, range in Words.insert(new, after: range, in: t) }
            }
        case .before(let anchor)?:
            return changeWords(anchor, every: false, edit, at: date, applied: applied) { text, spelled, _ in
                Words.occurrences(of: spelled, in: text).reversed().reduce(text) { t, range in Words.insert(new, before: range, in: t) }
            }
        case .between(let first, let second)?:
            return changeWords(first, followedBy: second, every: false, edit, at: date, applied: applied) { text, spelled, spelledSecond in
                Words.gaps(between: spelled, and: spelledSecond ?? second, in: text).reversed().reduce(text) { t, gap in Words.insert(new, inGap: gap, in: t) }
            }
        }
    }
}
