import ChronolexModel

/// "les mots « B » sont insérés entre les mots « A » et les mots « C »", "… sont insérés
/// après les mots « A »" / "avant les mots « A »"; the verb before its subject: "après les
/// mots « A » sont ajoutés les mots « B »" (2023200531), "sont insérés, entre …, les mots".
enum InsertWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        var quotes: [String]
        switch clause.subject {
        case .words(let noun, let subject):
            quotes = subject
            // « après le tableau …, les dispositions suivantes sont insérées : " Dérogations … " »
            // (2023200531, art. 8, 6°, c)): provisions placed among units are new alinéas, as
            // their text is — never words that would lose the place.
            if let anchor = clause.unitAnchor, noun == "dispositions" || noun == "disposition", !subject.isEmpty {
                let start = s.index
                guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else { s.index = start; return nil }
                let unit = NewUnit(.alinea)
                return [ClauseOutput(target: clause.target, change: .insertUnits(unit, Fragment(blocks: NewText.blocks(subject), content: .text), at: anchor),
                                     notes: ["« les dispositions suivantes »: new alinéas, as their text is"], announced: true, readAs: unit.expectedText)]
            }
            if s.isWord("entre"), let missing = verbless(&s, quotes, clause) { return missing }
            guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else { return nil }
        case .none:
            let start = s.index
            guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout"), clause.wordAnchor != nil,
                  let first = WordNouns.read(&s) else { s.index = start; return nil }
            quotes = [first.text]
            while true {
                let save = s.index
                guard s.take("et") || s.take(","), let more = s.takeQuote() else { s.index = save; break }
                quotes.append(more)
            }
        default:
            return nil
        }
        var position: WordPosition?
        if s.take("entre") {
            // "entre « A » et « B »" (2019030053, art. 27): the quotations without their noun.
            guard let first = WordNouns.read(&s)?.text ?? s.takeQuote(), s.take("et"), let second = WordNouns.read(&s)?.text ?? s.takeQuote() else {
                throw InstructionError("\"insérés entre\" must name two quoted words: «\(s.rest())»")
            }
            position = .between(first, second)
        } else if s.take("apres") {
            guard let anchor = WordNouns.read(&s) else { return nil }
            position = .after(anchor.text)
        } else if s.take("avant") {
            guard let anchor = WordNouns.read(&s) else { return nil }
            position = .before(anchor.text)
        } else {
            position = clause.wordAnchor
        }
        return quotes.map { quote in
            ClauseOutput(target: clause.target, change: .insertWords(quote, at: position))
        }
    }

    /// "les mots « B » entre les mots « A » et les mots « C »." with no verb (2021040145,
    /// art. 1: the act left out "sont insérés"): words placed between two others can only be
    /// inserted there; read so, and said.
    private static func verbless(_ s: inout Scanner, _ quotes: [String], _ clause: ClauseInput) -> [ClauseOutput]? {
        let start = s.index
        guard s.take("entre"), let first = WordNouns.read(&s), s.take("et"), let second = WordNouns.read(&s) else { s.index = start; return nil }
        _ = s.take(".")
        guard s.index == s.tokens.count else { s.index = start; return nil }
        return quotes.map { quote in
            var output = ClauseOutput(target: clause.target, change: .insertWords(quote, at: .between(first.text, second.text)))
            output.warnings = ["the instruction has no verb: words placed « entre » two others can only be inserted there; read as « sont insérés »"]
            return output
        }
    }
}
