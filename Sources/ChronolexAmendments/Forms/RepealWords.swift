import ChronolexModel

/// "les mots « A » sont abrogés" / "sont supprimés", "la phrase « A » est abrogée": the
/// words or the sentence are deleted from the target.
enum RepealWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .words(let noun, let quotes) = clause.subject else { return nil }
        guard s.takeAuxiliary() || s.takeAny(["wordt", "worden"]) != nil else { return nil }
        let every = s.take("chaque", "fois")
        guard s.takeParticiple("abrog") || s.takeParticiple("supprim") || s.take("opgeheven") || s.take("geschrapt") else { return nil }
        return quotes.map { quote in
            ClauseOutput(target: EditTarget(parts: clause.target, words: quote, wordsNoun: noun),
                         operation: Operation(.repeal, everyOccurrence: every || s.take("chaque", "fois")))
        }
    }
}
