import ChronolexModel

/// "Artikel 5 wordt aangevuld met een lid, luidende: « … »": a unit appended at the end of
/// the target; "Artikel 6 wordt aangevuld met de woorden « … »": words at its end (look 29:
/// not read), as « est complété par les mots ».
enum DutchCompleteUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.takeAny(["wordt", "worden"]) != nil, s.take("aangevuld", "met") else { return nil }
        if let words = WordNouns.read(&s) { return [ClauseOutput(target: clause.target, change: .insertWords(words.text, at: .end))] }
        guard let unit = NewUnitReader.read(&s) else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let text = NewText.read(&s, announced: announced)
        return [CompleteUnitForm.appended(unit, text, to: clause.target, announced: announced)]
    }
}
