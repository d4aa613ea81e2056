import ChronolexModel

/// Words replaced, deleted or inserted, the verb before or after them: "In artikel 5
/// worden de woorden « A » vervangen door de woorden « B »", "… wordt het woord « A »
/// telkens vervangen door …", "… wordt het woord « A » door het woord « B » vervangen", "… worden de woorden « B » ingevoegd tussen de woorden « A »
/// en de woorden « C »", "de woorden « A » worden opgeheven".
enum DutchWordsForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let quotes: [String]
        let noun: String
        var target = clause.target
        var anchor = clause.wordAnchor
        switch clause.subject {
        case .words(let n, let q):
            guard s.takeAny(["wordt", "worden"]) != nil else { return nil }
            (noun, quotes) = (n, q)
        case .none:
            let start = s.index
            guard s.takeAny(["wordt", "worden"]) != nil else { return nil }
            // The place or the anchor between the auxiliary and the words, as Dutch orders
            // them (look 19: taken for provisions of the act): « worden in het tweede lid de
            // woorden … vervangen », « wordt in de bepaling onder 2° het woord … », « worden
            // na het woord " A " de woorden " B " ingevoegd », « … tussen het woord " A " en
            // het woord " C " … ».
            var steps = target.steps
            guard DutchPlace.read(&s, into: &steps) else { s.index = start; return nil }
            target = UnitReference(steps)
            if let position = Self.wordPosition(&s) { anchor = position }
            guard let words = WordNouns.read(&s) else { s.index = start; return nil }
            (noun, quotes) = (Tokenizer.fold(words.noun), [words.text])
            // « wordt het woord " dertig " in § 2 vervangen door … »: the place after the words.
            var after = target.steps
            guard DutchPlace.read(&s, into: &after) else { s.index = start; return nil }
            target = UnitReference(after)
        default:
            return nil
        }
        var every = s.take("telkens")
        if s.take("vervangen", "door") {
            guard let new = WordNouns.read(&s)?.text ?? s.takeQuote() else {
                throw InstructionError("the words « \(Scanner.excerpt(quotes[0])) » are replaced, but by no quoted words", kind: .missingText)
            }
            return quotes.map { ClauseOutput(target: target, change: .replaceWords(QuotedWords($0, noun: noun), by: new, every: every)) }
        }
        // « wordt het woord " vier " door het woord " vijf " vervangen » (look 23): the new
        // words between « door » and the participle, which ends the clause.
        if s.isWord("door") {
            let save = s.index
            s.index += 1
            if let new = WordNouns.read(&s)?.text ?? s.takeQuote() {
                every = every || s.take("telkens")
                if s.take("vervangen") {
                    return quotes.map { ClauseOutput(target: target, change: .replaceWords(QuotedWords($0, noun: noun), by: new, every: every)) }
                }
            }
            s.index = save
        }
        if s.take("opgeheven") || s.take("geschrapt") {
            return quotes.map { ClauseOutput(target: target, change: .deleteWords(QuotedWords($0, noun: noun), every: every)) }
        }
        if s.take("ingevoegd") {
            let position = Self.wordPosition(&s) ?? anchor
            return quotes.map { ClauseOutput(target: target, change: .insertWords($0, at: position)) }
        }
        return nil
    }

    /// « tussen het woord " A " en het woord " C " », « na het woord " A " », « voor … »: where
    /// inserted words go, before the words or after the participle; `nil` (the cursor where
    /// it was) for anything else.
    static func wordPosition(_ s: inout Scanner) -> WordPosition? {
        let save = s.index
        if s.take("tussen"), let a = WordNouns.read(&s), s.take("en"), let b = WordNouns.read(&s) { return .between(a.text, b.text) }
        s.index = save
        if s.take("na"), let a = WordNouns.read(&s) { return .after(a.text) }
        s.index = save
        if s.take("voor"), let a = WordNouns.read(&s) { return .before(a.text) }
        s.index = save
        return nil
    }
}

/// « in § 2 », « in het eerste lid », « aan het eerste lid »: a place Dutch writes after
/// « wordt » (or after the words it changes), inside the one the instruction names first
/// (look 19, 20, 23).
enum DutchPlace {
    /// Reads every « in <unit> » (or « aan <unit> ») at the cursor into `steps`; false when
    /// « in » is followed by something that is no unit of this act (the cursor is then where
    /// it was).
    static func read(_ s: inout Scanner, into steps: inout [UnitStep]) -> Bool {
        while s.isWord("in") || s.isWord("aan"), ReferenceReader.isStepStart(s, at: 1) || s.isWord("het", at: 1) || s.isWord("de", at: 1) {
            let save = s.index
            s.index += 1
            guard let ref = ReferenceReader.read(&s), !ref.parts.isEmpty, ref.act == nil, ref.through == nil, ref.others.isEmpty else {
                s.index = save
                return false
            }
            steps = ReferenceReader.merge(steps, ref.parts)
            _ = s.take(",")
        }
        return true
    }
}
