import ChronolexModel

/// "les articles 13 à 21 rédigés comme suit, sont insérés : « Art. 13. … »", "un article
/// 4/1, rédigé comme suit, est inséré : « … »": the new units named first, then the verb.
/// They go where their numbers place them, inside the target the instruction names
/// ("Dans le chapitre 2, section 2, …").
enum InsertedSubjectForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit(let reference) = clause.subject, let first = reference.parts.last else { return nil }
        let start = s.index
        var notes: [String] = []
        // « La condition de remboursement A- § 05 qui correspond à la prestation précitée est
        // insérée » (2022040037, art. 1, 2°): a relative clause that says what the new entry
        // is for, kept as a note.
        if case .entry = first, s.isWord("qui"), s.isWord("correspond", at: 1) || s.isWord("correspondent", at: 1) {
            var words: [String] = []
            while let token = s.peek(), token.folded != "est", token.folded != "sont" {
                words.append(token.text)
                s.index += 1
            }
            notes.append(words.joined(separator: " "))
        }
        // "rédigés comme suit," / "ainsi rédigés," before the verb.
        if s.takeParticiple("redig") { _ = s.take("comme", "suit") } else if s.take("ainsi") { _ = s.takeParticiple("redig") }
        _ = s.take(",")
        guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else {
            s.index = start
            return nil
        }
        let unit: NewUnit
        switch (first, reference.through) {
        case (.article(let a), .article(let b)?): unit = NewUnit(.article, number: a, through: b)
        case (.article(let a), _): unit = NewUnit(.article, number: a)
        default:
            // "le 3° est inséré", "la section 2 est insérée": a unit named by its own citation.
            guard let named = NewUnit(named: first) else { s.index = start; return nil }
            unit = named
        }
        // "… est insérée, et est rédigée comme suit :" (2022040037).
        let save = s.index
        if !(s.take(",", "et") && s.takeAuxiliary() && s.peek().map({ Scanner.isParticiple($0.folded, "redig") }) == true) { s.index = save }
        let announced = NewText.takeAnnouncement(&s)
        let target = UnitReference(clause.context)
        let text = NewText.read(&s, announced: announced)
        // A new entry's text begins with its code: « F- § 20 » inserted with a text headed
        // « F- § 21 » is the act's slip, which one is meant not Chronolex's to guess (hand
        // check 17: it was inserted as F- § 20 without a word).
        if case .entry(let word, let code) = first, let head = text.blocks.first {
            let key = { (words: String) in words.filter { !$0.isWhitespace } }
            let said = key(code), headed = key(head)
            if !headed.hasPrefix(said) || headed.dropFirst(said.count).first?.isNumber == true {
                throw InstructionError("the instruction inserts the \(word) \(code), but its new text is headed « \(Scanner.excerpt(head)) »")
            }
        }
        return [ClauseOutput(target: target, change: .insertUnits(unit, text, at: .byNumber), notes: notes, announced: announced, readAs: unit.expectedText)]
    }
}
