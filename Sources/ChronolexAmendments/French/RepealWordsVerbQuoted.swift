import ChronolexModel

/// « les mots " à l'exception de la Monnaie Royale de Belgique sont abrogés ". »
/// (2020040393, art. 1, 2°): the act closes its quotation after its own verb, and no verb
/// follows. The verb inside is the act's, not words of the text: the words before it are
/// deleted, and the act's slip is said (a warning at the instruction's line).
enum RepealWordsVerbQuotedForm: InstructionForm {
    /// The verbs an instruction can end with, as the quotation's last words.
    static let verbs = ["sont abrogés", "sont abrogées", "est abrogé", "est abrogée",
                        "sont supprimés", "sont supprimées", "est supprimé", "est supprimée"]

    /// The verb of ``verbs`` that ends the quotation's words, if one does.
    static func verb(closing quote: String) -> String? {
        verbs.first { quote.hasSuffix(" " + $0) }
    }

    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .words(let noun, let quotes) = clause.subject, quotes.count == 1, let quote = quotes.first,
              s.tokens[s.index...].allSatisfy({ $0.kind == .punctuation }), let verb = verb(closing: quote) else { return nil }
        let words = String(quote.dropLast(verb.count + 1)).trimmingSpaces
        guard !words.isEmpty else { return nil }
        s.index = s.tokens.count
        let warning = "the act closes its quotation after its own verb (« … \(verb) »), and no verb follows: read as the words « \(words) » repealed"
        return [ClauseOutput(target: clause.target, change: .deleteWords(QuotedWords(words, noun: noun), every: false), warnings: [warning])]
    }
}
