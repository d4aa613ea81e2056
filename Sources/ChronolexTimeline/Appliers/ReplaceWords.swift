import ChronolexAmendments
import ChronolexModel

/// Applies "les mots « A » sont remplacés par les mots « B »": in the unit cited (every
/// alinéa and point under it), or in the whole act ("Dans le même arrêté, …").
extension TimelineBuilder {
    mutating func replaceWords(_ words: QuotedWords, by new: String, every: Bool, _ edit: Edit, at date: LegalDate,
                               applied: AppliedEdit) -> Result<String, Failure> {
        if edit.target.article != nil {
            let result = changeWords(words.text, every: every, times: words.times, edit, at: date, applied: applied) { text, spelled, _ in
                Words.replace(Words.occurrences(of: spelled, in: text), in: text, with: Words.sentenceCase(new, asked: words.text, found: spelled))
            }
            if case .success = result, let number = edit.target.article, let article = current(ArticleNumber.normalized(number)),
               let slip = Words.elisionSlip(replacing: words.text, by: new, in: Self.unitTexts(of: article)) {
                notes.append(slip)
            }
            return result
        }
        guard edit.target.isWholeAct else { return .failure(notAppliedOutsideArticles(edit)) }
        let result = changeWordsEverywhere(words.text, every: every, times: words.times, at: date, applied: applied) { text, ranges in
            Words.replace(ranges, in: text, with: new)
        }
        if case .success = result, Words.elisionCanSlip(replacing: words.text, by: new) {
            for key in articleOrder() {
                guard let article = current(key),
                      let slip = Words.elisionSlip(replacing: words.text, by: new, in: Self.unitTexts(of: article))
                else { continue }
                notes.append(slip + " (art. \(key))")
                break
            }
        }
        return result
    }
}
