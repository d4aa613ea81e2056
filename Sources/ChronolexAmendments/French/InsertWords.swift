import ChronolexModel

/// "les mots « B » sont insérés entre les mots « A » et les mots « C »", "… sont insérés
/// après les mots « A »" / "avant les mots « A »".
enum InsertWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .words(_, let quotes) = clause.subject else { return nil }
        guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else { return nil }
        var position: WordPosition?
        if s.take("entre") {
            guard let first = WordNouns.read(&s), s.take("et"), let second = WordNouns.read(&s) else {
                throw InstructionError("\"insérés entre\" must name two quoted words: «\(s.rest())»")
            }
            position = .between(first.text, second.text)
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
}
