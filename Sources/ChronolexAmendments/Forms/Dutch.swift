import ChronolexModel

/// The Dutch forms whose verb comes before the words ("In artikel 5 worden de woorden
/// « A » vervangen door de woorden « B »", "… wordt het woord « A » telkens vervangen
/// door …", "… worden de woorden « B » ingevoegd tussen de woorden « A » en de woorden
/// « C »", "In … wordt een artikel 5/1 ingevoegd, luidende: « … »"). The forms with the
/// subject first ("Artikel 5 wordt opgeheven", "wordt vervangen als volgt", "wordt
/// aangevuld met een lid, luidende") are read by the French forms of the same operation.
enum DutchVerbFirstForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .none = clause.subject, s.takeAny(["wordt", "worden"]) != nil else { return nil }
        if let words = WordNouns.read(&s) {
            let every = s.take("telkens")
            if s.take("vervangen", "door") {
                guard let new = WordNouns.read(&s) ?? s.takeQuote().map({ ("", $0) }) else {
                    throw InstructionError("the words « \(Scanner.excerpt(words.text)) » are replaced, but by no quoted words", kind: .missingText)
                }
                return [ClauseOutput(target: EditTarget(parts: clause.target, words: words.text, wordsNoun: words.noun),
                                     operation: Operation(.replace, everyOccurrence: every, newWords: new.text))]
            }
            if s.take("opgeheven") || s.take("geschrapt") {
                return [ClauseOutput(target: EditTarget(parts: clause.target, words: words.text, wordsNoun: words.noun),
                                     operation: Operation(.repeal, everyOccurrence: every))]
            }
            if s.take("ingevoegd") {
                var position: Position?
                if s.take("tussen"), let a = WordNouns.read(&s), s.take("en"), let b = WordNouns.read(&s) {
                    position = .between(a.text, b.text)
                } else if s.take("na"), let a = WordNouns.read(&s) {
                    position = .after(a.text)
                } else if s.take("voor"), let a = WordNouns.read(&s) {
                    position = .before(a.text)
                }
                return [ClauseOutput(target: EditTarget(parts: clause.target), operation: Operation(.insert, newWords: words.text, position: position))]
            }
            return nil
        }
        // "In artikel 5 wordt het tweede lid opgeheven", "… wordt het 2° vervangen als volgt".
        let save = s.index
        if !s.isWord("een"), let ref = ReferenceReader.read(&s), !ref.parts.isEmpty {
            let target = EditTarget(parts: ReferenceReader.merge(clause.target, ref.parts), through: ref.through)
            if s.take("opgeheven") { return [ClauseOutput(target: target, operation: Operation(.repeal))] }
            if s.take("vervangen") {
                let announced = NewText.takeAnnouncement(&s)
                let text = try NewText.read(&s, announced: announced, partial: ClauseOutput(target: target, operation: Operation(.replace)))
                return [ClauseOutput(target: target, operation: Operation(.replace, newText: text))]
            }
            return nil
        }
        s.index = save
        // "wordt een artikel 5/1 ingevoegd, luidende: « … »".
        guard let unit = NewUnit.read(&s), s.take("ingevoegd") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let position: Position? = unit.numbered ? .byNumber : clause.anchor
        let text = try NewText.read(&s, announced: announced, partial: ClauseOutput(target: EditTarget(parts: clause.target),
                                                                                      operation: Operation(.insert, newUnit: unit.name, position: position)))
        return [ClauseOutput(target: EditTarget(parts: clause.target),
                             operation: Operation(.insert, newUnit: unit.name, count: unit.count, newText: text, position: position))]
    }
}
