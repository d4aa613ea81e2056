import ChronolexAmendments
import ChronolexModel

/// Applies "Après le mot « X », la fin de la première phrase est supprimée": the words
/// after the anchor, to the end of the sentence (or unit) cited, go; its final mark stays.
/// Without an anchor the instruction does not say where the end begins: an error.
extension TimelineBuilder {
    mutating func deleteEnd(after anchor: String?, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard edit.target.article != nil else { return .failure(notAppliedOutsideArticles(edit)) }
        guard let anchor else {
            return .failure(.unsupported("the instruction deletes the end of \(edit.target.address ?? "the unit") but does not say after which words it begins"))
        }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            guard path.isTextUnit || path.sentence != nil else {
                return .failure(.unsupported("the end of \(name), which is not one alinéa, point or sentence, cannot be deleted"))
            }
            switch Self.find(anchor, in: [path], of: article, every: false, scope: name) {
            case .failure(let failure): return .failure(failure)
            case .success: break
            }
            Self.rewrite(&article, path) { text in
                guard let range = Words.occurrences(of: anchor, in: text).first else { return text }
                let tail = text[range.upperBound...]
                let mark = tail.last.map { ".;:".contains($0) ? String($0) : "" } ?? ""
                return String(text[..<range.upperBound]) + mark
            }
            return .success(())
        }
    }
}
