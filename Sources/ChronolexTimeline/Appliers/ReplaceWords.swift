import ChronolexAmendments
import ChronolexModel

/// Applies "les mots « A » sont remplacés par les mots « B »": in the unit cited (every
/// alinéa and point under it), or in the whole act ("Dans le même arrêté, …").
extension TimelineBuilder {
    mutating func replaceWords(_ words: QuotedWords, by new: String, every: Bool, _ edit: Edit, at date: LegalDate,
                               applied: AppliedEdit) -> Result<String, Failure> {
        if edit.target.article != nil {
            return changeWords(words.text, every: every, times: words.times, edit, at: date, applied: applied) { text, spelled, _ in
                Words.replace(Words.occurrences(of: spelled, in: text), in: text, with: Words.sentenceCase(new, asked: words.text, found: spelled))
            }
        }
        guard edit.target.isWholeAct else { return .failure(notAppliedOutsideArticles(edit)) }
        return changeWordsEverywhere(words.text, every: every, times: words.times, at: date, applied: applied) { text, ranges in
            Words.replace(ranges, in: text, with: new)
        }
    }
}
