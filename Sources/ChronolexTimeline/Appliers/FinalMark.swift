import ChronolexAmendments
import ChronolexModel

/// Applies "le point en fin de phrase est remplacé par un point-virgule" and "le point
/// final est supprimé": the mark that ends the unit cited (its last alinéa or point when
/// it holds several).
extension TimelineBuilder {
    mutating func replaceFinalMark(_ mark: QuotedWords, by new: String, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        changeFinalMark(mark, edit, at: date, applied: applied) { Words.replaceFinalMark($0, mark: mark.text, with: new) }
    }

    mutating func deleteFinalMark(_ mark: QuotedWords, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        changeFinalMark(mark, edit, at: date, applied: applied) { Words.replaceFinalMark($0, mark: mark.text, with: "") }
    }

    private mutating func changeFinalMark(_ mark: QuotedWords, _ edit: Edit, at date: LegalDate, applied: AppliedEdit,
                                          _ change: @escaping (String) -> String?) -> Result<String, Failure> {
        guard edit.target.article != nil else { return .failure(notAppliedOutsideArticles(edit)) }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            let units = Self.wordUnits(path, in: article)
            guard let last = units.last else { return .failure(.notFound("\(name) has no words")) }
            let unit = path.sentence != nil || path.isTextUnit ? path : last
            var failure: Failure?
            Self.rewrite(&article, unit) { text in
                guard let changed = change(text) else {
                    failure = Failure(status: .wordsNotFound("\(name) does not end with « \(mark.text) »"))
                    return text
                }
                return changed
            }
            return failure.map { .failure($0) } ?? .success(())
        }
    }
}
