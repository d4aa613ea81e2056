import ChronolexModel

/// "Artikel 5 wordt opgeheven", "De artikelen 5 tot 9 worden opgeheven": the unit stays,
/// repealed. "Het koninklijk besluit van … wordt ingetrokken": a withdrawal.
enum DutchRepealUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.takeAny(["wordt", "worden"]) != nil else { return nil }
        if s.take("opgeheven") { return [ClauseOutput(target: clause.target, change: .repeal)] }
        if s.take("ingetrokken") { return [ClauseOutput(target: clause.target, change: .withdraw)] }
        // « Artikel 5, opgeheven bij …, wordt hersteld in de volgende lezing: " … " » (look 19):
        // the Dutch « est rétabli ».
        if s.take("hersteld") {
            let announced = NewText.takeAnnouncement(&s)
            let text = NewText.read(&s, announced: announced)
            return [ClauseOutput(target: clause.target, change: .reestablish(text), announced: announced, readAs: NewText.expected(replacing: clause.target))]
        }
        // « Artikel 6 wordt vernummerd tot artikel 8 », « … hernummerd tot … ».
        if s.take("vernummerd", "tot") || s.take("hernummerd", "tot") || s.take("vernummerd", "als") || s.take("hernummerd", "als") {
            _ = s.takeAny(["het", "de"])
            guard let ref = ReferenceReader.read(&s), !ref.parts.isEmpty else { return nil }
            return [ClauseOutput(target: clause.target, change: .renumber(as: UnitReference(ref.parts)))]
        }
        return nil
    }
}
