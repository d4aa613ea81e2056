import ChronolexModel

/// "la deuxième phrase est complétée par les mots « B »", "le 12° est complété par les
/// mots « B »": words appended at the end of the target (before its final punctuation
/// when they continue it).
enum CompleteWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .unit: break
        case .none where !clause.target.steps.isEmpty && s.take("il"): break // "il est complété par les mots"
        default: return nil
        }
        guard s.takeAuxiliary(), s.takeParticiple("complet"), s.take("par") || s.take("avec"), let words = WordNouns.read(&s) else { return nil }
        return [ClauseOutput(target: clause.target, change: .insertWords(words.text, at: .end))]
    }
}
