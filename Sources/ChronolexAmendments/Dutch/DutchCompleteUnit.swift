import ChronolexModel

/// "Artikel 5 wordt aangevuld met een lid, luidende: « … »": a unit appended at the end of
/// the target.
enum DutchCompleteUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.takeAny(["wordt", "worden"]) != nil, s.take("aangevuld", "met"),
              let unit = NewUnitReader.read(&s) else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let text = NewText.read(&s, announced: announced)
        return [CompleteUnitForm.appended(unit, text, to: clause.target, announced: announced)]
    }
}
