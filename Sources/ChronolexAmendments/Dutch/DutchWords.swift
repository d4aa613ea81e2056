import ChronolexModel

/// Words replaced, deleted or inserted, the verb before or after them: "In artikel 5
/// worden de woorden « A » vervangen door de woorden « B »", "… wordt het woord « A »
/// telkens vervangen door …", "… worden de woorden « B » ingevoegd tussen de woorden « A »
/// en de woorden « C »", "de woorden « A » worden opgeheven".
enum DutchWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let quotes: [String]
        let noun: String
        switch clause.subject {
        case .words(let n, let q):
            guard s.takeAny(["wordt", "worden"]) != nil else { return nil }
            (noun, quotes) = (n, q)
        case .none:
            guard s.takeAny(["wordt", "worden"]) != nil, let words = WordNouns.read(&s) else { return nil }
            (noun, quotes) = (Tokenizer.fold(words.noun), [words.text])
        default:
            return nil
        }
        let target = clause.target
        let every = s.take("telkens")
        if s.take("vervangen", "door") {
            guard let new = WordNouns.read(&s)?.text ?? s.takeQuote() else {
                throw InstructionError("the words « \(Scanner.excerpt(quotes[0])) » are replaced, but by no quoted words", kind: .missingText)
            }
            return quotes.map { ClauseOutput(target: target, change: .replaceWords(QuotedWords($0, noun: noun), by: new, every: every)) }
        }
        if s.take("opgeheven") || s.take("geschrapt") {
            return quotes.map { ClauseOutput(target: target, change: .deleteWords(QuotedWords($0, noun: noun), every: every)) }
        }
        if s.take("ingevoegd") {
            var position: WordPosition? = clause.wordAnchor
            if s.take("tussen"), let a = WordNouns.read(&s), s.take("en"), let b = WordNouns.read(&s) {
                position = .between(a.text, b.text)
            } else if s.take("na"), let a = WordNouns.read(&s) {
                position = .after(a.text)
            } else if s.take("voor"), let a = WordNouns.read(&s) {
                position = .before(a.text)
            }
            return quotes.map { ClauseOutput(target: target, change: .insertWords($0, at: position)) }
        }
        return nil
    }
}
