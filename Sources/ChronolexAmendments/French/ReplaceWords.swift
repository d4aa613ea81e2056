import ChronolexModel

/// "les mots « A » sont remplacés par les mots « B »" (also `le mot`, `le chiffre`,
/// `la date`, `la référence`, "les phrases « A » sont remplacées par la phrase « B »"),
/// and "… est chaque fois remplacé par …" (every occurrence).
enum ReplaceWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .words(let noun, let quotes) = clause.subject else { return nil }
        var every = false
        if case .replaceWords(_, _, let before)? = clause.previous, s.isWord("par") {
            // "… et le montant de « A » par le montant de « B »": the verb of the clause before.
            every = before
            s.index += 1
        } else {
            guard s.takeAuxiliary() else { return nil }
            every = s.take("chaque", "fois")
            guard s.takeParticiple("remplac") else { return nil }
            every = s.take("chaque", "fois") || every
            guard s.take("par") else { return nil }
        }
        let target = clause.target
        let newWords: String
        if let words = WordNouns.read(&s) {
            newWords = words.text
        } else if let quote = s.takeQuote() {
            newWords = quote
        } else {
            var error = InstructionError("the words « \(Scanner.excerpt(quotes[0])) » are replaced, but by no quoted words", kind: .missingText)
            error.partial = [ClauseOutput(target: target, change: .replaceWords(QuotedWords(quotes[0], noun: noun), by: "", every: every))]
            throw error
        }
        return quotes.map { quote in
            ClauseOutput(target: target, change: .replaceWords(QuotedWords(quote, noun: noun), by: newWords, every: every))
        }
    }
}
