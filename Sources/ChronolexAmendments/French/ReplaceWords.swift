import ChronolexModel

/// "les mots « A » sont remplacés par les mots « B »" (also `le mot`, `le chiffre`,
/// `la date`, `la référence`, "les phrases « A » sont remplacées par la phrase « B »"),
/// "… est chaque fois remplacé par …" (every occurrence), "… est remplacé deux fois
/// par …" (every occurrence, which must be two), and "le montant de « A » est porté à « B »"
/// (the amount replaced).
enum ReplaceWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .words(let noun, let quotes) = clause.subject else { return nil }
        var every = false
        var times: Int? = nil
        if case .replaceWords(_, _, let before)? = clause.previous, s.isWord("par") {
            // "… et le montant de « A » par le montant de « B »": the verb of the clause before.
            every = before
            s.index += 1
        } else if s.isWord("est") || s.isWord("sont"), s.word(1).map({ Scanner.isParticiple($0, "port") }) == true, s.isWord("a", at: 2) || s.isWord("au", at: 2) {
            // « le montant de « cent euros » est porté à « deux cents euros » » (look 23): an
            // amount raised (or lowered) to another, the words replaced — said of an amount only.
            guard amountNouns.contains(noun.lowercased()) else {
                throw InstructionError("« \(noun) « \(Scanner.excerpt(quotes[0])) » … porté à »: words that are no amount said to be « portés à »; not read")
            }
            s.index += 3
        } else {
            // « les mots « A », partout où ils figurent, sont remplacés … » (normalised to
            // « chaque fois » before the verb).
            let start = s.index
            let leading = s.take("chaque", "fois")
            guard s.takeAuxiliary() else { s.index = start; return nil }
            // « sont, à chaque fois, remplacés » (look 29).
            if s.isWord(","), s.isWord("chaque", at: 1), s.isWord("fois", at: 2), s.isWord(",", at: 3) { s.index += 1 }
            every = s.take("chaque", "fois") || leading
            if every, !leading { _ = s.take(",") }
            times = Self.takeTimes(&s)
            guard s.takeParticiple("remplac") else { return nil }
            every = s.take("chaque", "fois") || every
            times = times ?? Self.takeTimes(&s)
            guard s.take("par") else { return nil }
        }
        // "deux fois": every occurrence, and there must be two.
        if times != nil { every = true }
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
        // « … par les mots « B » chaque fois qu'ils apparaissent » (normalised to « chaque
        // fois »), after the new words.
        if s.take("chaque", "fois") { every = true }
        return quotes.map { quote in
            ClauseOutput(target: target, change: .replaceWords(QuotedWords(quote, noun: noun, times: times), by: newWords, every: every))
        }
    }

    /// The nouns of a quoted amount, number or rate: what « est porté à » can say of.
    static let amountNouns: FoldedWords = ["montant", "montants", "chiffre", "chiffres", "nombre", "nombres", "taux", "somme", "sommes", "pourcentage"]

    /// "deux fois", "trois fois": how many times the words stand there (two or more).
    static func takeTimes(_ s: inout Scanner) -> Int? {
        guard let word = s.word(), let number = Lexicon.cardinals[word], number > 1, s.isWord("fois", at: 1) else { return nil }
        s.index += 2
        return number
    }
}
