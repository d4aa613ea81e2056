import ChronolexModel

/// "In … wordt een artikel 5/1 ingevoegd, luidende: « … »": a new unit, placed by its
/// number (or by the place named before).
enum DutchInsertUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .none = clause.subject, s.takeAny(["wordt", "worden"]) != nil,
              let unit = NewUnitReader.read(&s), s.take("ingevoegd") else { return nil }
        let announced = NewText.takeAnnouncement(&s)
        let position: UnitPosition? = unit.isNumbered ? .byNumber : clause.unitAnchor
        let target = UnitReference(clause.target.steps)
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: target, change: .insertUnits(unit, text, at: position), announced: announced, readAs: unit.expectedText)]
    }
}
