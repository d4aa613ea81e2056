import ChronolexAmendments
import ChronolexModel

/// Applies "les mots « A » sont abrogés", "la phrase « A » est abrogée": the words are
/// taken out and the gap they leave closes.
extension TimelineBuilder {
    mutating func deleteWords(_ words: QuotedWords, every: Bool, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        if edit.target.article != nil {
            return changeWords(words.text, every: every, times: words.times, edit, at: date, applied: applied) { text, spelled, _ in
                Words.delete(Words.occurrences(of: spelled, in: text), in: text)
            }
        }
        guard edit.target.isWholeAct else { return .failure(notAppliedOutsideArticles(edit)) }
        return changeWordsEverywhere(words.text, every: every, times: words.times, at: date, applied: applied) { text, ranges in
            Words.delete(ranges, in: text)
        }
    }
}
