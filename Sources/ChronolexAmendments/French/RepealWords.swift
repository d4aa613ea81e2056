import ChronolexModel

/// "les mots « A » sont abrogés" / "sont supprimés", "la phrase « A » est abrogée": the
/// words or the sentence are deleted from the target.
enum RepealWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .words(let noun, let quotes) = clause.subject else { return nil }
        guard s.takeAuxiliary() else { return nil }
        var every = s.take("chaque", "fois")
        guard s.takeParticiple("abrog") || s.takeParticiple("supprim") else { return nil }
        every = s.take("chaque", "fois") || every
        return quotes.map { quote in
            ClauseOutput(target: clause.target, change: .deleteWords(QuotedWords(quote, noun: noun), every: every))
        }
    }
}
